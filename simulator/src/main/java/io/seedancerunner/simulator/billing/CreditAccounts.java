package io.seedancerunner.simulator.billing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.value.PropertyResolver;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.SimulatorSettings;
import io.seedancerunner.simulator.tasks.SimTask;
import io.seedancerunner.simulator.tasks.TaskListener;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskState;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One credit account per dialect (each dialect has one API key). A submit reserves the task's
 * charge (402 when the balance is short); a task that ends FAILED or CANCELLED gets it back
 * (seed 001: "Failed generations do not consume credits"; refunding a cancelled task is our
 * choice, the careful one). Starting balance: {@code simulator.<dialect>.credits}, else
 * {@code simulator.credits} (default 1000000000); the admin API may set it.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class CreditAccounts implements TaskListener {

  private final Map<Dialect, AtomicLong> balances = new EnumMap<>(Dialect.class);
  private final Map<Dialect, Long> initial = new EnumMap<>(Dialect.class);

  /**
   * @param settings shared settings
   * @param config   the application's properties, for the per-dialect overrides
   */
  public CreditAccounts(SimulatorSettings settings, PropertyResolver config) {
    for (Dialect d : Dialect.values()) {
      long start = config.getProperty("simulator." + d.id() + ".credits", Long.class)
          .orElse(settings.credits());
      initial.put(d, start);
      balances.put(d, new AtomicLong(start));
    }
  }

  /**
   * Takes {@code amount} credits if the balance allows.
   *
   * @param dialect the account
   * @param amount  credits to reserve (&ge; 0)
   * @return true when reserved; false (nothing taken) when the balance is short
   */
  public boolean reserve(Dialect dialect, long amount) {
    AtomicLong balance = balances.get(dialect);
    long now;
    do {
      now = balance.get();
      if (now < amount) {
        return false;
      }
    } while (!balance.compareAndSet(now, now - amount));
    return true;
  }

  /**
   * @param dialect the account
   * @param amount  credits to give back
   */
  public void refund(Dialect dialect, long amount) {
    balances.get(dialect).addAndGet(amount);
  }

  /**
   * @param dialect the account
   * @return its balance, in the dialect's credits
   */
  public long balance(Dialect dialect) {
    return balances.get(dialect).get();
  }

  /**
   * @param dialect the account
   * @param credits the new balance
   */
  public void set(Dialect dialect, long credits) {
    balances.get(dialect).set(credits);
  }

  /** Restores every starting balance. */
  public void reset() {
    initial.forEach((d, v) -> balances.get(d).set(v));
  }

  /** Refunds failed and cancelled tasks. */
  @Override
  public void onTerminal(SimTask task, TaskState state) {
    if (state.phase() == TaskPhase.FAILED || state.phase() == TaskPhase.CANCELLED) {
      refund(task.dialect(), task.charge());
    }
  }
}
