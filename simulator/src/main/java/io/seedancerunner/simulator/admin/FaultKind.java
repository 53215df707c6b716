package io.seedancerunner.simulator.admin;

/**
 * The counted faults of {@code POST /sim/admin/faults}: each applies to the next N matching
 * events (across dialects unless the request names a {@code dialect}).
 */
public enum FaultKind {
  /** Next N created tasks end FAILED (open-api {@code generation_failed}). */
  FAIL_TASKS("failTasks"),
  /** Next N submits answer 500 internal error and create no task. */
  SUBMIT_ERRORS("submitErrors"),
  /** Next N dialect API requests (submit, status, cancel) answer 429 with {@code Retry-After}. */
  RATE_LIMITED("rateLimited"),
  /** Next N file GETs announce the full length but close after about half the bytes. */
  TRUNCATE_DOWNLOADS("truncateDownloads"),
  /** Next N tasks send a forged success webhook while still processing. */
  EARLY_WEBHOOKS("earlyWebhooks"),
  /**
   * Next N submits create their task but answer only after {@code slowSubmitSeconds}, later than
   * a client's submit timeout: the ambiguous submit (docs/decisions.md).
   */
  SLOW_SUBMITS("slowSubmits");

  private final String field;

  FaultKind(String field) {
    this.field = field;
  }

  /** @return the JSON field name in the admin API, for example {@code failTasks} */
  public String field() {
    return field;
  }
}
