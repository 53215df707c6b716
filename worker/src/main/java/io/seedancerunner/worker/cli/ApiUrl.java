package io.seedancerunner.worker.cli;

import io.seedancerunner.worker.cli.remote.RunnerApi;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --api-url} option the client commands share (a picocli mixin). Unset, it falls
 * back to env {@code SEEDANCE_API_URL}, then to {@code http://localhost:<SEEDANCE_PORT or 8080>},
 * where {@code seedance serve} listens by default ({@code micronaut.server.port} in
 * application.yml). The credential comes from env {@value #KEY_ENV}, or for the local default
 * from the local operator key file ({@link LocalOperatorKey}).
 */
public class ApiUrl {

  /** The env variable naming a running runner's base URL. */
  public static final String ENV = "SEEDANCE_API_URL";
  /** The env variable holding the API key (or JWT) for a runner named by {@code --api-url}. */
  public static final String KEY_ENV = "SEEDANCE_API_KEY";

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

  /**
   * @return a client for {@link #orLocalDefault()} with the credential {@link #key()} finds
   */
  public RunnerApi client() {
    return new RunnerApi(orLocalDefault(), key());
  }

  /**
   * The credential: env {@value #KEY_ENV} when set; else, for the local default URL only, the
   * local operator key in the data directory (env {@code SEEDANCE_DATA_DIR}, default
   * {@code data}) that the embedded runner made at first start.
   *
   * @return the key, or null when there is none (the runner then answers 401)
   */
  public String key() {
    String env = System.getenv(KEY_ENV);
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    if (explicit() != null) {
      return null;
    }
    String dir = System.getenv("SEEDANCE_DATA_DIR");
    return LocalOperatorKey.read(Path.of(dir == null || dir.isBlank() ? "data" : dir));
  }
}
