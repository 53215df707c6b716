package io.seedancerunner.simulator.seedance2ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.admin.AdminExtension;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admin fault {@code "seedance2aiServiceBusy": n}: the next n seedance2ai requests (any
 * endpoint, after the key and the quota are checked) answer 503 {@code service_busy} (seed 003:
 * "Temporary upstream or credit-concurrency issue. Retry."). Our choice: such an answer carries no
 * {@code Retry-After}, since the seed gives the header for 429 only.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiServiceBusy implements AdminExtension {

  /** The admin body field. */
  public static final String FIELD = "seedance2aiServiceBusy";

  private final AtomicInteger remaining = new AtomicInteger();

  /** @return true when this request is to answer 503, using up one count */
  boolean consume() {
    return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  @Override
  public void check(ObjectNode body) {
    JsonNode n = body.get(FIELD);
    if (n != null && !n.isNull() && (!n.isIntegralNumber() || n.intValue() < 0)) {
      throw new IllegalArgumentException(FIELD + " must be a whole number, 0 or more");
    }
  }

  @Override
  public void apply(ObjectNode body) {
    JsonNode n = body.get(FIELD);
    if (n != null && !n.isNull()) {
      remaining.set(n.intValue());
    }
  }

  @Override
  public void describe(ObjectNode state) {
    state.put(FIELD, remaining.get());
  }

  @Override
  public void reset() {
    remaining.set(0);
  }
}
