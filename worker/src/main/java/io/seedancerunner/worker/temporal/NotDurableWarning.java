package io.seedancerunner.worker.temporal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * On the in-process fallback only: every answer to a request that may move money (any
 * {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} under {@code /v1}: jobs, storyboards,
 * budgets) carries an HTTP {@code Warning: 199} header (RFC 9111 section 5.5) saying that jobs and
 * budgets are not kept ({@link TemporalTarget#NOT_KEPT}).
 */
@ServerFilter("/v1/**")
@Requires(beans = TemporalTarget.class)
@Requires(classes = ServerFilter.class)
public class NotDurableWarning {

  /** Header name. */
  public static final String HEADER = "Warning";

  private final TemporalTarget target;

  /** @param target which server this runner uses */
  public NotDurableWarning(TemporalTarget target) {
    this.target = target;
  }

  /**
   * @param request  the request
   * @param response its answer, given the header when the server keeps nothing
   */
  @ResponseFilter
  public void warn(HttpRequest<?> request, MutableHttpResponse<?> response) {
    HttpMethod m = request.getMethod();
    if (!target.durable() && (m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH
        || m == HttpMethod.DELETE)) {
      response.header(HEADER, "199 seedance-runner \"" + TemporalTarget.NOT_KEPT + "\"");
    }
  }
}
