package io.seedancerunner.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.billing.CreditAccounts;
import io.seedancerunner.simulator.http.Fields;
import io.seedancerunner.simulator.http.Json;
import java.util.OptionalInt;

/**
 * Applies a {@code POST /sim/admin/faults} body. Every field is optional; only the fields
 * present change anything:
 * {@code {"dialect":"open-api"|"seedanceapi", "failTasks":n, "submitErrors":n, "rateLimited":n,
 * "truncateDownloads":n, "earlyWebhooks":n, "slowSubmits":n, "slowSubmitSeconds":s, "retryAfterSeconds":s, "downloadBytesPerSecond":b,
 * "generationSeconds":s, "credits":c}}. Counters replace the counter of the same (fault,
 * dialect); without {@code dialect} they apply to any dialect. {@code credits} sets the
 * balance of the named dialect's account, or of every account without {@code dialect}. The
 * other settings apply to every dialect.
 */
final class FaultRequests {

  /** A body the admin API refuses: answered 400 {@code {"error":message}}. */
  static final class BadFaultRequest extends Exception {
    private static final long serialVersionUID = 1L;

    BadFaultRequest(String message) {
      super(message, null, false, false);
    }
  }

  private FaultRequests() {}

  /**
   * Checks the whole body first, then applies it, so a bad body changes nothing.
   *
   * @param body    the parsed body
   * @param faults  the faults to arm
   * @param credits the credit accounts
   * @throws BadFaultRequest naming the bad field
   */
  static void apply(ObjectNode body, Faults faults, CreditAccounts credits) throws BadFaultRequest {
    Dialect dialect = null;
    JsonNode d = body.get("dialect");
    if (!Fields.absent(d)) {
      try {
        dialect = Dialect.fromId(d.asText());
      } catch (IllegalArgumentException e) {
        throw new BadFaultRequest("dialect must be one of " + java.util.Arrays.stream(Dialect.values())
            .map(Dialect::id).toList());
      }
    }
    for (FaultKind kind : FaultKind.values()) {
      nonNegative(body, kind.field());
    }
    nonNegative(body, "retryAfterSeconds");
    nonNegative(body, "slowSubmitSeconds");
    long bytesPerSecond = nonNegativeLong(body, "downloadBytesPerSecond");
    long creditBalance = nonNegativeLong(body, "credits");
    JsonNode g = body.get("generationSeconds");
    if (!Fields.absent(g) && (!g.isNumber() || g.doubleValue() <= 0)) {
      throw new BadFaultRequest("generationSeconds must be a number above 0");
    }
    for (FaultKind kind : FaultKind.values()) {
      OptionalInt n = nonNegative(body, kind.field());
      if (n.isPresent()) {
        faults.arm(kind, dialect, n.getAsInt());
      }
    }
    nonNegative(body, "retryAfterSeconds").ifPresent(faults::retryAfterSeconds);
    nonNegative(body, "slowSubmitSeconds").ifPresent(faults::slowSubmitSeconds);
    if (bytesPerSecond >= 0) {
      faults.downloadBytesPerSecond(bytesPerSecond);
    }
    if (!Fields.absent(g)) {
      faults.generationSeconds(g.doubleValue());
    }
    if (creditBalance >= 0) {
      for (Dialect each : Dialect.values()) {
        if (dialect == null || dialect == each) {
          credits.set(each, creditBalance);
        }
      }
    }
  }

  private static OptionalInt nonNegative(ObjectNode body, String field) throws BadFaultRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return OptionalInt.empty();
    }
    OptionalInt n = Fields.integer(node);
    if (n.isEmpty() || n.getAsInt() < 0) {
      throw new BadFaultRequest(field + " must be a whole number, 0 or more");
    }
    return n;
  }

  /** @return the value, or -1 when absent */
  private static long nonNegativeLong(ObjectNode body, String field) throws BadFaultRequest {
    JsonNode node = body.get(field);
    if (Fields.absent(node)) {
      return -1;
    }
    if (!node.isIntegralNumber() || node.longValue() < 0) {
      throw new BadFaultRequest(field + " must be a whole number, 0 or more");
    }
    return node.longValue();
  }

  /**
   * @param faults  the faults
   * @param credits the credit accounts
   * @return {@code {"counters":{"failTasks":{"any":n,"open-api":n,...},...},"retryAfterSeconds",
   *         "downloadBytesPerSecond","generationSeconds"|null,"credits":{"open-api":c,...}}}
   */
  static ObjectNode describe(Faults faults, CreditAccounts credits) {
    ObjectNode root = Json.object();
    ObjectNode counters = root.putObject("counters");
    for (FaultKind kind : FaultKind.values()) {
      ObjectNode c = counters.putObject(kind.field());
      c.put("any", faults.remaining(kind, null));
      for (Dialect each : Dialect.values()) {
        c.put(each.id(), faults.remaining(kind, each));
      }
    }
    root.put("retryAfterSeconds", faults.retryAfterSeconds());
    root.put("slowSubmitSeconds", faults.slowSubmitSeconds());
    root.put("downloadBytesPerSecond", faults.downloadBytesPerSecond());
    if (faults.generationSeconds().isPresent()) {
      root.put("generationSeconds", faults.generationSeconds().getAsDouble());
    } else {
      root.putNull("generationSeconds");
    }
    ObjectNode balances = root.putObject("credits");
    for (Dialect each : Dialect.values()) {
      balances.put(each.id(), credits.balance(each));
    }
    return root;
  }
}
