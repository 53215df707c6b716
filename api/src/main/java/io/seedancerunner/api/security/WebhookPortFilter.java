package io.seedancerunner.api.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.seedancerunner.api.error.ApiError;
import java.util.regex.Pattern;

/**
 * With {@code seedance.api.webhook-port} set, the server listens on a second port for the
 * providers (Micronaut listeners {@code micronaut.server.netty.listeners.*}, which the embedded
 * runner configures from that key). On that port only the provider-facing routes answer: provider
 * callbacks ({@code /v1/webhooks/**}), the frames providers fetch ({@code /v1/frames/**}) and
 * {@code /health}; everything else is 404 there, before authentication, so the control API can
 * stay on a private address while the callback port faces the internet.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "seedance.api.webhook-port")
public class WebhookPortFilter implements Ordered {

  /** Paths served on the webhook port. */
  public static final Pattern PROVIDER_FACING = Pattern.compile("/v1/webhooks/.*|/v1/frames/.*|/health");

  private final int webhookPort;

  /** @param webhookPort {@code seedance.api.webhook-port} */
  public WebhookPortFilter(@Value("${seedance.api.webhook-port}") int webhookPort) {
    this.webhookPort = webhookPort;
  }

  /**
   * @param request the request
   * @return a 404 for a control route reached through the webhook port; null to go on
   */
  @RequestFilter
  @Nullable
  public HttpResponse<ApiError> onlyProviderRoutes(HttpRequest<?> request) {
    if (request.getServerAddress().getPort() != webhookPort || PROVIDER_FACING.matcher(request.getPath()).matches()) {
      return null;
    }
    return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(ApiError.of("not_found", "the webhook port serves provider callbacks, frames and /health only"));
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
