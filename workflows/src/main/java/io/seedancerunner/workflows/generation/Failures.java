package io.seedancerunner.workflows.generation;

/**
 * {@code ApplicationFailure} types shared by activities and workflows. The classification of
 * provider errors follows docs/decisions.md ("Decisions already taken").
 */
public final class Failures {
  /** Retryable: connection refused, 408, 425, 5xx, busy ({@link ProviderOutcome#TRANSIENT}). */
  public static final String PROVIDER_TRANSIENT = "ProviderTransient";
  /** Not retryable: the provider refused the request's input (400, 401, 404, other 4xx). Details: code, HTTP status. */
  public static final String PROVIDER_REJECTED = "ProviderRejected";
  /** Not retryable: a submit left and no answer came; the task may exist and bill. */
  public static final String AMBIGUOUS_SUBMIT = "AmbiguousSubmit";
  /**
   * The provider failed the task for its own reasons; a new task may succeed
   * ({@link ProviderOutcome#TASK_FAILED_RETRYABLE}). Details: code, message.
   */
  public static final String PROVIDER_TASK_FAILED = "ProviderTaskFailed";
  /** Not retryable here: the provider's final record says the task failed for good (or was cancelled). */
  public static final String PROVIDER_TASK_FAILED_FINAL = "ProviderTaskFailedFinal";
  /** Retryable after the wait in its next retry delay: the provider answered 429 (or the account gate held the call). */
  public static final String PROVIDER_RATE_LIMITED = "ProviderRateLimited";
  /** Not retryable: the provider's content moderation refused the request or the task. */
  public static final String PROVIDER_MODERATED = "ProviderModerated";
  /** Not retryable: the provider account lacks the credits for the task (402, {@code insufficient_credits}). */
  public static final String INSUFFICIENT_CREDITS = "ProviderInsufficientCredits";
  /** Not retryable as such: the provider refused the result link (401, 403, 404, 410); ask for a fresh link. */
  public static final String LINK_REFUSED = "ProviderLinkRefused";
  /** Not retryable: the job ended without its video although the provider task succeeded (and was paid). */
  public static final String UNDELIVERED = "Undelivered";
  /** Not retryable: the overall deadline of the wait passed. */
  public static final String DEADLINE_EXCEEDED = "DeadlineExceeded";
  /** Retryable: the download ended before Content-Length bytes; the retry resumes. */
  public static final String DOWNLOAD_INCOMPLETE = "DownloadIncomplete";
  /** Not retryable: the file is not an MP4 with a video track. */
  public static final String NOT_MP4 = "NotMp4";
  /** Not retryable: the request names a provider account the worker does not know. */
  public static final String UNKNOWN_PROVIDER = "UnknownProvider";

  /** Not retryable: the tenant's budget cannot cover the attempt's estimate; nothing was submitted. */
  public static final String BUDGET_EXCEEDED = "BudgetExceeded";

  /**
   * First detail (the code) of a {@link #PROVIDER_RATE_LIMITED} failure whose request was never sent:
   * the account's request gate in the worker held it back (window full, or a 429's Retry-After
   * still running). Its next retry delay is the wait; it says nothing about the provider's health.
   */
  public static final String RATE_LIMITED_LOCALLY = "rate_limited_locally";

  private Failures() {}
}
