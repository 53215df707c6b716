package io.seedancerunner.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.TestCredentials;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every route Micronaut's router knows, so that a new route cannot slip past: each answers
 * 401 without a credential, except provider callbacks, provider-fetched frames, {@code /health} and
 * the OpenAPI document with its UI, and the studio's sign-in page, sign-out and static files;
 * a credential that matches no key is 401 too.
 */
@MicronautTest
class RouteSecurityTest {

  /** Routes that need no credential, and why: providers call them, or they are health. */
  static final Pattern PUBLIC = Pattern.compile("/v1/webhooks/.*|/v1/frames/.*|/health|/openapi\\.yml|/swagger.*"
      + "|/studio/sign-in|/studio/sign-out|/studio/static/.*");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  Router router;

  /** @return every (method, concrete path) the router serves, variables filled with {@code x1} */
  List<String[]> routes() {
    List<String[]> out = new ArrayList<>();
    router.uriRoutes().forEach((UriRouteInfo<?, ?> r) -> {
      String path = r.getUriMatchTemplate().toString().replaceAll("\\{[?&/][^}]*}", "")
          .replaceAll("\\{[^}]*}", "x1");
      out.add(new String[] {r.getHttpMethodName(), path});
    });
    return out;
  }

  @Test
  void everyRouteButCallbacksFramesAndHealthAnswers401WithoutACredential() {
    List<String[]> routes = routes();
    assertTrue(routes.size() >= 18, "the router lists the api's routes: " + routes.size());
    int checked = 0;
    for (String[] route : routes) {
      if (PUBLIC.matcher(route[1]).matches()) {
        continue;
      }
      HttpMethod method = HttpMethod.valueOf(route[0]);
      var request = HttpRequest.create(method, route[1]).header(TestCredentials.ANONYMOUS, "1");
      if (method.permitsRequestBody()) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE).body("{}");
      }
      Http.Answer a = Http.send(client, request);
      assertEquals(401, a.status(), route[0] + " " + route[1] + " without a credential: " + a.text());
      Http.Answer wrong = Http.send(client, HttpRequest.create(method, route[1]).bearerAuth("not-a-key")
          .contentType(MediaType.APPLICATION_JSON_TYPE).body(method.permitsRequestBody() ? "{}" : null));
      assertEquals(401, wrong.status(), route[0] + " " + route[1] + " with an unknown key: " + wrong.text());
      checked++;
    }
    assertTrue(checked >= 15, "checked " + checked + " routes");
  }

  @Test
  void healthAndCallbacksNeedNoCredential() {
    Http.Answer health = Http.send(client, HttpRequest.GET("/health").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, health.status(), health.text());
    Http.Answer hook = Http.send(client, HttpRequest.POST("/v1/webhooks/sim-open-api/gen-x/bad-token", "{}")
        .header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(401, hook.status(), "a callback is judged by its own token, not a credential: " + hook.text());
    assertTrue(hook.text().contains("webhook token"), hook.text());
  }
}
