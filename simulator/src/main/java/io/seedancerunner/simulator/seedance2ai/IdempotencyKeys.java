package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.admin.AdminExtension;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * seedance2ai's {@code Idempotency-Key} (seed 003: "Same Idempotency-Key reused with a different
 * body, or still running" is 409 {@code idempotency_conflict}). Keys are scoped per API key (per
 * account). Our choices where the seed is silent:
 * <ul>
 *   <li>a key is bound only by a request that created a task; a request refused before that (400,
 *       402, 429, 500, 503) leaves the key free, so the client may repeat it with the same key;</li>
 *   <li>the same key with the same body (compared as JSON, field order ignored) after the first
 *       answer went out: the original receipt again, 202, no new task;</li>
 *   <li>the same key with another body: 409, whatever the state;</li>
 *   <li>the same key while the first request with it is being answered (held back by the
 *       {@code slowSubmits} fault, or still validating): 409 "still running";</li>
 *   <li>keys live until {@code POST /sim/admin/reset}, like the tasks.</li>
 * </ul>
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class IdempotencyKeys implements AdminExtension {

  /** What a request with a key may do. */
  enum Verdict {
    /** The key is new: the request goes ahead, and must end with {@link #release} or {@link #created}. */
    PROCEED,
    /** Same key, same body, answered: the original receipt is answered again. */
    REPLAY,
    /** Same key, another body. */
    DIFFERENT_BODY,
    /** Same key while the first request with it is still running. */
    STILL_RUNNING
  }

  /**
   * The outcome of {@link #claim}.
   *
   * @param verdict what to do
   * @param receipt the original receipt when {@link Verdict#REPLAY}, else null
   */
  record Claim(Verdict verdict, ObjectNode receipt) {}

  private record Scope(String apiKey, String key) {}

  private static final class Entry {
    private final ObjectNode body;
    private ObjectNode receipt;
    private boolean answered;

    private Entry(ObjectNode body) {
      this.body = body;
    }
  }

  private final Map<Scope, Entry> entries = new HashMap<>();

  /**
   * @param apiKey the account's API key
   * @param key    the {@code Idempotency-Key}
   * @param body   the parsed request body
   * @return what the request may do; {@link Verdict#PROCEED} binds the key as running
   */
  synchronized Claim claim(String apiKey, String key, ObjectNode body) {
    Scope scope = new Scope(apiKey, key);
    Entry e = entries.get(scope);
    if (e == null) {
      entries.put(scope, new Entry(body.deepCopy()));
      return new Claim(Verdict.PROCEED, null);
    }
    if (!e.body.equals(body)) {
      return new Claim(Verdict.DIFFERENT_BODY, null);
    }
    if (!e.answered) {
      return new Claim(Verdict.STILL_RUNNING, null);
    }
    return new Claim(Verdict.REPLAY, e.receipt.deepCopy());
  }

  /** Frees a key whose request created no task. */
  synchronized void release(String apiKey, String key) {
    entries.remove(new Scope(apiKey, key));
  }

  /**
   * Binds a key to the receipt of the task its request created; the key stays "running" until
   * {@link #answered}.
   */
  synchronized void created(String apiKey, String key, ObjectNode receipt) {
    Entry e = entries.get(new Scope(apiKey, key));
    if (e != null) {
      e.receipt = receipt.deepCopy();
    }
  }

  /** Marks the first answer of a key as sent: later requests with it replay the receipt. */
  synchronized void answered(String apiKey, String key) {
    Entry e = entries.get(new Scope(apiKey, key));
    if (e != null && e.receipt != null) {
      e.answered = true;
    }
  }

  /** Forgets every key (admin reset forgets the tasks too). */
  @Override
  public synchronized void reset() {
    entries.clear();
  }
}
