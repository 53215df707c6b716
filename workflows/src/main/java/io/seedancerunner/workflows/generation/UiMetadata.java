package io.seedancerunner.workflows.generation;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What Temporal UI shows for a job (Temporal docs, "User metadata": a static summary and static
 * details set when the workflow starts, {@code WorkflowOptions.setStaticSummary/setStaticDetails};
 * current details set from inside the workflow, {@code Workflow.setCurrentDetails}). Pure,
 * deterministic functions of their argument: no clock, no I/O, so workflow code may call them.
 *
 * <p>Nothing secret appears: the request holds no secret (docs/decisions.md), and URLs are shown without
 * their query string and fragment, where presigned links carry their tokens.
 */
public final class UiMetadata {

  /** Temporal's limit on a static summary, in UTF-8 bytes (SDK docs of {@code setStaticSummary}). */
  public static final int MAX_SUMMARY_BYTES = 200;
  /** At most this many code points of the prompt go into the summary. */
  static final int SUMMARY_PROMPT_CODE_POINTS = 60;

  private UiMetadata() {}

  /**
   * One line for the workflow list, for example
   * {@code 8 s 720p 16:9 · sim-seedanceapi · 'A cinematic shot of mountains at sunrise with flo…'}.
   *
   * @param r the request
   * @return duration (seconds), resolution, aspect ratio, provider account and the start of the
   *     prompt (cut at a code point, with {@code …} when cut), at most {@value #MAX_SUMMARY_BYTES}
   *     UTF-8 bytes; without a prompt, the count of visual inputs instead
   */
  public static String staticSummary(GenerationRequest r) {
    String head = r.durationSeconds() + " s " + r.resolution() + " " + r.aspectRatio() + " · " + r.provider() + " · ";
    String prompt = r.prompt() == null ? "" : r.prompt().strip().replaceAll("\\s+", " ");
    if (prompt.isEmpty()) {
      return truncate(head + "(no prompt: " + inputCount(r) + " visual inputs)", MAX_SUMMARY_BYTES);
    }
    int total = prompt.codePointCount(0, prompt.length());
    int[] cps = prompt.codePoints().limit(SUMMARY_PROMPT_CODE_POINTS).toArray();
    for (int n = cps.length; n >= 0; n--) {
      String candidate = head + "'" + new String(cps, 0, n) + (n < total ? "…'" : "'");
      if (bytes(candidate) <= MAX_SUMMARY_BYTES) {
        return candidate;
      }
    }
    return truncate(head, MAX_SUMMARY_BYTES);
  }

  /**
   * The full request as Markdown: a table of every field that is set (URLs without query string
   * or fragment), then the prompt as a block quote.
   *
   * @param r the request
   * @return Markdown text
   */
  public static String staticDetails(GenerationRequest r) {
    StringBuilder md = new StringBuilder("**Generation request**\n\n| field | value |\n|---|---|\n");
    row(md, "provider", r.provider());
    row(md, "model", r.model());
    row(md, "durationSeconds", String.valueOf(r.durationSeconds()));
    row(md, "resolution", r.resolution());
    row(md, "aspectRatio", r.aspectRatio());
    row(md, "generateAudio", String.valueOf(r.generateAudio()));
    row(md, "fixedLens", String.valueOf(r.fixedLens()));
    row(md, "firstFrameUrl", withoutQuery(r.firstFrameUrl()));
    row(md, "lastFrameUrl", withoutQuery(r.lastFrameUrl()));
    urls(md, "referenceImageUrls", r.referenceImageUrls());
    urls(md, "referenceVideoUrls", r.referenceVideoUrls());
    urls(md, "referenceAudioUrls", r.referenceAudioUrls());
    GenerationOptions o = r.options();
    row(md, "seed", o.seed() == null ? null : String.valueOf(o.seed()));
    row(md, "watermark", o.watermark() == null ? null : String.valueOf(o.watermark()));
    row(md, "serviceTier", o.serviceTier());
    row(md, "returnLastFrame", o.returnLastFrame() == null ? null : String.valueOf(o.returnLastFrame()));
    row(md, "executionExpiresAfterSeconds",
        o.executionExpiresAfterSeconds() == null ? null : String.valueOf(o.executionExpiresAfterSeconds()));
    row(md, "contentFilter", o.contentFilter() == null ? null : String.valueOf(o.contentFilter()));
    md.append("\n**Prompt**\n\n");
    String prompt = r.prompt() == null || r.prompt().isBlank() ? "(none)" : r.prompt();
    for (String line : prompt.split("\n", -1)) {
      md.append("> ").append(line).append('\n');
    }
    return md.toString();
  }

