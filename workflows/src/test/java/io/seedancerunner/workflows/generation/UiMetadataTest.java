package io.seedancerunner.workflows.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.model.JobStatus;
import io.seedancerunner.workflows.model.Phase;
import io.seedancerunner.workflows.model.VideoFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UiMetadataTest {

  private static GenerationRequest request(String provider, String prompt) {
    return new GenerationRequest(provider, "seedance-2.0", prompt, 8, "720p", "16:9", false, false,
        "https://img.example/a|b.png", null, List.of());
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void shortPromptIsShownWhole() {
    assertEquals("8 s 720p 16:9 · seedanceapi · 'A cat'", UiMetadata.staticSummary(request("seedanceapi", "A cat")));
  }

  @Test
  void longPromptIsCutWithAnEllipsis() {
    String s = UiMetadata.staticSummary(request("seedanceapi", "A cinematic shot of mountains at sunrise with "
        + "flowing clouds, golden light, a lone eagle circling"));
    assertEquals("8 s 720p 16:9 · seedanceapi · 'A cinematic shot of mountains at sunrise with flowing clouds…'", s);
  }

  @Test
  void whitespaceInThePromptIsFolded() {
    assertEquals("8 s 720p 16:9 · p · 'a b c'", UiMetadata.staticSummary(request("p", "  a\n\tb   c ")));
  }

  @Test
  void summaryNeverExceeds200BytesAndCutsOnCodePoints() {
    String emoji = "😀".repeat(500);
    String s = UiMetadata.staticSummary(request("sim-open-api", emoji));
    assertTrue(bytes(s) <= UiMetadata.MAX_SUMMARY_BYTES, s);
    assertTrue(s.endsWith("😀…'"), "no surrogate half before the ellipsis: " + s);
    String longProvider = UiMetadata.staticSummary(request("山".repeat(300), "x"));
    assertTrue(bytes(longProvider) <= UiMetadata.MAX_SUMMARY_BYTES);
    assertTrue(bytes(longProvider) > UiMetadata.MAX_SUMMARY_BYTES - 3, "filled up to the limit");
  }

  @Test
  void aRequestWithoutPromptCountsItsVisualInputs() {
    GenerationRequest r = new GenerationRequest("sim-ark", "m", null, 5, "480p", "9:16", false, false,
        "https://a/1.png", "https://a/2.png", List.of(), List.of("https://a/v.mp4"), List.of(), null);
    assertEquals("5 s 480p 9:16 · sim-ark · (no prompt: 3 visual inputs)", UiMetadata.staticSummary(r));
  }

  @Test
  void detailsAreMarkdownWithEscapedCells() {
    String d = UiMetadata.staticDetails(request("sim-open-api", "line one\nline two"));
    assertTrue(d.contains("| provider | `sim-open-api` |"), d);
    assertTrue(d.contains("| durationSeconds | `8` |"), d);
    assertTrue(d.contains("`https://img.example/a\\|b.png`"), d);
    assertTrue(d.contains("> line one\n> line two\n"), d);
    assertFalse(d.contains("lastFrameUrl"), "absent inputs are left out");
    assertFalse(d.contains("| seed |"), "unset options are left out");
  }

  @Test
  void detailsShowEveryInputAndOptionWithoutQueryStrings() {
    GenerationRequest r = new GenerationRequest("sim-ark", "m", "p", 5, "480p", "9:16", true, true,
        "https://cdn.example/first.png?X-Amz-Signature=abc123&X-Amz-Credential=key", null,
        List.of("https://cdn.example/ref.png#frag"), List.of("https://cdn.example/v.mp4?token=s3cr3t"),
        List.of("https://cdn.example/a.mp3"), new GenerationOptions(42L, true, "flex", true, 172800, false));
    String d = UiMetadata.staticDetails(r);
    assertFalse(d.contains("abc123") || d.contains("s3cr3t") || d.contains("Credential") || d.contains("frag"), d);
    assertTrue(d.contains("| firstFrameUrl | `https://cdn.example/first.png?…` |"), d);
    assertTrue(d.contains("| referenceImageUrls[0] | `https://cdn.example/ref.png` |"), d);
    assertTrue(d.contains("| referenceVideoUrls[0] | `https://cdn.example/v.mp4?…` |"), d);
    assertTrue(d.contains("| referenceAudioUrls[0] | `https://cdn.example/a.mp3` |"), d);
    for (String row : List.of("| seed | `42` |", "| watermark | `true` |", "| serviceTier | `flex` |",
        "| returnLastFrame | `true` |", "| executionExpiresAfterSeconds | `172800` |", "| contentFilter | `false` |",
        "| generateAudio | `true` |", "| fixedLens | `true` |")) {
      assertTrue(d.contains(row), row + " in\n" + d);
    }
  }

  @Test
  void currentDetailsShowPhaseEtaAndLastPollResult() {
    JobStatus waiting = new JobStatus(Phase.WAITING, "sim-open-api", "req_abc", "processing", 40,
        1_795_000_000_000L, 1, 3, 1, "429 rate limited", null);
    String d = UiMetadata.currentDetails(waiting);
    assertTrue(d.contains("**Phase** WAITING · 40%"), d);
    assertTrue(d.contains("**ETA (next poll)** 2026-11-18T11:06:40Z"), d);
    assertTrue(d.contains("**Last poll result** `processing` · provider `sim-open-api` · task `req_abc`"), d);
    assertTrue(d.contains("**Attempts** 1 · **polls** 3 · **webhooks** 1"), d);
    assertTrue(d.contains("**Last error** `429 rate limited`"), d);
    assertEquals(d, UiMetadata.currentDetails(waiting), "deterministic");
  }

  @Test
  void currentDetailsBeforeTheSubmitAndAfterTheDownload() {
    String submitting = UiMetadata.currentDetails(
        new JobStatus(Phase.SUBMITTING, "p", null, null, 0, null, 0, 0, 0, null, null));
    assertTrue(submitting.contains("**ETA (next poll)** —"), submitting);
    assertTrue(submitting.contains("**Last poll result** — · provider `p` · task —"), submitting);
    assertFalse(submitting.contains("Last error"), submitting);
    VideoFile video = new VideoFile("/data/videos/j/clip.mp4", 848120, "af41", 8.0, 1280, 720);
    String done = UiMetadata.currentDetails(new JobStatus(Phase.SUCCEEDED, "p", "t", "succeeded", 100, null, 1, 2, 1,
        null, new GenerationResult("j", video, "p", "t", 1, 2, 1, null)));
    assertTrue(done.contains("**Video** `/data/videos/j/clip.mp4` · 848120 bytes · 8.00 s · 1280x720"), done);
  }

  @Test
  void withoutQueryKeepsPlainUrls() {
    assertEquals("https://a/b.png", UiMetadata.withoutQuery("https://a/b.png"));
    assertEquals("https://a/b.png?…", UiMetadata.withoutQuery("https://a/b.png?sig=1#x"));
    assertEquals(null, UiMetadata.withoutQuery(null));
  }
}
