package io.seedancerunner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Budgets over HTTP: 402 on a refused admission, the tenant endpoints, job-policy validation. */
@MicronautTest
class BudgetApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  private Http.Answer send(String method, String path, String body) {
    return Http.send(client, HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
        .contentType(MediaType.APPLICATION_JSON_TYPE).body(body));
  }

  @Test
  void aJobItsBudgetCannotCoverIsRefusedWith402() {
    Http.Answer a = send("POST", "/v1/generations", "{\"prompt\":\"a lake at dawn [broke]\"}");
    assertEquals(402, a.status(), a.text());
    assertEquals("budget_exceeded", a.json().path("error").asText());
    assertTrue(a.json().path("message").asText().contains("exceeds the balance"), a.text());
  }

  @Test
  void tenantBudgetCanBeReadSetAndToppedUp() {
    Http.Answer read = send("GET", "/v1/tenants/budget-api-test/budget", null);
    assertEquals(200, read.status(), read.text());
    assertEquals(0, read.json().path("budgetUsd").asDouble(), 1e-9, "a tenant nobody configured starts at 0");
    JsonNode set = send("PUT", "/v1/tenants/budget-api-test/budget", "{\"budgetUsd\":50}").json();
    assertEquals(50, set.path("budgetUsd").asDouble(), 1e-9);
    JsonNode up = send("POST", "/v1/tenants/budget-api-test/budget/top-up", "{\"usd\":5}").json();
    assertEquals(55, up.path("budgetUsd").asDouble(), 1e-9);
    assertEquals(55, up.path("balanceUsd").asDouble(), 1e-9);
    assertEquals("TOP_UP", up.path("entries").get(0).path("kind").asText());

    Http.Answer bad = send("PUT", "/v1/tenants/budget-api-test/budget", "{\"budgetUsd\":-1}");
    assertEquals(400, bad.status(), bad.text());
    assertTrue(bad.text().contains("budgetUsd"), bad.text());
    assertEquals(25, send("GET", "/v1/tenants/default/budget", null).json().path("budgetUsd").asDouble(), 1e-9,
        "the configured budget of seedance.tenants.default");
  }

  @Test
  void jobPolicyFieldsAreChecked() {
    Http.Answer a = send("POST", "/v1/generations",
        "{\"prompt\":\"a lake at dawn\",\"maxAttempts\":0,\"fallbacks\":[{\"model\":\"no-such-model\"}]}");
    assertEquals(400, a.status(), a.text());
    assertTrue(a.text().contains("maxAttempts"), a.text());
    assertTrue(a.text().contains("fallbacks[0].model"), a.text());
  }
}
