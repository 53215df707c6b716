package io.seedancerunner.workflows.model;

import io.seedancerunner.workflows.generation.ProviderOutcome;

/**
 * The provider's status endpoint, read once and mapped onto the internal lifecycle.
 *
 * @param providerTaskId  the provider's task id
 * @param state           mapped state
 * @param rawStatus       the provider's own status word, kept for operators
 * @param progressPercent progress 0..100 when the provider reports it, else {@code null}
 * @param videoUrl        where to download the MP4 once {@link TaskState#SUCCEEDED}, else {@code null}
 * @param errorCode       the provider's error code when failed, else {@code null}
 * @param errorMessage    the provider's error message when failed, else {@code null}
 * @param cost            what the provider reports as charged, in its unit, or {@code null}
 * @param lastFrameUrl    the provider's last frame image once succeeded, where the dialect
 *                        returns one (ark {@code content.last_frame_url}, seedance2ai
 *                        {@code output.last_frame_url}), else {@code null}
 * @param outcome         for a task that ended without a video ({@code FAILED}, {@code CANCELLED},
 *                        {@code EXPIRED}): the adapter's classification of the provider's final
 *                        record; else {@code null}
 */
public record TaskSnapshot(
    String providerTaskId,
    TaskState state,
    String rawStatus,
    Integer progressPercent,
    String videoUrl,
    String errorCode,
    String errorMessage,
    Double cost,
    String lastFrameUrl,
    ProviderOutcome outcome) {

  /** A snapshot without a failure outcome (running or succeeded). */
  public TaskSnapshot(String providerTaskId, TaskState state, String rawStatus, Integer progressPercent,
      String videoUrl, String errorCode, String errorMessage, Double cost, String lastFrameUrl) {
    this(providerTaskId, state, rawStatus, progressPercent, videoUrl, errorCode, errorMessage, cost, lastFrameUrl,
        null);
  }

  /** A snapshot without a last frame image. */
  public TaskSnapshot(String providerTaskId, TaskState state, String rawStatus, Integer progressPercent,
      String videoUrl, String errorCode, String errorMessage, Double cost) {
    this(providerTaskId, state, rawStatus, progressPercent, videoUrl, errorCode, errorMessage, cost, null, null);
  }
}

