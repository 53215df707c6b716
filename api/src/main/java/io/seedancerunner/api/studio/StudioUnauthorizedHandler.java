package io.seedancerunner.api.studio;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Micronaut Security's answer to a refused request, except that a studio page without a valid
 * sign-in gets a 401 HTML page that sends the browser to {@code /studio/sign-in} (a link, and a
 * refresh for browsers), and a studio page the role does not allow a 403 HTML page. API routes
 * answer exactly as before.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class StudioUnauthorizedHandler extends DefaultAuthorizationExceptionHandler {

  /** Wires the parts, as the handler it replaces. */
  public StudioUnauthorizedHandler(ErrorResponseProcessor<?> errors, RedirectConfiguration redirect,
      RedirectService redirects, List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
      @Nullable PriorToLoginPersistence priorToLogin) {
    super(errors, redirect, redirects, challenges, priorToLogin);
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    String path = request.getPath();
    if (!path.equals("/studio") && !path.startsWith("/studio/")) {
      return super.handle(request, exception);
    }
    if (exception.isForbidden()) {
      return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE)
          .body("<!doctype html><html lang=\"en\"><title>Not allowed</title><p>Your key's role may not do this. "
              + "<a href=\"/studio\">Back to the studio</a></p></html>");
    }
    String signIn = "/studio/sign-in" + (request.getCookies().contains(StudioCookie.NAME) ? "?refused=1" : "");
    return HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_HTML_TYPE)
        .header("Refresh", "0; url=" + signIn)
        .body("<!doctype html><html lang=\"en\"><meta http-equiv=\"refresh\" content=\"0; url=" + signIn + "\">"
            + "<title>Sign in</title><p>Please <a href=\"" + signIn + "\">sign in to the studio</a> with your API key.</p></html>");
  }
}
