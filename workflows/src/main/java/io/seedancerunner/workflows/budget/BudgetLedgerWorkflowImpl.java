package io.seedancerunner.workflows.budget;

import io.seedancerunner.workflows.generation.Timers;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link BudgetLedgerWorkflow}. Workflow code: deterministic, no I/O, no clocks but workflow time.
 *
 * <p>Handlers change the state synchronously and never wait, so every handler has finished
 * whenever the main loop runs. The loop releases held reservations whose time has passed and
 * continues as new after {@link #UPDATES_BEFORE_CONTINUE_AS_NEW} changes or when Temporal suggests
 * it, after {@link Workflow#isEveryHandlerFinished()} (docs.temporal.io/develop/java/
 * continue-as-new, "Considerations for Workflows with Message Handlers").
 */
public class BudgetLedgerWorkflowImpl implements BudgetLedgerWorkflow {

  /** Changes after which a run continues as new (our choice: about 2,000 history events). */
  static final int UPDATES_BEFORE_CONTINUE_AS_NEW = 500;
  /** Settled keys remembered for idempotency; retries of an Update come within minutes. */
  static final int SETTLED_KEPT = 5000;
  /** Ledger entries kept for the API's pages. */
  static final int ENTRIES_KEPT = 500;

  private final int updatesBeforeContinueAsNew;
  private final int updatesPerRun;
  private final Map<String, Reservation> open = new LinkedHashMap<>();
  private final LinkedHashSet<String> settled = new LinkedHashSet<>();
  private final Deque<LedgerEntry> entries = new ArrayDeque<>();
  private final Map<String, Double> capturedByProvider = new TreeMap<>();
  private final Map<String, String> unitByProvider = new TreeMap<>();
  private String tenant;
  private BigInteger depositedMicros;
  private BigInteger capturedMicros;
  private long nextSeq;
  private int changes;

  /**
   * Loads the state before any Update handler runs ({@code @WorkflowInit}: Temporal runs this
   * constructor with the workflow's input before handlers, docs.temporal.io/develop/java/
   * message-passing, "Workflow initializer").
   *
   * @param state the ledger to continue
   */
  @WorkflowInit
  public BudgetLedgerWorkflowImpl(LedgerState state) {
    updatesPerRun = state.updatesPerRun();
    updatesBeforeContinueAsNew = updatesPerRun > 0 ? updatesPerRun : UPDATES_BEFORE_CONTINUE_AS_NEW;
    tenant = state.tenant();
    depositedMicros = state.depositedMicros();
    capturedMicros = state.capturedMicros();
    state.open().forEach(r -> open.put(r.key(), r));
    settled.addAll(state.settled());
    entries.addAll(state.entries());
    nextSeq = state.nextSeq();
    capturedByProvider.putAll(state.capturedByProvider());
    unitByProvider.putAll(state.unitByProvider());
  }

  @Override
  public void run(LedgerState state) {
    while (true) {
      int seen = changes;
      long nextExpiry = open.values().stream().mapToLong(Reservation::heldUntilMillis)
          .filter(t -> t > 0).min().orElse(Long.MAX_VALUE);
      long now = Workflow.currentTimeMillis();
      if (nextExpiry <= now) {
        expireHolds(now);
        continue;
      }
      if (changes >= updatesBeforeContinueAsNew || Workflow.getInfo().isContinueAsNewSuggested()) {
        Workflow.await(Workflow::isEveryHandlerFinished);
        Workflow.continueAsNew(snapshot());
      }
      if (nextExpiry == Long.MAX_VALUE) {
        Workflow.await(() -> changes != seen);
      } else {
        Timers.await(Duration.ofMillis(nextExpiry - now), "release held reservations at their expiry",
            () -> changes != seen);
      }
    }
  }

  private LedgerState snapshot() {
    return new LedgerState(tenant, depositedMicros, capturedMicros, List.copyOf(open.values()),
        List.copyOf(settled), List.copyOf(entries), nextSeq, Map.copyOf(capturedByProvider),
        Map.copyOf(unitByProvider), updatesPerRun);
  }

  private void expireHolds(long now) {
    for (Reservation r : List.copyOf(open.values())) {
      if (r.heldUntilMillis() > 0 && r.heldUntilMillis() <= now) {
        settle(r, "EXPIRE", null, BigInteger.ZERO, "hold expired (" + r.holdReason() + "); released");
      }
    }
  }

  @Override
  public void validateReserve(ReserveRequest request) {
    if (request == null || request.jobId() == null || request.jobId().isBlank() || request.attempt() < 1) {
      throw new IllegalArgumentException("reserve needs a jobId and an attempt >= 1");
    }
    if (!Double.isFinite(request.amount()) || request.amount() < 0
        || !Double.isFinite(request.usdPerUnit()) || request.usdPerUnit() < 0) {
      throw new IllegalArgumentException("reserve amount and usdPerUnit must be finite and >= 0");
    }
    String key = Reservation.key(request.jobId(), request.attempt());
    if (open.containsKey(key) || settled.contains(key)) {
      return;
    }
    BigInteger balance = balanceMicros();
    if (BigInteger.valueOf(request.usdMicros()).compareTo(balance) > 0) {
      throw new IllegalStateException("tenant " + tenant + ": the estimate "
          + Usd.format(BigInteger.valueOf(request.usdMicros()))
          + " (" + describe(request.amount(), request.unit()) + " on " + request.provider() + ", "
          + request.basis() + ") exceeds the balance " + Usd.format(balance)
          + "; top up with POST /v1/tenants/" + tenant + "/budget/top-up");
    }
  }

  @Override
  public Reservation reserve(ReserveRequest request) {
    String key = Reservation.key(request.jobId(), request.attempt());
    if (open.containsKey(key) || settled.contains(key)) {
      return open.get(key);
    }
    Reservation r = new Reservation(key, request.jobId(), request.attempt(), request.provider(), request.model(),
        request.amount(), request.unit(), request.usdPerUnit(), request.usdMicros(), 0, null,
        Workflow.currentTimeMillis());
    open.put(key, r);
    write("RESERVE", key, r.provider(), r.amount(), r.unit(), BigInteger.valueOf(r.usdMicros()), request.basis());
    return r;
  }

  @Override
  public LedgerEntry capture(SettleRequest request) {
    Reservation r = open.get(request.key());
    if (r == null) {
      return null;
    }
    double amount = request.amount() != null ? request.amount() : r.amount();
    BigInteger usd = Usd.exactMicros(amount, r.usdPerUnit());
    String note = request.amount() != null ? request.reason()
        : request.reason() + " (the provider reports no cost: the estimate is captured)";
    return settle(r, "CAPTURE", amount, usd, note);
  }

  @Override
  public LedgerEntry release(SettleRequest request) {
    Reservation r = open.get(request.key());
    return r == null ? null : settle(r, "RELEASE", null, BigInteger.ZERO, request.reason());
  }

  @Override
  public LedgerEntry hold(SettleRequest request) {
    Reservation r = open.get(request.key());
    if (r == null) {
      return null;
    }
    open.put(r.key(), r.held(request.untilMillis(), request.reason()));
    return write("HOLD", r.key(), r.provider(), r.amount(), r.unit(), BigInteger.valueOf(r.usdMicros()),
        request.reason());
  }

  /** Captures {@code capturedUsd} of {@code r} (0 for a release) and frees the reservation. */
  private LedgerEntry settle(Reservation r, String kind, Double amount, BigInteger capturedUsd, String note) {
    open.remove(r.key());
    settled.add(r.key());
    while (settled.size() > SETTLED_KEPT) {
      settled.remove(settled.iterator().next());
    }
    if ("CAPTURE".equals(kind)) {
      capturedMicros = capturedMicros.add(capturedUsd);
      capturedByProvider.merge(r.provider(), amount, Double::sum);
      unitByProvider.put(r.provider(), r.unit());
      return write(kind, r.key(), r.provider(), amount, r.unit(), capturedUsd,
          note + "; released " + Usd.format(BigInteger.valueOf(r.usdMicros()).subtract(capturedUsd))
              + " of the estimate");
    }
    return write(kind, r.key(), r.provider(), r.amount(), r.unit(), BigInteger.valueOf(r.usdMicros()), note);
  }

  @Override
  public void validateSetBudget(double usd) {
    if (!Double.isFinite(usd) || usd < 0) {
      throw new IllegalArgumentException("budget usd must be a finite number >= 0, got " + usd);
    }
  }

  @Override
  public BudgetView setBudget(double usd) {
    depositedMicros = Usd.exactMicros(usd);
    write("SET", null, null, null, null, depositedMicros, "budget set to " + Usd.format(depositedMicros));
    return view(0, 20);
  }

  @Override
  public void validateTopUp(double usd) {
    if (!Double.isFinite(usd) || usd <= 0) {
      throw new IllegalArgumentException("top-up usd must be a finite number > 0, got " + usd);
    }
  }

  @Override
  public BudgetView topUp(double usd) {
    BigInteger micros = Usd.exactMicros(usd);
    depositedMicros = depositedMicros.add(micros);
    write("TOP_UP", null, null, null, null, micros, "topped up by " + Usd.format(micros));
    return view(0, 20);
  }

  @Override
  public BudgetView view(int offset, int limit) {
    List<LedgerEntry> newestFirst = new ArrayList<>(entries);
    java.util.Collections.reverse(newestFirst);
    int from = Math.min(Math.max(0, offset), newestFirst.size());
    int to = Math.min(newestFirst.size(), from + Math.max(1, Math.min(ENTRIES_KEPT, limit)));
    BigInteger held = BigInteger.valueOf(open.values().stream().filter(r -> r.heldUntilMillis() > 0)
        .mapToLong(Reservation::usdMicros).sum());
    return new BudgetView(tenant, Usd.dollars(depositedMicros), Usd.dollars(balanceMicros()),
        Usd.dollars(reservedMicros()), Usd.dollars(held), Usd.dollars(capturedMicros),
        Map.copyOf(capturedByProvider), Map.copyOf(unitByProvider), List.copyOf(open.values()),
        List.copyOf(newestFirst.subList(from, to)), nextSeq - 1);
  }

  private BigInteger reservedMicros() {
    return open.values().stream().map(r -> BigInteger.valueOf(r.usdMicros())).reduce(BigInteger.ZERO, BigInteger::add);
  }

  private BigInteger balanceMicros() {
    return depositedMicros.subtract(reservedMicros()).subtract(capturedMicros);
  }

  private LedgerEntry write(String kind, String key, String provider, Double amount, String unit, BigInteger usdMicros,
      String note) {
    LedgerEntry entry = new LedgerEntry(nextSeq++, Workflow.currentTimeMillis(), kind, key, provider, amount, unit,
        Usd.dollars(usdMicros), note);
    entries.addLast(entry);
    while (entries.size() > ENTRIES_KEPT) {
      entries.removeFirst();
    }
    changes++;
    return entry;
  }

  private static String describe(double amount, String unit) {
    return (amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount)) + " " + unit;
  }
}
