package io.seedancerunner.api.generation;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.nio.charset.StandardCharsets;

/**
 * What Temporal UI shows for a job: a one-line static summary and a Markdown static details page.
 * Built from the request only, which holds no secrets (the webhook token is derived by the worker
 * and never enters the workflow).
 */
public final class WorkflowMetadata {

  /** Temporal's limit on a static summary, in UTF-8 bytes. */
  public static final int MAX_SUMMARY_BYTES = 200;

  private WorkflowMetadata() {}

  /**
   * @return for example {@code 8 s 720p 16:9 · sim-open-api · 'A cinematic shot of mountains…'},
   *     at most {@value #MAX_SUMMARY_BYTES} UTF-8 bytes; the prompt is cut (at a code point) to fit
   */
  public static String summary(GenerationRequest r) {
    String head = r.durationSeconds() + " s " + r.resolution() + " " + r.aspectRatio() + " · " + r.provider() + " · ";
    String prompt = r.prompt() == null ? "" : r.prompt().strip().replaceAll("\\s+", " ");
    int total = prompt.codePointCount(0, prompt.length());
    int[] cps = prompt.codePoints().limit(60).toArray();
    for (int n = cps.length; n >= 0; n--) {
      String candidate = head + "'" + new String(cps, 0, n) + (n < total ? "…'" : "'");
      if (bytes(candidate) <= MAX_SUMMARY_BYTES) {
        return candidate;
      }
    }
    return truncate(head, MAX_SUMMARY_BYTES);
  }

  /** @return the request as a Markdown table followed by the prompt as a block quote */
  public static String details(GenerationRequest r) {
    StringBuilder md = new StringBuilder("**Generation request**\n\n| field | value |\n|---|---|\n");
    row(md, "provider", r.provider());
    row(md, "model", r.model());
    row(md, "durationSeconds", String.valueOf(r.durationSeconds()));
    row(md, "resolution", r.resolution());
    row(md, "aspectRatio", r.aspectRatio());
    row(md, "generateAudio", String.valueOf(r.generateAudio()));
    row(md, "fixedLens", String.valueOf(r.fixedLens()));
    row(md, "firstFrameUrl", r.firstFrameUrl());
    row(md, "lastFrameUrl", r.lastFrameUrl());
    for (int i = 0; i < r.referenceImageUrls().size(); i++) {
      row(md, "referenceImageUrls[" + i + "]", r.referenceImageUrls().get(i));
    }
    md.append("\n**Prompt**\n\n");
    for (String line : (r.prompt() == null ? "" : r.prompt()).split("\n", -1)) {
      md.append("> ").append(line).append('\n');
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String field, String value) {
    if (value != null) {
      md.append("| ").append(field).append(" | `").append(value.replace("|", "\\|").replace("`", "'"))
          .append("` |\n");
    }
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String truncate(String s, int maxBytes) {
    StringBuilder out = new StringBuilder();
    for (int cp : s.codePoints().toArray()) {
      if (bytes(out.toString() + Character.toString(cp)) > maxBytes) {
        break;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
