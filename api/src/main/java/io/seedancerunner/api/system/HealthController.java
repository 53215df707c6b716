package io.seedancerunner.api.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code GET /health}: 200 {@code {"status":"UP","temporal":{"status":"UP"}}} when Temporal answers,
 * else 503 with {@code "DOWN"} and the reason. On in every {@code seedance serve} process, the api
 * switched off included, so that a worker-only or simulator-only container has a healthcheck too
 * (docker-compose.yml).
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HealthController {

  private final TemporalProbe probe;

  /** @param probe asks Temporal */
  public HealthController(TemporalProbe probe) {
    this.probe = probe;
  }

  /**
   * One dependency's health.
   *
   * @param status {@code UP} or {@code DOWN}
   * @param error  why it is down, else null
   */
  public record Component(String status, String error) {}

  /**
   * The body.
   *
   * @param status   {@code UP} when every dependency is up, else {@code DOWN}
   * @param temporal the Temporal frontend
   */
  public record Health(String status, Component temporal) {}

  /** @return 200 when Temporal answers, 503 otherwise */
  @Get(produces = MediaType.APPLICATION_JSON)
  public HttpResponse<Health> health() {
    String problem = probe.problem();
    if (problem == null) {
      return HttpResponse.ok(new Health("UP", new Component("UP", null)));
    }
    return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(new Health("DOWN", new Component("DOWN", problem)));
  }
}
