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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One credit account per dialect (each dialect has one API key), in the dialect's unit: credits,
 * or tokens on {@code ark} ({@link #unit(Dialect)}). A submit reserves the task's charge (402 when
 * the balance is short); a task that ends FAILED or CANCELLED gets it back (seed 001: "Failed
 * generations do not consume credits"; refunding a cancelled task is our choice, the careful one).
 * Starting balance: {@code simulator.<dialect>.credits}, else {@code simulator.credits} (default
 * 1000000000); the admin API may set it.
 *
 * <p>Besides the balance, each account keeps what it has charged net of refunds, so that
 * {@code initial = balance + charged} always holds: setting the balance through the admin API moves
 * {@code initial} by the same amount. That is what {@code GET /sim/admin/charges} answers, for
 * tests that compare the runner's books with the provider's.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class CreditAccounts implements TaskListener {

  /**
   * One account's books, in its unit.
   *
   * @param initial the starting balance, moved by every admin change of the balance
   * @param balance what is left
   * @param charged what submits took, net of refunds: {@code initial − balance}
   */
  public record Books(long initial, long balance, long charged) {}

  private final Map<Dialect, Long> configured = new EnumMap<>(Dialect.class);
  private final Map<Dialect, Long> initial = new EnumMap<>(Dialect.class);
  private final Map<Dialect, Long> balances = new EnumMap<>(Dialect.class);
  private final Map<Dialect, Long> charged = new EnumMap<>(Dialect.class);
  private final Set<String> refunded = new HashSet<>();

  /**
   * @param settings shared settings
   * @param config   the application's properties, for the per-dialect overrides
   */
  public CreditAccounts(SimulatorSettings settings, PropertyResolver config) {
    for (Dialect d : Dialect.values()) {
      configured.put(d, config.getProperty("simulator." + d.id() + ".credits", Long.class).orElse(settings.credits()));
    }
    reset();
  }

  /**
   * @param dialect an account
   * @return its unit: {@code tokens} on ark, else {@code credits}
   */
  public static String unit(Dialect dialect) {
    return dialect == Dialect.ARK ? "tokens" : "credits";
  }

  /**
   * Takes {@code amount} credits if the balance allows.
   *
   * @param dialect the account
   * @param amount  credits to reserve (&ge; 0)
   * @return true when reserved; false (nothing taken) when the balance is short
   */
  public synchronized boolean reserve(Dialect dialect, long amount) {
    long now = balances.get(dialect);
    if (now < amount) {
      return false;
    }
    balances.put(dialect, now - amount);
    charged.merge(dialect, amount, Long::sum);
    return true;
  }

  /**
   * @param dialect the account
   * @param amount  credits to give back
   */
  public synchronized void refund(Dialect dialect, long amount) {
    balances.merge(dialect, amount, Long::sum);
    charged.merge(dialect, -amount, Long::sum);
  }

  /**
   * @param dialect the account
   * @return its balance, in the dialect's credits
   */
  public synchronized long balance(Dialect dialect) {
    return balances.get(dialect);
  }

  /**
   * @param dialect the account
   * @return its books: initial, balance, charged net of refunds
   */
  public synchronized Books books(Dialect dialect) {
    return new Books(initial.get(dialect), balances.get(dialect), charged.get(dialect));
  }

  /**
   * @param task a task of any dialect
   * @return what the task costs its account now: its charge, or 0 once refunded
   */
  public synchronized long netCharge(SimTask task) {
    return refunded.contains(task.id()) ? 0 : task.charge();
  }

  /**
   * Sets the balance; {@code initial} moves by the same amount, so that what was charged stays.
   *
   * @param dialect the account
   * @param credits the new balance
   */
  public synchronized void set(Dialect dialect, long credits) {
    initial.merge(dialect, credits - balances.get(dialect), Long::sum);
    balances.put(dialect, credits);
  }

  /** Restores every starting balance and forgets what was charged. */
  public synchronized void reset() {
    configured.forEach((d, v) -> {
      initial.put(d, v);
      balances.put(d, v);
      charged.put(d, 0L);
    });
    refunded.clear();
  }

  /** Refunds failed and cancelled tasks, once each. */
  @Override
  public void onTerminal(SimTask task, TaskState state) {
    if (state.phase() == TaskPhase.FAILED || state.phase() == TaskPhase.CANCELLED) {
      synchronized (this) {
        if (refunded.add(task.id())) {
          refund(task.dialect(), task.charge());
        }
      }
    }
  }
}
