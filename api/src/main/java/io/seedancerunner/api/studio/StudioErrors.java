package io.seedancerunner.api.studio;

import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import io.seedancerunner.api.error.ApiException;
import java.util.Map;
import java.util.function.Supplier;

/** Turns an API refusal into the studio's error page, keeping the API's status and message. */
final class StudioErrors {

  private StudioErrors() {}

  /**
   * @param action what the page does
   * @return its answer, or the error page with the refusal's status (400, 402, 404, 409, ...)
   */
  static HttpResponse<?> page(Supplier<HttpResponse<?>> action) {
    try {
      return action.get();
    } catch (ApiException e) {
      return HttpResponse.status(e.status()).body(new ModelAndView<>("studio/error",
          Map.of("status", e.status().getCode(), "error", e.body())));
    }
  }
}
