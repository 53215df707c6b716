package io.seedancerunner.workflows.quota;

/**
 * Signals that {@link ProviderSlotsWorkflow} sends to the holder workflows. A holder declares a
 * handler with this name, for example
 * {@code @SignalMethod(name = SlotSignals.GRANTED) void slotGranted(String account)}.
 */
public final class SlotSignals {

  /** A slot of the account is the holder's: one String argument, the account name. */
  public static final String GRANTED = "slotGranted";

  private SlotSignals() {}
}
