package io.seedancerunner.api.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdsTest {

  @Test
  void idempotencyKeyGivesAStableId() {
    // sha256("default\0abc") = fa597ab61003724b893071f58e20e8f89466766eb5c162339fa82ab0837f95ef
    assertEquals("gen-fa597ab61003724b893071f58e20e8f8", JobIds.fromIdempotencyKey("default", "abc"));
    assertNotEquals(JobIds.fromIdempotencyKey("default", "abc"), JobIds.fromIdempotencyKey("acme", "abc"),
        "keys are scoped per tenant");
    assertTrue(JobIds.random().matches("gen-[0-9a-f-]{36}"));
    assertNotEquals(JobIds.random(), JobIds.random());
  }

  @Test
  void fingerprintDependsOnEveryField() {
    GenerationRequest a = new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, false, null, null, List.of());
    GenerationRequest b = new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, true, null, null, List.of());
    JobPolicy policy = new JobPolicy("default", 3, List.of());
    assertEquals(JobIds.requestSha256(a, policy), JobIds.requestSha256(
        new GenerationRequest("p", "m", "x", 8, "720p", "16:9", false, false, null, null, null), policy));
    assertNotEquals(JobIds.requestSha256(a, policy), JobIds.requestSha256(b, policy));
    assertNotEquals(JobIds.requestSha256(a, policy), JobIds.requestSha256(a, new JobPolicy("acme", 3, List.of())));
    assertNotEquals(JobIds.requestSha256(a, policy), JobIds.requestSha256(a, new JobPolicy("default", 4, List.of())));
    assertEquals(64, JobIds.requestSha256(a, policy).length());
  }
}
