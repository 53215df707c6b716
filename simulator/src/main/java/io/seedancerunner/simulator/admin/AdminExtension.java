package io.seedancerunner.simulator.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dialect's own part of the admin API, for state the shared {@link Faults} does not know (for
 * example seedance2ai's request quota). Every bean of this type takes part in
 * {@code POST /sim/admin/faults} (its own fields of the body, checked before anything is applied),
 * {@code GET /sim/admin/faults} (its own fields of the answer) and {@code POST /sim/admin/reset}.
 * Field names start with the dialect's id, so extensions never clash with each other or with
 * {@link FaultKind}.
 */
public interface AdminExtension {

  /**
   * Checks this extension's fields of a faults body; changes nothing.
   *
   * @param body the whole faults body
   * @throws IllegalArgumentException naming the bad field; the admin API answers 400 with its message
   */
  default void check(ObjectNode body) {}

  /**
   * Applies this extension's fields of a faults body that every extension has checked.
   *
   * @param body the whole faults body
   */
  default void apply(ObjectNode body) {}

  /**
   * Adds this extension's settings to the faults state answered by the admin API.
   *
   * @param state the state object, already holding the shared faults
   */
  default void describe(ObjectNode state) {}

  /** Forgets everything this extension keeps and restores its configured settings. */
  void reset();
}
