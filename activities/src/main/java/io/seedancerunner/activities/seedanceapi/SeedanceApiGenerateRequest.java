package io.seedancerunner.activities.seedanceapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code seedanceapi} {@code POST /v1/generate} body as a typed wire record (see
 * {@code docs/providers/seedanceapi.md}, provider guide https://seedanceapi.org). Null optional
 * fields are left out; {@code prompt} is always written.
 *
 * @param prompt        the prompt (written even when null)
 * @param aspectRatio   for example {@code 16:9} or {@code 9:21}
 * @param resolution    {@code 480p|720p}
 * @param duration      seconds as a string: {@code "4"|"8"|"12"}
 * @param generateAudio whether the clip has sound
 * @param fixedLens     whether the lens is fixed
 * @param imageUrls     the first frame then the reference images, or null when there are none
 * @param callbackUrl   webhook URL, or null to poll only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SeedanceApiGenerateRequest(
    @JsonInclude(JsonInclude.Include.ALWAYS) String prompt,
    @JsonProperty("aspect_ratio") String aspectRatio,
    String resolution,
    String duration,
    @JsonProperty("generate_audio") boolean generateAudio,
    @JsonProperty("fixed_lens") boolean fixedLens,
    @JsonProperty("image_urls") List<String> imageUrls,
    @JsonProperty("callback_url") String callbackUrl) {}
