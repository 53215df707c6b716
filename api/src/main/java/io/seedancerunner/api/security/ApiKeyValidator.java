package io.seedancerunner.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.generation.JobPolicyReader;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an {@code Authorization: Bearer <key>} against the configured {@link ApiKeyEntry}s: the
 * key's SHA-256 must equal an entry's (compared in constant time). Micronaut Security's
 * {@code BearerTokenReader} hands it the token; a token that matches no key yields no
 * authentication, so another validator (JWT) may still accept it, else the request gets 401.
 *
 * <p>Entries with a malformed hash, tenant or role are skipped with one warning at start (their
 * name only; a hash is not a secret but is not logged either).
 */
@Singleton
public class ApiKeyValidator implements TokenValidator<HttpRequest<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(ApiKeyValidator.class);

  private final Map<String, Authentication> byHash = new HashMap<>();

  /** @param entries every {@code seedance.api.keys.<name>} entry */
  public ApiKeyValidator(List<ApiKeyEntry> entries) {
    for (ApiKeyEntry e : entries) {
      String sha = e.getSha256() == null ? "" : e.getSha256().strip().toLowerCase(Locale.ROOT);
      Role role = Role.parse(e.getRole()).orElse(null);
      if (!sha.matches("[0-9a-f]{64}") || role == null || e.getTenant() == null
          || !JobPolicyReader.TENANT.matcher(e.getTenant()).matches()) {
        LOG.warn("API key entry seedance.api.keys.{} is ignored: it needs sha256 (64 hex digits), tenant ({}) and "
            + "role (one of {})", e.getName(), JobPolicyReader.TENANT_RULE, Role.ids());
        continue;
      }
      byHash.put(sha, Caller.authentication("key:" + e.getName(), e.getTenant(), role));
    }
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    byte[] given = JobIds.sha256(token.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    for (Map.Entry<String, Authentication> e : byHash.entrySet()) {
      if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
        return Publishers.just(e.getValue());
      }
    }
    return Publishers.empty();
  }
}
