package io.seedancerunner.workflows.quota;

import java.util.List;

/**
 * The slots of one provider account: the argument of {@link ProviderSlotsWorkflow#run} (carried
 * across continue-as-new) and the answer of its {@code state} query.
 *
 * @param account  provider account name
 * @param capacity most holders at once (the account's {@code max-queued-tasks}, from the latest
 *                 {@code acquire}); 0 before the first
 * @param holders  workflow ids holding a slot, in grant order
 * @param waiting  workflow ids waiting for a slot, in arrival order
 */
public record SlotsState(String account, int capacity, List<String> holders, List<String> waiting) {

  /** Copies the lists; {@code null} lists are empty. */
  public SlotsState {
    holders = holders == null ? List.of() : List.copyOf(holders);
    waiting = waiting == null ? List.of() : List.copyOf(waiting);
  }

  /**
   * @param account provider account name
   * @return the state of a fresh start: no capacity yet, nobody holding or waiting
   */
  public static SlotsState empty(String account) {
    return new SlotsState(account, 0, List.of(), List.of());
  }
}
