package io.seedancerunner.simulator.ark;

import io.micronaut.http.HttpParameters;
import io.seedancerunner.simulator.tasks.SimTask;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query of {@code GET /api/v3/contents/generations/tasks} (list API, as mirrored at
 * https://docs.powertokens.ai/en/zmodelVideo/byteplus/seedance/list-video-generation-tasks):
 * {@code page_num} (1..500, default 1), {@code page_size} (1..500, default 10),
 * {@code filter.status} (one status word), {@code filter.model} (exact model id),
 * {@code filter.task_ids} (repeatable, exact ids), {@code filter.service_tier}. A value out of
 * range or an unknown status answers 400 {@code InvalidParameter}. Tasks come newest first (the
 * docs do not say; our choice). The "last 7 days" window of the real API is not simulated: the
 * simulator forgets tasks on reset and restart anyway.
 *
 * @param pageNum     1-based page
 * @param pageSize    tasks per page
 * @param status      wanted status, or null
 * @param model       wanted model id, or null
 * @param taskIds     wanted ids; empty = any
 * @param serviceTier wanted tier, or null
 */
record ArkListQuery(int pageNum, int pageSize, ArkStatus status, String model, Set<String> taskIds,
    String serviceTier) {

  /** Largest {@code page_num} and {@code page_size} (docs: 1 &lt;= x &lt;= 500). */
  static final int MAX = 500;

  /**
   * @param p the request's query parameters
   * @return the query
   * @throws InvalidArkRequest naming the bad parameter
   */
  static ArkListQuery of(HttpParameters p) throws InvalidArkRequest {
    int pageNum = bounded(p.getFirst("page_num").orElse(null), "page_num", 1);
    int pageSize = bounded(p.getFirst("page_size").orElse(null), "page_size", 10);
    ArkStatus status = null;
    String word = p.getFirst("filter.status").filter(s -> !s.isBlank()).orElse(null);
    if (word != null) {
      status = ArkStatus.fromWord(word);
      if (status == null) {
        throw new InvalidArkRequest(ArkError.INVALID_PARAMETER, "filter.status",
            "filter.status must be one of queued, running, cancelled, succeeded, failed, expired");
      }
    }
    Set<String> ids = p.getAll("filter.task_ids").stream().map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    return new ArkListQuery(pageNum, pageSize, status,
        p.getFirst("filter.model").filter(s -> !s.isBlank()).orElse(null), ids,
        p.getFirst("filter.service_tier").filter(s -> !s.isBlank()).orElse(null));
  }

  /**
   * @param task   an ark task
   * @param actual its status now
   * @return whether it passes every filter
   */
  boolean matches(SimTask task, ArkStatus actual) {
    return (status == null || status == actual)
        && (model == null || model.equals(task.spec().model()))
        && (taskIds.isEmpty() || taskIds.contains(task.id()))
        && (serviceTier == null || serviceTier.equals(new ArkOrder(task.spec()).serviceTier()));
  }

  /**
   * @param matching every matching task, in list order
   * @return this query's page of them (empty past the end)
   */
  List<SimTask> page(List<SimTask> matching) {
    long from = (long) (pageNum - 1) * pageSize;
    if (from >= matching.size()) {
      return List.of();
    }
    return matching.subList((int) from, (int) Math.min(matching.size(), from + pageSize));
  }

  private static int bounded(String value, String name, int fallback) throws InvalidArkRequest {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1 && n <= MAX) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new InvalidArkRequest(ArkError.INVALID_PARAMETER, name, name + " must be a whole number in [1, " + MAX + "]");
  }
}
