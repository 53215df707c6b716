package io.seedancerunner.worker.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Starts the one-process runtime: Micronaut with the api, the worker and the simulator, talking
 * to the Temporal server {@link TemporalTarget} chooses. Fills the two settings a fresh clone
 * lacks: a free HTTP port (8080 when free) and a random webhook token secret for this process.
 */
public final class RunnerContext {

  private RunnerContext() {}

  /**
   * @param extra properties that win over application.yml and the environment
   * @return the started context; close it to stop everything
   * @throws IOException when no port can be found
   */
  public static ApplicationContext start(Map<String, Object> extra) throws IOException {
    Map<String, Object> props = new HashMap<>();
    int port = extra.containsKey("micronaut.server.port")
        ? Integer.parseInt(String.valueOf(extra.get("micronaut.server.port")))
        : System.getenv("SEEDANCE_PORT") != null ? Integer.parseInt(System.getenv("SEEDANCE_PORT")) : portOr8080();
    props.put("micronaut.server.port", port);
    if (System.getenv("SEEDANCE_PUBLIC_BASE_URL") == null
        && System.getProperty("seedance.public-base-url") == null) {
      props.put("seedance.public-base-url", "http://localhost:" + port);
    }
    if (System.getenv("SEEDANCE_WEBHOOK_TOKEN_SECRET") == null
        && System.getProperty("seedance.webhook-token-secret") == null) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      props.put("seedance.webhook-token-secret", HexFormat.of().formatHex(secret));
    }
    props.putAll(extra);
    return Micronaut.build(new String[0]).mainClass(RunnerContext.class).banner(false)
        .properties(props).start();
  }

  private static int portOr8080() throws IOException {
    try (ServerSocket s = new ServerSocket(8080)) {
      return 8080;
    } catch (IOException busy) {
      return TemporalTarget.freePort();
    }
  }
}
