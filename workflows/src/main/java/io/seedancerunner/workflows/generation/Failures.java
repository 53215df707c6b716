package io.seedancerunner.workflows.generation;

/**
 * {@code ApplicationFailure} types shared by activities and workflows. The classification of
 * provider errors follows DESIGN.md ("Decisions already taken").
 */
public final class Failures {
  /** Retryable: connection refused, 429 (with Retry-After as next retry delay), 5xx, busy. */
  public static final String PROVIDER_TRANSIENT = "ProviderTransient";
  /** Not retryable: the provider refused the request (400, 401, 402, 404). Details: code, HTTP status. */
  public static final String PROVIDER_REJECTED = "ProviderRejected";
  /** Not retryable: a submit left and no answer came; the task may exist and bill. */
  public static final String AMBIGUOUS_SUBMIT = "AmbiguousSubmit";
  /** Not retryable: the provider reports the task failed. Details: code, message. */
  public static final String PROVIDER_TASK_FAILED = "ProviderTaskFailed";
  /** Not retryable: the provider reports the task cancelled or expired. */
  public static final String PROVIDER_TASK_ENDED = "ProviderTaskEnded";
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
   * First detail (the code) of a {@link #PROVIDER_TRANSIENT} failure whose request was never sent:
   * the account's request gate in the worker held it back (window full, or a 429's Retry-After
   * still running). Its next retry delay is the wait; it says nothing about the provider's health.
   */
  public static final String RATE_LIMITED_LOCALLY = "rate_limited_locally";

  private Failures() {}
}
