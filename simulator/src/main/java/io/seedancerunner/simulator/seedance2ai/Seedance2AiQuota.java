package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.admin.AdminExtension;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * seedance2ai's request quota (seed 003: "limit is 30 requests per 60 seconds per account. Retry
 * after the Retry-After response header (in seconds)"), a sliding window per account over every
 * endpoint of the dialect. Our choices where the seed is silent:
 * <ul>
 *   <li>a request answered 429 takes no slot; every other authenticated request takes one,
 *       whatever its answer;</li>
 *   <li>{@code Retry-After} = whole seconds until the oldest slot in the window frees, rounded up,
 *       at least 1;</li>
 *   <li>the account is remembered as told to wait until then ({@link #gave}), so a request that
 *       arrives earlier is a Retry-After violation (the {@code retryAfterViolations} counter).</li>
 * </ul>
 * Limits come from {@link Seedance2AiSettings}; the admin body
 * {@code {"seedance2aiQuota":{"requests":30,"windowSeconds":60}}} replaces them until the next reset
 * ({@code requests} 0 = no quota).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiQuota implements AdminExtension {

  /** The admin body field. */
  public static final String FIELD = "seedance2aiQuota";

  private final Seedance2AiSettings settings;
  private final Map<String, Deque<Instant>> windows = new HashMap<>();
  private final Map<String, Instant> waitUntil = new HashMap<>();
  private int requests;
  private Duration window;

  /** @param settings the configured limits */
  public Seedance2AiQuota(Seedance2AiSettings settings) {
    this.settings = settings;
    reset();
  }

  /**
   * Takes a slot for a request, if the window has one.
   *
   * @param account the account (its API key)
   * @param now     the request's arrival
   * @return empty when admitted (a slot is taken); else the Retry-After to answer, in seconds
   */
  synchronized OptionalLong acquire(String account, Instant now) {
    if (requests <= 0) {
      return OptionalLong.empty();
    }
    Deque<Instant> slots = windows.computeIfAbsent(account, a -> new ArrayDeque<>());
    Instant windowStart = now.minus(window);
    while (!slots.isEmpty() && !slots.peekFirst().isAfter(windowStart)) {
      slots.removeFirst();
    }
    if (slots.size() < requests) {
      slots.addLast(now);
      return OptionalLong.empty();
    }
    long millis = Duration.between(now, slots.peekFirst().plus(window)).toMillis();
    long seconds = Math.max(1, (millis + 999) / 1000);
    gave(account, now.plusSeconds(seconds));
    return OptionalLong.of(seconds);
  }

  /**
   * Remembers that the account was told to wait (a 429's Retry-After).
   *
   * @param account the account
   * @param until   the end of the Retry-After
   */
  synchronized void gave(String account, Instant until) {
    waitUntil.merge(account, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /**
   * @param account the account
   * @param now     a request's arrival
   * @return true when the request came before the end of a Retry-After the account was given
   */
  synchronized boolean violates(String account, Instant now) {
    Instant until = waitUntil.get(account);
    return until != null && now.isBefore(until);
  }

  /** @return the requests per window now in force; 0 = no quota */
  synchronized int requests() {
    return requests;
  }

  /** @return the window now in force */
  synchronized Duration window() {
    return window;
  }

  /**
   * Checks {@code seedance2aiQuota}: an object with {@code requests} (0 or more) and
   * {@code windowSeconds} (1 or more), each optional.
   */
  @Override
  public void check(ObjectNode body) {
    JsonNode q = body.get(FIELD);
    if (q == null || q.isNull()) {
      return;
    }
    if (!q.isObject()) {
      throw new IllegalArgumentException(FIELD + " must be an object {\"requests\":n,\"windowSeconds\":s}");
    }
    JsonNode n = q.get("requests");
    if (n != null && (!n.isIntegralNumber() || n.intValue() < 0)) {
      throw new IllegalArgumentException(FIELD + ".requests must be a whole number, 0 or more");
    }
    JsonNode s = q.get("windowSeconds");
    if (s != null && (!s.isIntegralNumber() || s.intValue() < 1)) {
      throw new IllegalArgumentException(FIELD + ".windowSeconds must be a whole number, 1 or more");
    }
  }

  /** Applies {@code seedance2aiQuota}; the windows seen so far are kept. */
  @Override
  public synchronized void apply(ObjectNode body) {
    JsonNode q = body.get(FIELD);
    if (q == null || !q.isObject()) {
      return;
    }
    if (q.has("requests")) {
      requests = q.get("requests").intValue();
    }
    if (q.has("windowSeconds")) {
      window = Duration.ofSeconds(q.get("windowSeconds").intValue());
    }
  }

  /** Adds {@code "seedance2aiQuota":{"requests","windowSeconds"}}. */
  @Override
  public synchronized void describe(ObjectNode state) {
    state.putObject(FIELD).put("requests", requests).put("windowSeconds", window.toSeconds());
  }

  /** Restores the configured limits and forgets every window and Retry-After. */
  @Override
  public synchronized void reset() {
    requests = settings.rateLimitRequests();
    window = Duration.ofSeconds(settings.rateLimitWindowSeconds());
    windows.clear();
    waitUntil.clear();
  }
}
