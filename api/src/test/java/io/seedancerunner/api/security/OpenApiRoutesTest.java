package io.seedancerunner.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.seedancerunner.api.support.Http;
import io.seedancerunner.api.support.TestCredentials;
import java.util.Iterator;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document micronaut-openapi wrote at build time, served at {@code /openapi.yml}
 * without a credential, with its bearer security scheme; every operation in it but the
 * provider-facing ones answers 401 without a credential, and it lists every route the router has.
 */
@MicronautTest
class OpenApiRoutesTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  Router router;

  private JsonNode spec() throws Exception {
    Http.Answer a = Http.send(client, HttpRequest.GET("/openapi.yml").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, a.status(), a.text());
    return new YAMLMapper().readTree(a.body());
  }

  @Test
  void theServedSpecHasTheBearerSchemeAndTheUiLoads() throws Exception {
    JsonNode spec = spec();
    assertEquals("bearer", spec.path("components").path("securitySchemes").path("bearer").path("scheme").asText());
    assertTrue(spec.path("security").toString().contains("bearer"), spec.path("security").toString());
    Http.Answer ui = Http.send(client, HttpRequest.GET("/swagger-ui").header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, ui.status());
    assertTrue(ui.text().contains("swagger-ui"), ui.text());
    Http.Answer bundle = Http.send(client, HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js")
        .header(TestCredentials.ANONYMOUS, "1"));
    assertEquals(200, bundle.status());
    String uiSpec = ui.text().replaceAll("(?s).*contextPath \\+ '(/swagger/[^']+)'.*", "$1");
    assertEquals(200, Http.send(client, HttpRequest.GET(uiSpec).header(TestCredentials.ANONYMOUS, "1")).status(), uiSpec);
  }

  @Test
  void everyOperationOfTheSpecButProviderFacingOnesAnswers401WithoutACredential() throws Exception {
    JsonNode paths = spec().path("paths");
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      String concrete = path.getKey().replaceAll("\\{[^}]*}", "x1");
      for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
        HttpMethod method = HttpMethod.valueOf(m.next().toUpperCase());
        operations++;
        if (RouteSecurityTest.PUBLIC.matcher(concrete).matches()) {
          continue;
        }
        var request = HttpRequest.create(method, concrete).header(TestCredentials.ANONYMOUS, "1");
        if (method.permitsRequestBody()) {
          request.contentType(MediaType.APPLICATION_JSON_TYPE).body("{}");
        }
        Http.Answer a = Http.send(client, request);
        assertEquals(401, a.status(), method + " " + path.getKey() + ": " + a.text());
      }
    }
    java.util.List<String> missing = router.uriRoutes()
        .filter(r -> !r.getHttpMethodName().equals("HEAD") && !r.getHttpMethodName().equals("OPTIONS"))
        .map(r -> r.getHttpMethodName().toLowerCase() + " " + r.getUriMatchTemplate().toString()
            .replaceAll("\\{[?&][^}]*}", "").replace("{+", "{"))
        // the studio's HTML pages are for people and hidden from the API's document (README "Studio")
        .filter(r -> !r.matches(".* (/openapi\\.yml|/swagger.*|/studio.*)"))
        .filter(r -> !paths.path(r.substring(r.indexOf(' ') + 1)).has(r.substring(0, r.indexOf(' '))))
        .toList();
    assertEquals(java.util.List.of(), missing, "the spec lists every route the router serves");
    assertTrue(operations >= 20, "operations: " + operations);
  }
}
