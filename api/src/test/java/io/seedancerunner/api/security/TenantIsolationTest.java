package io.seedancerunner.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.TestCredentials;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenants kept apart (README "Security"): a submitter of tenant A cannot read, download, cancel
 * or reshoot tenant B's objects (404), cannot change any budget (403) and cannot bill another
 * tenant (403); an operator can do all of these. Idempotency keys are scoped per tenant.
 */
@MicronautTest
class TenantIsolationTest {

  @Inject
  @Client("/")
  HttpClient client;

  private Http.Answer send(String key, HttpMethod method, String path, String body) {
    MutableHttpRequest<?> r = HttpRequest.create(method, path).bearerAuth(key);
    if (body != null) {
      r.contentType(path.startsWith("/v1/storyboards") && method == HttpMethod.POST && !path.contains("/")
          ? MediaType.APPLICATION_YAML_TYPE : MediaType.APPLICATION_JSON_TYPE).body(body);
    }
    return Http.send(client, r);
  }

  private String startJob(String key, String prompt) {
    Http.Answer a = send(key, HttpMethod.POST, "/v1/generations", "{\"prompt\":\"" + prompt + "\"}");
    assertEquals(202, a.status(), a.text());
    return a.json().path("jobId").asText();
  }

  private String startStoryboard(String key) {
    String id = "sb-iso-" + UUID.randomUUID().toString().substring(0, 8);
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/storyboards?id=" + id,
        "title: iso\ndefaults:\n  provider: sim-open-api\n  durationSeconds: 4\nshots:\n  - prompt: A lighthouse at dusk\n")
        .contentType("application/yaml").bearerAuth(key));
    assertEquals(202, a.status(), a.text());
    return id;
  }

  @Test
  void anotherTenantsJobIs404ForASubmitterAndVisibleToAnOperator() {
    String job = startJob(TestCredentials.SUBMITTER_A, "a job of tenant A");
    for (String[] r : new String[][] {{"GET", "/v1/generations/" + job}, {"GET", "/v1/generations/" + job + "/video"},
        {"POST", "/v1/generations/" + job + "/cancel"}}) {
      Http.Answer b = send(TestCredentials.SUBMITTER_B, HttpMethod.valueOf(r[0]), r[1], r[0].equals("POST") ? "" : null);
      assertEquals(404, b.status(), "tenant B on " + r[1] + ": " + b.text());
      assertEquals("not_found", b.json().path("error").asText());
    }
    assertEquals(200, send(TestCredentials.SUBMITTER_A, HttpMethod.GET, "/v1/generations/" + job, null).status());
    assertEquals(200, send(TestCredentials.VIEWER_A, HttpMethod.GET, "/v1/generations/" + job, null).status());
    Http.Answer op = send(TestCredentials.OPERATOR, HttpMethod.GET, "/v1/generations/" + job, null);
    assertEquals(200, op.status(), op.text());
    assertEquals(job, op.json().path("jobId").asText());
    assertEquals(202, send(TestCredentials.OPERATOR, HttpMethod.POST, "/v1/generations/" + job + "/cancel", "").status());
  }

  @Test
  void anotherTenantsStoryboardIs404ForASubmitterAndVisibleToAnOperator() {
    String sb = startStoryboard(TestCredentials.SUBMITTER_A);
    for (String[] r : new String[][] {{"GET", "/v1/storyboards/" + sb}, {"GET", "/v1/storyboards/" + sb + "/film"},
        {"GET", "/v1/storyboards/" + sb + "/contact-sheet"}, {"POST", "/v1/storyboards/" + sb + "/shots/1/reshoot"},
        {"POST", "/v1/storyboards/" + sb + "/cancel"}}) {
      Http.Answer b = send(TestCredentials.SUBMITTER_B, HttpMethod.valueOf(r[0]), r[1], r[0].equals("POST") ? "{}" : null);
      assertEquals(404, b.status(), "tenant B on " + r[1] + ": " + b.text());
    }
    Http.Answer taken = Http.send(client, HttpRequest.POST("/v1/storyboards?id=" + sb, "title: x\nshots:\n  - prompt: p\n")
        .contentType("application/yaml").bearerAuth(TestCredentials.SUBMITTER_B));
    assertEquals(409, taken.status(), "tenant B cannot take over tenant A's storyboard id: " + taken.text());
    assertEquals(200, send(TestCredentials.SUBMITTER_A, HttpMethod.GET, "/v1/storyboards/" + sb, null).status());
    assertEquals(200, send(TestCredentials.OPERATOR, HttpMethod.GET, "/v1/storyboards/" + sb, null).status());
    assertEquals(202, send(TestCredentials.OPERATOR, HttpMethod.POST, "/v1/storyboards/" + sb + "/cancel", "").status());
  }

  @Test
  void onlyAnOperatorChangesBudgetsOrBillsAnotherTenant() {
    assertEquals(403, send(TestCredentials.SUBMITTER_A, HttpMethod.PUT, "/v1/tenants/tenant-a/budget",
        "{\"budgetUsd\":5000}").status(), "not even its own budget");
    assertEquals(403, send(TestCredentials.SUBMITTER_A, HttpMethod.POST, "/v1/tenants/tenant-a/budget/top-up",
        "{\"usd\":1}").status());
    assertEquals(403, send(TestCredentials.SUBMITTER_A, HttpMethod.GET, "/v1/tenants/tenant-b/budget", null).status(),
        "another tenant's budget");
    assertEquals(200, send(TestCredentials.VIEWER_A, HttpMethod.GET, "/v1/tenants/tenant-a/budget", null).status());
    Http.Answer billB = send(TestCredentials.SUBMITTER_A, HttpMethod.POST, "/v1/generations",
        "{\"prompt\":\"bill B\",\"tenant\":\"tenant-b\"}");
    assertEquals(403, billB.status(), billB.text());
    assertEquals("tenant", billB.json().path("fields").get(0).path("field").asText());
    Http.Answer sbB = Http.send(client, HttpRequest.POST("/v1/storyboards?tenant=tenant-b", "title: x\nshots:\n  - prompt: p\n")
        .contentType("application/yaml").bearerAuth(TestCredentials.SUBMITTER_A));
    assertEquals(403, sbB.status(), sbB.text());
    assertEquals(403, send(TestCredentials.VIEWER_A, HttpMethod.POST, "/v1/generations", "{\"prompt\":\"viewer\"}")
        .status(), "a viewer starts nothing");
    assertEquals(403, send(TestCredentials.SUBMITTER_A, HttpMethod.POST, "/v1/generations/gen-x/resubmit", "")
        .status(), "resubmit is for operators");

    assertEquals(200, send(TestCredentials.OPERATOR, HttpMethod.PUT, "/v1/tenants/tenant-b/budget",
        "{\"budgetUsd\":1000}").status());
    assertEquals(200, send(TestCredentials.OPERATOR, HttpMethod.POST, "/v1/tenants/tenant-b/budget/top-up",
        "{\"usd\":1}").status());
    Http.Answer opBills = send(TestCredentials.OPERATOR, HttpMethod.POST, "/v1/generations",
        "{\"prompt\":\"billed to B by an operator\",\"tenant\":\"tenant-b\"}");
    assertEquals(202, opBills.status(), opBills.text());
    assertEquals(200, send(TestCredentials.SUBMITTER_B, HttpMethod.GET, "/v1/generations/"
        + opBills.json().path("jobId").asText(), null).status(), "the job belongs to the tenant it bills");
  }

  @Test
  void idempotencyKeysAreScopedPerTenant() {
    String key = "shared-key-" + UUID.randomUUID();
    Http.Answer a = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"same key\"}")
        .contentType(MediaType.APPLICATION_JSON_TYPE).header("Idempotency-Key", key).bearerAuth(TestCredentials.SUBMITTER_A));
    Http.Answer b = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"same key\"}")
        .contentType(MediaType.APPLICATION_JSON_TYPE).header("Idempotency-Key", key).bearerAuth(TestCredentials.SUBMITTER_B));
    assertEquals(202, a.status(), a.text());
    assertEquals(202, b.status(), "tenant B's key is its own: " + b.text());
    assertNotEquals(a.json().path("jobId").asText(), b.json().path("jobId").asText());
    Http.Answer again = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"same key\",\"maxAttempts\":2}")
        .contentType(MediaType.APPLICATION_JSON_TYPE).header("Idempotency-Key", key).bearerAuth(TestCredentials.SUBMITTER_A));
    assertEquals(409, again.status(), "same key, another maxAttempts: " + again.text());
    assertEquals("idempotency_conflict", again.json().path("error").asText());
  }
}
