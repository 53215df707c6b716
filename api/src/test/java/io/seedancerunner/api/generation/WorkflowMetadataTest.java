package io.seedancerunner.api.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowMetadataTest {

  private static GenerationRequest request(String provider, String prompt) {
    return new GenerationRequest(provider, "seedance-2.0", prompt, 8, "720p", "16:9", false, false,
        "https://img.example/a|b.png", null, List.of());
  }

  @Test
  void shortPromptIsShownWhole() {
    assertEquals("8 s 720p 16:9 · sim-open-api · 'A cat'", WorkflowMetadata.summary(request("sim-open-api", "A cat")));
  }

  @Test
  void longPromptIsCutWithAnEllipsis() {
    String s = WorkflowMetadata.summary(request("sim-open-api", "A cinematic shot of mountains at sunrise with "
        + "flowing clouds, golden light, a lone eagle circling"));
    assertTrue(s.startsWith("8 s 720p 16:9 · sim-open-api · 'A cinematic shot of mountains"), s);
    assertTrue(s.endsWith("…'"), s);
  }

  @Test
  void summaryNeverExceeds200Bytes() {
    String multiByte = "山".repeat(500);
    String s = WorkflowMetadata.summary(request("sim-open-api", multiByte));
    assertTrue(s.getBytes(StandardCharsets.UTF_8).length <= 200, s);
    String longProvider = WorkflowMetadata.summary(request("p".repeat(300), "x"));
    assertTrue(longProvider.getBytes(StandardCharsets.UTF_8).length <= 200);
  }

  @Test
  void detailsAreMarkdownWithEscapedCells() {
    String d = WorkflowMetadata.details(request("sim-open-api", "line one\nline two"));
    assertTrue(d.contains("| provider | `sim-open-api` |"), d);
    assertTrue(d.contains("`https://img.example/a\\|b.png`"), d);
    assertTrue(d.contains("> line one\n> line two\n"), d);
    assertFalse(d.contains("lastFrameUrl"), "absent inputs are left out");
  }
}
