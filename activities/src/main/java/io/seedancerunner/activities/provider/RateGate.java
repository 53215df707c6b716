package io.seedancerunner.activities.provider;

import io.seedancerunner.activities.config.ProviderConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The request gate of one provider account in this process (one per {@link ProviderHttp}). It
 * says whether a request may leave now, or how long until it may; it never sleeps, so an activity
 * that may not send fails at once with a retry delay instead of holding a worker slot.
 *
 * <ul>
 *   <li><b>Window</b>: at most {@code rate-limit-requests} sends within any
 *       {@code rate-limit-window + rate-limit-margin}. Seed 003 (seedance2ai): "limit is 30
 *       requests per 60 seconds per account". The margin (our choice, default 2 s) covers the
 *       network latency between our send time and the provider's arrival time: a send at
 *       {@code t} arrives by {@code t + margin}, so the next send past the window, at or after
 *       {@code t + window + margin}, arrives at least a window after it. Every admitted send
 *       counts, whatever its answer (the provider may have counted it).</li>
 *   <li><b>Block</b>: an answer 429 with {@code Retry-After} (delay-seconds or HTTP-date, RFC 9110
 *       §10.2.3; seed 003: "Retry after the Retry-After response header (in seconds)") blocks every
 *       send of the account until {@code receivedAt + Retry-After}, not only the job that got it.
 *       A 429 without a usable {@code Retry-After} does not block (our choice: nothing says how
 *       long; the window still applies, and that job retries with its own back-off).</li>
 * </ul>
 *
 * <p>Times are kept in whole milliseconds of the injected clock, because Temporal carries a next
 * retry delay in milliseconds: the wait this gate returns is exactly the one the failure carries.
 * Thread-safe: activities of one account share it.
 */
public final class RateGate {

  private final int maxRequests;
  private final long spanMillis;
  private final Clock clock;
  /** Send times (epoch ms) still inside the span, oldest first. */
  private final Deque<Long> sends = new ArrayDeque<>();
  /** No send before this time (epoch ms); 0 when no 429 blocks. */
  private long blockedUntilMillis;

  /**
   * @param maxRequests most sends per span; 0 for no window (only 429 blocks apply)
   * @param window      the provider's window, for example 60 s
   * @param margin      added to the window to cover network latency, for example 1 s
   * @param clock       the time source (tests inject one)
   * @throws IllegalArgumentException when {@code maxRequests} is negative, or positive with a
   *     window that is not positive, or the margin is negative
   */
  public RateGate(int maxRequests, Duration window, Duration margin, Clock clock) {
    if (maxRequests < 0) {
      throw new IllegalArgumentException("rate-limit-requests must be 0 (no window) or more, not " + maxRequests);
    }
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(margin, "margin");
    if (maxRequests > 0 && (window.isZero() || window.isNegative())) {
      throw new IllegalArgumentException("rate-limit-window must be positive, not " + window);
    }
    if (margin.isNegative()) {
      throw new IllegalArgumentException("rate-limit-margin must not be negative, not " + margin);
    }
    this.maxRequests = maxRequests;
    this.spanMillis = window.plus(margin).toMillis();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param config the account: {@code rate-limit-requests}, {@code rate-limit-window},
   *               {@code rate-limit-margin}
   * @param clock  the time source
   * @return the account's gate
   * @throws IllegalArgumentException when the settings are invalid (see the constructor)
   */
  public static RateGate of(ProviderConfig config, Clock clock) {
    return new RateGate(config.getRateLimitRequests(), config.getRateLimitWindow(), config.getRateLimitMargin(), clock);
  }

  /**
   * Asks to send one request now. When the answer is zero the send is counted and must go.
   *
   * @return {@link Duration#ZERO} when the request may leave now; otherwise how long until the
   *     window has room and no 429 block is active (positive, whole milliseconds), and nothing is
   *     counted
   */
  public synchronized Duration admit() {
    long now = clock.millis();
    while (!sends.isEmpty() && sends.peekFirst() + spanMillis <= now) {
      sends.removeFirst();
    }
    long waitMillis = Math.max(0, blockedUntilMillis - now);
    if (maxRequests > 0 && sends.size() >= maxRequests) {
      // Only this gate adds sends and it never exceeds the maximum, so the oldest leaving makes room.
      waitMillis = Math.max(waitMillis, sends.peekFirst() + spanMillis - now);
    }
    if (waitMillis > 0) {
      return Duration.ofMillis(waitMillis);
    }
    if (maxRequests > 0) {
      sends.addLast(now);
    }
    return Duration.ZERO;
  }

  /**
   * Records an answer: a 429 with a readable {@code Retry-After} blocks the account until the
   * answer's arrival (now) plus that delay; a later block never shortens an earlier one.
   *
   * @param status     HTTP status of the answer
   * @param retryAfter the {@code Retry-After} header, or {@code null}
   */
  public synchronized void answered(int status, String retryAfter) {
    if (status != 429) {
      return;
    }
    Instant receivedAt = Instant.ofEpochMilli(clock.millis());
    Duration delay = ProviderErrors.parseRetryAfter(retryAfter, receivedAt);
    if (delay != null) {
      blockedUntilMillis = Math.max(blockedUntilMillis, receivedAt.plus(delay).toEpochMilli());
    }
  }

  /** @return the end of the active 429 block, or empty when none is active */
  public synchronized Optional<Instant> blockedUntil() {
    return blockedUntilMillis > clock.millis() ? Optional.of(Instant.ofEpochMilli(blockedUntilMillis)) : Optional.empty();
  }
}