  /**
   * Where the job is now, as Markdown: phase and progress, the ETA (the next status check, which
   * the first time is where the job is expected to be done; UTC), the provider's last answer,
   * counts, the last error, and the file once downloaded.
   *
   * @param s the job's status, as the {@code status} query answers it
   * @return Markdown text
   */
  public static String currentDetails(JobStatus s) {
    StringBuilder md = new StringBuilder();
    md.append("**Phase** ").append(s.phase()).append(" · ").append(s.progressPercent()).append("%\n\n");
    md.append("**ETA (next poll)** ")
        .append(s.nextPollAt() == null ? "—" : Instant.ofEpochMilli(s.nextPollAt()).toString()).append("\n\n");
    md.append("**Last poll result** ")
        .append(s.rawStatus() == null ? "—" : code(s.rawStatus()))
        .append(" · provider ").append(s.provider() == null ? "—" : code(s.provider()))
        .append(" · task ").append(s.providerTaskId() == null ? "—" : code(s.providerTaskId())).append("\n\n");
    md.append("**Attempts** ").append(s.attempts()).append(" · **polls** ").append(s.polls())
        .append(" · **webhooks** ").append(s.callbacks()).append("\n");
    if (s.lastError() != null) {
      md.append("\n**Last error** ").append(code(s.lastError())).append("\n");
    }
    GenerationResult result = s.result();
    if (result != null && result.video() != null) {
      md.append("\n**Video** ").append(code(result.video().path())).append(" · ")
          .append(result.video().bytes()).append(" bytes · ")
          .append(String.format(Locale.ROOT, "%.2f", result.video().durationSeconds())).append(" s · ")
          .append(result.video().width()).append('x').append(result.video().height()).append('\n');
    }
    return md.toString();
  }

  /**
   * @param url an absolute URL, or {@code null}
   * @return the URL without its query string and fragment ({@code ?…} marks a removed query), or
   *     {@code null}
   */
  static String withoutQuery(String url) {
    if (url == null) {
      return null;
    }
    int hash = url.indexOf('#');
    String u = hash < 0 ? url : url.substring(0, hash);
    int q = u.indexOf('?');
    return q < 0 ? u : u.substring(0, q) + "?…";
  }

  private static int inputCount(GenerationRequest r) {
    return r.imageCount() + r.referenceVideoUrls().size() + r.referenceAudioUrls().size();
  }

  private static void urls(StringBuilder md, String field, List<String> urls) {
    for (int i = 0; i < urls.size(); i++) {
      row(md, field + "[" + i + "]", withoutQuery(urls.get(i)));
    }
  }

  private static void row(StringBuilder md, String field, String value) {
    if (value != null) {
      md.append("| ").append(field).append(" | ").append(code(value).replace("|", "\\|")).append(" |\n");
    }
  }

  /** Inline code; a backtick inside would end it early, so it becomes an apostrophe. */
  private static String code(String value) {
    return "`" + value.replace("`", "'").replace("\n", " ") + "`";
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String truncate(String s, int maxBytes) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int cp : s.codePoints().toArray()) {
      int n = bytes(Character.toString(cp));
      if (used + n > maxBytes) {
        break;
      }
      out.appendCodePoint(cp);
      used += n;
    }
    return out.toString();
  }
}
