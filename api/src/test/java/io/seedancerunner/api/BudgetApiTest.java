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
import java.util.List;
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
    assertEquals(404, read.status(), "a GET starts no ledger for a tenant nobody configured: " + read.text());
    assertEquals(404, send("GET", "/v1/tenants/budget-api-test/budget", null).status(), "and did not start one");
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
  void moneyIsADecimalUpToABillionWithAtMostSixPlacesAndNeverClamped() {
    for (String body : List.of("{\"budgetUsd\":1e300}", "{\"budgetUsd\":1000000000.000001}",
        "{\"budgetUsd\":0.0000001}", "{\"budgetUsd\":\"12\"}", "{\"budgetUsd\":-1}", "{}")) {
      Http.Answer a = send("PUT", "/v1/tenants/money-test/budget", body);
      assertEquals(400, a.status(), body + " -> " + a.text());
      assertEquals(List.of("budgetUsd"), a.fieldNames(), body + " -> " + a.text());
    }
    for (String body : List.of("{\"usd\":0}", "{\"usd\":1e10}", "{\"usd\":0.1234567}")) {
      Http.Answer a = send("POST", "/v1/tenants/money-test/budget/top-up", body);
      assertEquals(400, a.status(), body + " -> " + a.text());
      assertEquals(List.of("usd"), a.fieldNames(), body + " -> " + a.text());
    }
    Http.Answer max = send("PUT", "/v1/tenants/money-test/budget", "{\"budgetUsd\":1000000000}");
    assertEquals(200, max.status(), max.text());
    assertEquals(1e9, max.json().path("budgetUsd").asDouble(), 1e-3);
    Http.Answer exact = send("PUT", "/v1/tenants/money-test/budget", "{\"budgetUsd\":12.345678}");
    assertEquals(200, exact.status(), exact.text());
    assertEquals(12.345678, exact.json().path("budgetUsd").asDouble(), 1e-9);
  }

  @Test
  void badPageParametersAreNamed() {
    Http.Answer a = send("GET", "/v1/tenants/default/budget?limit=abc&offset=-1", null);
    assertEquals(400, a.status(), a.text());
    assertEquals(List.of("offset", "limit"), a.fieldNames(), a.text());
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
