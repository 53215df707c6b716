package io.seedancerunner.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.seedancerunner.api.support.FreePort;
import io.seedancerunner.api.support.Http;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * JWT bearer tokens: signed by a locally generated RSA key whose JWKS this test serves, checked by
 * Micronaut Security JWT through the JWKS URL in config; tenant and role come from the configured
 * claims ({@code org} and {@code groups} here).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtTest implements TestPropertyProvider {

  static final RSAKey KEY = generate("studio-key");
  static final RSAKey STRANGER = generate("stranger-key");

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    int port = FreePort.get();
    return Map.of("micronaut.server.port", String.valueOf(port),
        "test.jwks.enabled", "true",
        "micronaut.security.token.jwt.signatures.jwks.studio.url", "http://127.0.0.1:" + port + "/test-jwks",
        "seedance.api.jwt.tenant-claim", "org",
        "seedance.api.jwt.role-claim", "groups");
  }

  /** The identity provider's JWKS endpoint, for this test only. */
  @Controller("/test-jwks")
  @Requires(property = "test.jwks.enabled")
  @Secured(SecurityRule.IS_ANONYMOUS)
  static class Jwks {
    @Get(produces = MediaType.APPLICATION_JSON)
    String keys() {
      return new JWKSet(KEY.toPublicJWK()).toString();
    }
  }

  static String token(RSAKey key, String tenant, Object groups, long expiresInSeconds) {
    try {
      JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("alice@studio").claim("org", tenant)
          .claim("groups", groups).expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000)).build();
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private Http.Answer get(String path, String token) {
    return Http.send(client, HttpRequest.GET(path).bearerAuth(token));
  }

  @Test
  void aSignedTokenActsForItsClaimedTenantAndRole() {
    String viewerA = token(KEY, "tenant-a", List.of("everyone", "viewer"), 300);
    assertEquals(200, get("/v1/models", viewerA).status());
    assertEquals(200, get("/v1/tenants/tenant-a/budget", viewerA).status());
    assertEquals(403, get("/v1/tenants/tenant-b/budget", viewerA).status(), "another tenant");
    Http.Answer start = Http.send(client, HttpRequest.POST("/v1/generations", "{\"prompt\":\"jwt\"}").bearerAuth(viewerA));
    assertEquals(403, start.status(), "a viewer starts nothing: " + start.text());
    String operator = token(KEY, "ops", "operator", 300);
    assertEquals(200, get("/v1/tenants/tenant-b/budget", operator).status());
  }

  @Test
  void aForgedExpiredOrClaimlessTokenIs401() {
    assertEquals(401, get("/v1/models", token(STRANGER, "tenant-a", "operator", 300)).status(), "unknown key");
    assertEquals(401, get("/v1/models", token(KEY, "tenant-a", "operator", -600)).status(), "expired");
    assertEquals(401, get("/v1/models", token(KEY, "tenant-a", "admin", 300)).status(), "no known role");
    assertEquals(401, get("/v1/models", token(KEY, "a b", "viewer", 300)).status(), "no valid tenant");
  }

  private static RSAKey generate(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

}
