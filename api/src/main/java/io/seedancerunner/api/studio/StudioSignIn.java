package io.seedancerunner.api.studio;

import io.micronaut.context.annotation.Requires;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;

/**
 * The studio's only anonymous routes: {@code GET /studio/sign-in} (a form for an API key or JWT),
 * {@code POST /studio/sign-in} (stores it in the {@link StudioCookie} and sends the browser to
 * {@code /studio}; a key no validator accepts then meets the sign-in page again),
 * {@code POST /studio/sign-out}, and the static files under {@code /studio/static/}
 * ({@code htmx.min.js}, htmx 2.0.11 from npm {@code htmx.org}, and {@code studio.css}).
 */
@Hidden // HTML pages for people, not part of the JSON API's OpenAPI document
@Controller("/studio")
@Requires(property = "seedance.api.enabled", notEquals = "false")
@Secured(SecurityRule.IS_ANONYMOUS)
public class StudioSignIn {

  private static final Map<String, MediaType> ASSETS = Map.of(
      "htmx.min.js", MediaType.of("text/javascript"),
      "studio.css", MediaType.of("text/css"));

  private final ResourceResolver resources;

  /** @param resources finds the static files on the classpath */
  public StudioSignIn(ResourceResolver resources) {
    this.resources = resources;
  }

  /**
   * The sign-in form's body.
   *
   * @param key an API key or a JWT
   */
  @Introspected
  public record SignIn(@Nullable String key) {}

  /** @return the sign-in page */
  @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> form(@io.micronaut.http.annotation.QueryValue @Nullable String refused) {
    return new ModelAndView<>("studio/sign-in", Map.of("refused", refused != null));
  }

  /** @return 303 to {@code /studio} with the cookie set; 303 back to the form for an empty key */
  @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> signIn(@Body SignIn body, HttpRequest<?> request) {
    if (body.key() == null || body.key().isBlank() || body.key().length() > 8192) {
      return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/studio/sign-in?refused=1")));
    }
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/studio")))
        .cookie(StudioCookie.signIn(body.key().strip(), request.isSecure()));
  }

  /** @return 303 to the sign-in page with the cookie removed */
  @Post(value = "/sign-out", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
  public HttpResponse<?> signOut() {
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/studio/sign-in")))
        .cookie(StudioCookie.signOut());
  }

  /** @return a static file, 404 for any other name */
  @Get("/static/{name}")
  public HttpResponse<?> asset(@PathVariable String name) {
    MediaType type = ASSETS.get(name);
    if (type == null) {
      return HttpResponse.notFound();
    }
    return resources.getResourceAsStream("classpath:studio/static/" + name)
        .<HttpResponse<?>>map(in -> HttpResponse.ok(new StreamedFile(in, type))
            .header("Cache-Control", "public, max-age=3600"))
        .orElseGet(HttpResponse::notFound);
  }
}
