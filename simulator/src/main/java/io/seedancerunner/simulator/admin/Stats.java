package io.seedancerunner.simulator.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.http.Json;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters for {@code GET /sim/admin/stats}: per dialect, how many submits were attempted and
 * accepted (a task created), status calls, cancels, webhooks delivered (2xx), webhook POST
 * attempts (retries included) and webhooks given up; plus every file request.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class Stats {

  /** A per-dialect counter. */
  public enum Counter {
    /** Submit requests that reached the simulator, whatever the answer. */
    SUBMITS_ATTEMPTED("submitsAttempted"),
    /** Submits that created a task. */
    SUBMITS_ACCEPTED("submitsAccepted"),
    /** Status requests, whatever the answer. */
    STATUS_CALLS("statusCalls"),
    /** Cancel requests, whatever the answer. */
    CANCELS("cancels"),
    /** Webhooks whose POST got a 2xx answer (early forged ones included). */
    WEBHOOKS_SENT("webhooksSent"),
    /** Webhook POSTs made, retries included. */
    WEBHOOK_ATTEMPTS("webhookAttempts"),
    /** Webhooks abandoned after the last retry. */
    WEBHOOKS_FAILED("webhooksFailed"),
    /** Requests answered 429 by an enforced per-account quota (not the {@code rateLimited} fault). */
    RATE_LIMITED("rateLimited"),
    /**
     * Requests that arrived while a Retry-After this account was given had not yet run out: a
     * client that honours Retry-After keeps this at 0.
     */
    RETRY_AFTER_VIOLATIONS("retryAfterViolations"),
    /** Submits whose answer was held back by the {@code slowSubmits} fault (the task was created). */
    SLOW_SUBMITS("slowSubmits");

    private final String field;

    Counter(String field) {
      this.field = field;
    }

    /** @return the JSON field name */
    public String field() {
      return field;
    }
  }

  private final Map<Dialect, Map<Counter, AtomicLong>> counters = new EnumMap<>(Dialect.class);
  private final List<FileRequest> files = new CopyOnWriteArrayList<>();

  /** Creates zeroed counters. */
  public Stats() {
    for (Dialect d : Dialect.values()) {
      Map<Counter, AtomicLong> m = new EnumMap<>(Counter.class);
      for (Counter c : Counter.values()) {
        m.put(c, new AtomicLong());
      }
      counters.put(d, m);
    }
  }

  /**
   * @param dialect the dialect
   * @param counter the counter to add one to
   */
  public void increment(Dialect dialect, Counter counter) {
    counters.get(dialect).get(counter).incrementAndGet();
  }

  /**
   * @param dialect the dialect
   * @param counter the counter
   * @return its value
   */
  public long get(Dialect dialect, Counter counter) {
    return counters.get(dialect).get(counter).get();
  }

  /**
   * @param request a file request to list
   * @return the same request, for chaining
   */
  public FileRequest record(FileRequest request) {
    files.add(request);
    return request;
  }

  /** @return every file request so far, oldest first */
  public List<FileRequest> files() {
    return List.copyOf(files);
  }

  /** Zeroes every counter and forgets the file requests. */
  public void reset() {
    counters.values().forEach(m -> m.values().forEach(c -> c.set(0)));
    files.clear();
  }

  /**
   * @return {@code {"dialects":{"open-api":{"submitsAttempted":n,...},...},
   *         "files":[{"taskId","method","range","status","bytesSent"}]}}
   */
  public ObjectNode toJson() {
    ObjectNode root = Json.object();
    ObjectNode dialects = root.putObject("dialects");
    counters.forEach((d, m) -> {
      ObjectNode node = dialects.putObject(d.id());
      m.forEach((c, v) -> node.put(c.field(), v.get()));
    });
    ArrayNode list = root.putArray("files");
    for (FileRequest f : files) {
      ObjectNode n = list.addObject();
      n.put("taskId", f.taskId());
      n.put("method", f.method());
      n.put("range", f.range());
      n.put("status", f.status());
      n.put("bytesSent", f.bytesSent());
    }
    return root;
  }
}
