package io.seedancerunner.simulator.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.seedancerunner.simulator.SimulatorSettings;
import jakarta.inject.Singleton;

/**
 * The base of absolute URLs the simulator hands out (result files): {@code simulator.public-url}
 * when set, else {@code http://<Host header>}, else the server's own address.
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class BaseUrls {

  private final SimulatorSettings settings;

  /** @param settings shared settings */
  public BaseUrls(SimulatorSettings settings) {
    this.settings = settings;
  }

  /**
   * @param request the request being answered
   * @return for example {@code http://localhost:8080}, no trailing slash
   */
  public String of(HttpRequest<?> request) {
    return settings.publicUrl().orElseGet(() -> {
      String host = request.getHeaders().get(HttpHeaders.HOST);
      if (host == null || host.isBlank()) {
        host = request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort();
      }
      return "http://" + host.trim();
    });
  }

  /**
   * @param baseUrl base URL from {@link #of(HttpRequest)}
   * @param taskId  task id
   * @return the task's result file URL: {@code <base>/sim/files/<taskId>.mp4}
   */
  public static String resultUrl(String baseUrl, String taskId) {
    return baseUrl + "/sim/files/" + taskId + ".mp4";
  }
}
