package io.seedancerunner.api.studio;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the studio's sign-in cookie ({@link StudioCookie}) as a token, for paths under
 * {@code /studio} only: the API routes keep taking nothing but {@code Authorization: Bearer}. The
 * token then goes through the same validators (API keys, JWT) as a bearer token.
 */
@Singleton
public class StudioTokenReader implements TokenReader<HttpRequest<?>> {

  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    String path = request.getPath();
    if (!path.equals(StudioCookie.PATH) && !path.startsWith(StudioCookie.PATH + "/")) {
      return Optional.empty();
    }
    return request.getCookies().findCookie(StudioCookie.NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
  }
}
