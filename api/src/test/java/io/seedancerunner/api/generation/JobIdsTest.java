package io.seedancerunner.api.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdsTest {

  @Test
  void idempotencyKeyGivesAStableId() {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertEquals("gen-ba7816bf8f01cfea414140de5dae2223", JobIds.fromIdempotencyKey("abc"));
    assertTrue(JobIds.random().matches("gen-[0-9a-f-]{36}"));
    assertNotEquals(JobIds.random(), JobIds.random());
  }

  @Test
  void fingerprintDependsOnEveryField() {
    GenerationRequest a = new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, false, null, null, List.of());
    GenerationRequest b = new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, true, null, null, List.of());
    assertEquals(JobIds.requestSha256(a), JobIds.requestSha256(
        new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, false, null, null, null)));
    assertNotEquals(JobIds.requestSha256(a), JobIds.requestSha256(b));
    assertEquals(64, JobIds.requestSha256(a).length());
  }
}
