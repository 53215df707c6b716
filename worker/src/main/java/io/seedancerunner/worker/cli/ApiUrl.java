package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.cli.remote.RunnerApi;
import picocli.CommandLine.Option;

/**
 * The {@code --api-url} option the client commands share (a picocli mixin). Unset, it falls
 * back to env {@code SEEDANCE_API_URL}, then to {@code http://localhost:<SEEDANCE_PORT or 8080>},
 * where {@code seedance serve} listens by default ({@code micronaut.server.port} in
 * application.yml).
 */
public class ApiUrl {

  /** The env variable naming a running runner's base URL. */
  public static final String ENV = "SEEDANCE_API_URL";

  @Option(names = "--api-url", paramLabel = "URL",
      description = "Base URL of a running runner (`seedance serve`); default: env " + ENV
          + ", else http://localhost:8080 (or SEEDANCE_PORT).")
  String url;

  /** @return the URL given by option or env, or null when neither is set */
  public String explicit() {
    if (url != null && !url.isBlank()) {
      return url;
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? null : env;
  }

  /** @return the explicit URL, else the local default */
  public String orLocalDefault() {
    String given = explicit();
    if (given != null) {
      return given;
    }
    String port = System.getenv("SEEDANCE_PORT");
    return "http://localhost:" + (port == null || port.isBlank() ? "8080" : port.strip());
  }

  /** @return a client for {@link #orLocalDefault()} */
  public RunnerApi client() {
    return new RunnerApi(orLocalDefault());
  }
}
