package io.seedancerunner.api.error;

import io.micronaut.http.HttpRequest;

/** Names a request for log lines without the parts of its path that may carry a webhook token. */
public final class RouteNames {

  private static final String WEBHOOKS = "/v1/webhooks/";

  private RouteNames() {}

  /**
   * @param request the request
   * @return its path, with everything after {@code /v1/webhooks/} replaced by the route template
   */
  public static String template(HttpRequest<?> request) {
    String path = request.getPath();
    return path.startsWith(WEBHOOKS) ? WEBHOOKS + "{provider}/{jobId}/{token}" : path;
  }
}
