package io.seedancerunner.activities.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.support.Accounts;
import io.seedancerunner.activities.support.ManualClock;
import io.seedancerunner.activities.support.TinyHttpServer;
import io.seedancerunner.workflows.generation.Failures;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ProviderHttp} with its {@link RateGate}: a held-back request never reaches the wire and
 * fails as retryable {@code rate_limited_locally} with the gate's wait as next retry delay.
 */
class ProviderHttpGateTest {

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T10:00:00Z"));

  @Test
  void after429EveryRequestOfTheAccountWaitsForRetryAfterWithoutSending() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(429, Map.of("Retry-After", "7"),
        "{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}");
         ProviderHttp http = new ProviderHttp(account(server, 0), clock)) {
      HttpAnswer first = http.send(Call.READ, HttpRequest.GET(http.url("/api/v1/tasks/a")));
      assertEquals(429, first.status());

      clock.advance(Duration.ofSeconds(2));
      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> http.send(Call.SUBMIT, HttpRequest.POST(http.url("/api/v1/video/seedance2"), "{}")));
      assertHeldBack(f, Duration.ofSeconds(5));
      assertEquals(1, server.requests().size(), "nothing was sent while blocked");

      clock.advance(Duration.ofSeconds(5));
      assertEquals(429, http.send(Call.READ, HttpRequest.GET(http.url("/api/v1/tasks/b"))).status());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void aFullWindowHoldsTheRequestBackUntilTheOldestSendLeavesIt() throws Exception {
    try (TinyHttpServer server = TinyHttpServer.answering(200, Map.of(), "{\"ok\":true}");
         ProviderHttp http = new ProviderHttp(account(server, 2), clock)) {
      assertEquals(200, http.send(Call.READ, HttpRequest.GET(http.url("/status"))).status());
      clock.advance(Duration.ofSeconds(20));
      assertEquals(200, http.send(Call.READ, HttpRequest.GET(http.url("/status"))).status());
      clock.advance(Duration.ofMillis(1500));

      ApplicationFailure f = assertThrows(ApplicationFailure.class,
          () -> http.send(Call.SUBMIT, HttpRequest.POST(http.url("/generate"), "{}")));
      assertHeldBack(f, Duration.ofMillis(60_000 + 2_000 - 21_500));
      assertEquals(2, server.requests().size());
    }
  }

  private static void assertHeldBack(ApplicationFailure f, Duration wait) {
    assertEquals(Failures.PROVIDER_RATE_LIMITED, f.getType(), f.getOriginalMessage());
    assertFalse(f.isNonRetryable(), "a held-back submit is not ambiguous: it never left");
    assertEquals(ProviderErrors.RATE_LIMITED_LOCALLY, f.getDetails().get(0, String.class));
    assertEquals(0, f.getDetails().get(1, Integer.class));
    assertEquals(wait, f.getNextRetryDelay());
    assertFalse(f.getOriginalMessage().contains("k_secret"), f.getOriginalMessage());
  }

  private static ProviderConfig account(TinyHttpServer server, int requestsPerMinute) {
    ProviderConfig c = Accounts.account("s2ai", "seedance2ai", server.baseUrl(), "k_secret");
    c.setRateLimitRequests(requestsPerMinute);
    return c;
  }
}
