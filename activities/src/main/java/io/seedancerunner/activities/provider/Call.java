package io.seedancerunner.activities.provider;

/**
 * What kind of provider call failed, which decides how a lost answer is classified
 * (docs/decisions.md, "Decisions already taken").
 */
public enum Call {
  /** Creates a task and may bill: a lost answer is ambiguous and never blindly repeated. */
  SUBMIT,
  /** Reads or cancels: safe to repeat, so a lost answer is transient. */
  READ
}
