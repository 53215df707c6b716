package io.seedancerunner.workflows.generation;

/** Task queue names, shared by the worker (which polls them) and the api (which starts workflows). */
public final class TaskQueues {
  /** Where {@code GenerationWorkflow} tasks run. */
  public static final String WORKFLOWS = "seedance-workflows";
  /** Where download activities run; downloads hit CDNs, not the provider's rate-limited API. */
  public static final String DOWNLOADS = "seedance-downloads";
  /** Where the quota activities run (provider slots: {@code io.seedancerunner.workflows.quota}). */
  public static final String QUOTA = "seedance-quota";

  private TaskQueues() {}

  /**
   * One task queue per provider account, so that its server-side rate limit is the account's.
   *
   * @param provider provider account name
   * @return {@code seedance-provider-<provider>}
   */
  public static String provider(String provider) {
    return "seedance-provider-" + provider;
  }
}
