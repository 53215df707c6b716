package io.seedancerunner.activities.ark;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.activities.provider.JsonFields;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the task an ambiguous ark submit created (ark has no idempotency key) by listing the
 * account's tasks: {@code GET /contents/generations/tasks?filter.model=<model>&page_num=n&page_size=100}
 * (list API, as mirrored at https://docs.powertokens.ai/en/zmodelVideo/byteplus/seedance/list-video-generation-tasks;
 * the API allows 500 per page, 100 is our choice), page after page until the list's {@code total}
 * is reached or a page comes back empty, at most {@value #MAX_PAGES} pages.
 *
 * <p>A listed task is a candidate when its {@code created_at} (unix seconds) lies in
 * [window start, truncated to the second, window end], and, where the task object carries them,
 * its duration, resolution and ratio (unless the request asked for {@code adaptive}) equal the
 * request's and its prompt (the text item of its {@code content[]} echo, see
 * {@link ArkAnswers#prompt}) equals the request's prompt, and its {@code seed} equals the seed the
 * lost submit sent. The real task object carries no prompt but echoes the seed, and the runner
 * sends a seed derived from the job id and attempt ({@link ArkSeeds}) when the request sets none:
 * so the match is exact, and another job's task of the same model, duration and resolution in the
 * window is not a candidate. Only a request asking for a random seed (-1) is matched on model,
 * time and shape alone, and the {@code detail} says so. Every
 * status counts: the lost submit's task may have ended already. A task without a readable
 * {@code created_at} cannot be placed in the window and is not a candidate.
 *
 * <p>Exactly one candidate: {@link Reconciliation.Outcome#FOUND} with its receipt (cancellable
 * while queued). None: {@code NOT_FOUND}. Several, or a list longer than {@value #MAX_PAGES} pages:
 * {@code AMBIGUOUS}, the detail naming the candidate ids. Errors are thrown as classified by the
 * provider. The detail never holds the prompt.
 */
final class ArkReconciler {

  /** Tasks asked for per page. */
  static final int PAGE_SIZE = 100;
  /** Pages read at most (10 000 tasks). */
  static final int MAX_PAGES = 100;

  private final ArkProvider provider;
  private final int pageSize;

  /** @param provider the account, for its list calls; pages of {@value #PAGE_SIZE} */
  ArkReconciler(ArkProvider provider) {
    this(provider, PAGE_SIZE);
  }

  /**
   * @param provider the account, for its list calls
   * @param pageSize tasks asked for per page, 1..500 (tests use small pages to walk several)
   */
  ArkReconciler(ArkProvider provider, int pageSize) {
    this.provider = provider;
    this.pageSize = pageSize;
  }

  /**
   * @param r           the request whose submit was lost
   * @param seed        the {@code seed} the lost submit sent, or {@code null} when it asked for a
   *                    random one (-1): then the match rests on model, time and shape alone
   * @param windowStart earliest creation time
   * @param windowEnd   latest creation time
   * @return the outcome
   */
  Reconciliation reconcile(GenerationRequest r, Long seed, Instant windowStart, Instant windowEnd) {
    Instant from = windowStart.truncatedTo(ChronoUnit.SECONDS);
    String window = "[" + from + ", " + windowEnd + "]";
    List<JsonNode> candidates = new ArrayList<>();
    boolean promptSeen = false;
    long listed = 0;
    boolean complete = false;
    for (int page = 1; page <= MAX_PAGES && !complete; page++) {
      JsonNode answer = provider.list(r.model(), page, pageSize);
      JsonNode items = answer.path("items");
      Double total = JsonFields.number(answer, "total");
      for (JsonNode task : items) {
        listed++;
        promptSeen |= ArkAnswers.prompt(task) != null;
        if (matches(task, r, seed, from, windowEnd)) {
          candidates.add(task);
        }
      }
      complete = !items.isArray() || items.isEmpty() || (total != null && listed >= total);
    }
    String what = "task(s) of " + r.model() + " created in " + window + " with duration " + r.durationSeconds()
        + " s and resolution " + r.resolution() + (seed != null ? " and seed " + seed : "")
        + (promptSeen ? " and the same prompt" : "");
    if (!complete) {
      return new Reconciliation(Reconciliation.Outcome.AMBIGUOUS, null, "the list of " + r.model() + " was not read to its end ("
          + MAX_PAGES + " pages of " + pageSize + "); " + candidates.size() + " " + what + " so far: " + ids(candidates)
          + "; an operator must adoptTask(taskId) or resubmit()");
    }
    if (candidates.isEmpty()) {
      return new Reconciliation(Reconciliation.Outcome.NOT_FOUND, null,
          "no " + what + " among " + listed + " listed tasks");
    }
    if (candidates.size() > 1) {
      return new Reconciliation(Reconciliation.Outcome.AMBIGUOUS, null, candidates.size() + " " + what + ": "
          + ids(candidates) + "; an operator must adoptTask(taskId) or resubmit()");
    }
    JsonNode task = candidates.get(0);
    String id = JsonFields.text(task, "id");
    TaskState state = ArkAnswers.state(JsonFields.text(task, "status"));
    String how = promptSeen || seed != null ? ""
        : " (the list carries no prompt and no seed was sent: matched on model, time, duration and resolution only)";
    return new Reconciliation(Reconciliation.Outcome.FOUND,
        new SubmitReceipt(id, state, null, null, state == TaskState.QUEUED),
        "task " + id + " (" + JsonFields.text(task, "status") + ") is the one " + what + how);
  }

  private static boolean matches(JsonNode task, GenerationRequest r, Long seed, Instant from, Instant to) {
    if (JsonFields.text(task, "id") == null) {
      return false;
    }
    if (seed != null && !task.path("seed").isMissingNode() && task.path("seed").asLong(Long.MIN_VALUE) != seed) {
      return false;
    }
    Instant created = ArkAnswers.createdAt(task);
    if (created == null || created.isBefore(from) || created.isAfter(to)) {
      return false;
    }
    Integer duration = JsonFields.integer(task, "duration");
    if (duration != null && duration != r.durationSeconds()) {
      return false;
    }
    String resolution = JsonFields.text(task, "resolution");
    if (resolution != null && !resolution.equalsIgnoreCase(r.resolution())) {
      return false;
    }
    String ratio = JsonFields.text(task, "ratio");
    if (ratio != null && !"adaptive".equals(r.aspectRatio()) && !ratio.equals(r.aspectRatio())) {
      return false;
    }
    String model = JsonFields.text(task, "model");
    if (model != null && !model.equals(r.model())) {
      return false;
    }
    String prompt = ArkAnswers.prompt(task);
    return prompt == null || prompt.strip().equals(Objects.requireNonNullElse(r.prompt(), "").strip());
  }

  private static String ids(List<JsonNode> tasks) {
    return String.join(", ", tasks.stream().map(t -> JsonFields.text(t, "id")).toList());
  }
}
