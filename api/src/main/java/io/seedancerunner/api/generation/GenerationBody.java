package io.seedancerunner.api.generation;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of a {@code POST /v1/generations} (and {@code /v1/estimates}) body, for the OpenAPI
 * document only: the body is read field by field by {@link GenerationRequestReader} and
 * {@link JobPolicyReader}, so that every bad field is reported at once, and the provider's
 * catalogue ({@code GET /v1/models}) decides the allowed values.
 *
 * @param provider                     provider account (default {@code seedance.default-provider})
 * @param model                        model id of that account's catalogue
 * @param prompt                       text prompt, 1..10,000 characters
 * @param durationSeconds              clip length in seconds (default 8)
 * @param resolution                   for example {@code 720p} (default)
 * @param aspectRatio                  for example {@code 16:9} (default)
 * @param generateAudio                generate a sound track
 * @param fixedLens                    keep the camera still
 * @param firstFrameUrl                https URL of the first frame image
 * @param lastFrameUrl                 https URL of the last frame image
 * @param referenceImageUrls           https URLs of reference images
 * @param referenceVideoUrls           https URLs of reference videos
 * @param referenceAudioUrls           https URLs of reference audio
 * @param seed                         provider seed
 * @param watermark                    ask for a watermark
 * @param serviceTier                  provider service tier
 * @param returnLastFrame              ask for the clip's last frame
 * @param executionExpiresAfterSeconds provider-side expiry in seconds
 * @param contentFilter                provider content filter
 * @param tenant                       tenant billed; another than the credential's needs an operator
 * @param maxAttempts                  attempts, 1..10 (default 3)
 * @param fallbacks                    up to 5 {provider, model} steps tried after a failed attempt
 */
@Schema(name = "GenerationBody", description = "A generation request; see GET /v1/models for allowed values",
    example = "{\"provider\":\"sim-open-api\",\"model\":\"seedance-2.0\",\"prompt\":\"A cinematic shot of mountains"
        + " at sunrise\",\"durationSeconds\":8,\"resolution\":\"720p\",\"aspectRatio\":\"16:9\"}")
public record GenerationBody(
    @Nullable @Schema(maxLength = 100, example = "sim-open-api") String provider,
    @Nullable @Schema(maxLength = 100, example = "seedance-2.0") String model,
    @Nullable @Schema(maxLength = 10000, example = "A cinematic shot of mountains at sunrise") String prompt,
    @Nullable @Schema(minimum = "1", maximum = "60", example = "8") Integer durationSeconds,
    @Nullable @Schema(example = "720p") String resolution,
    @Nullable @Schema(example = "16:9") String aspectRatio,
    @Nullable Boolean generateAudio,
    @Nullable Boolean fixedLens,
    @Nullable @Schema(format = "uri") String firstFrameUrl,
    @Nullable @Schema(format = "uri") String lastFrameUrl,
    @Nullable List<String> referenceImageUrls,
    @Nullable List<String> referenceVideoUrls,
    @Nullable List<String> referenceAudioUrls,
    @Nullable Long seed,
    @Nullable Boolean watermark,
    @Nullable String serviceTier,
    @Nullable Boolean returnLastFrame,
    @Nullable Integer executionExpiresAfterSeconds,
    @Nullable Boolean contentFilter,
    @Nullable @Schema(pattern = "[A-Za-z0-9._-]{1,64}") String tenant,
    @Nullable @Schema(minimum = "1", maximum = "10") Integer maxAttempts,
    @Nullable List<Fallback> fallbacks) {

  /**
   * One fallback step.
   *
   * @param provider provider account, or null for the same
   * @param model    model id, or null for the same
   */
  public record Fallback(@Nullable String provider, @Nullable String model) {}
}
