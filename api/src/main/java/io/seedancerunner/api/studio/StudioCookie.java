package io.seedancerunner.api.studio;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/**
 * The studio's sign-in cookie: it carries the API key (or JWT) the user typed, HttpOnly,
 * SameSite=Strict, path {@code /studio}, so that scripts cannot read it and other sites cannot
 * send it. {@link StudioTokenReader} hands it to the same token validators as
 * {@code Authorization: Bearer}.
 */
final class StudioCookie {

  /** The cookie's name. */
  static final String NAME = "seedance_studio";
  /** The path the cookie is sent for, and the only one it is read for. */
  static final String PATH = "/studio";
  /** How long a sign-in lasts. */
  static final Duration MAX_AGE = Duration.ofHours(12);

  private StudioCookie() {}

  /**
   * @param token the key or JWT
   * @param secure whether the request came over HTTPS (then the cookie is Secure too)
   * @return the cookie to set
   */
  static Cookie signIn(String token, boolean secure) {
    return Cookie.of(NAME, token).httpOnly(true).sameSite(SameSite.Strict).path(PATH).maxAge(MAX_AGE).secure(secure);
  }

  /** @return a cookie that removes the sign-in */
  static Cookie signOut() {
    return Cookie.of(NAME, "").httpOnly(true).sameSite(SameSite.Strict).path(PATH).maxAge(0);
  }
}
