package io.seedancerunner.worker.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Starts the one-process runtime: Micronaut with the api, the worker and the simulator, talking
 * to the Temporal server {@link TemporalTarget} chooses. Fills the two settings a fresh clone
 * lacks: a free HTTP port (8080 when free), a random webhook token secret for this process, the
 * bind address 127.0.0.1 (env {@code SEEDANCE_HOST} overrides) and the local operator key
 * ({@link LocalOperatorKey}, made in the data directory at first start). With
 * {@code seedance.api.webhook-port} (env {@code SEEDANCE_WEBHOOK_PORT}) it adds a second listener
 * for provider callbacks on {@code SEEDANCE_WEBHOOK_HOST} (default 0.0.0.0).
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
    if (System.getenv("SEEDANCE_HOST") == null && System.getProperty("micronaut.server.host") == null) {
      // the embedded default answers this machine only; `SEEDANCE_HOST=0.0.0.0` opens it up
      props.put("micronaut.server.host", "127.0.0.1");
    } else if (System.getenv("SEEDANCE_HOST") != null) {
      props.put("micronaut.server.host", System.getenv("SEEDANCE_HOST"));
    }
    String webhookPort = String.valueOf(extra.getOrDefault("seedance.api.webhook-port",
        System.getProperty("seedance.api.webhook-port", System.getenv().getOrDefault("SEEDANCE_WEBHOOK_PORT", ""))));
    if (!webhookPort.isBlank()) {
      // Two Micronaut listeners: the control API on the bind address, the callbacks (filtered to
      // provider-facing routes by the api's WebhookPortFilter) on every interface.
      props.put("seedance.api.webhook-port", webhookPort);
      props.put("micronaut.server.netty.listeners.main.port", port);
      props.put("micronaut.server.netty.listeners.main.host", props.getOrDefault("micronaut.server.host", "0.0.0.0"));
      props.put("micronaut.server.netty.listeners.webhooks.port", webhookPort);
      props.put("micronaut.server.netty.listeners.webhooks.host",
          System.getenv().getOrDefault("SEEDANCE_WEBHOOK_HOST", "0.0.0.0"));
    }
    String dataDir = String.valueOf(extra.getOrDefault("seedance.data-dir", System.getProperty("seedance.data-dir",
        System.getenv().getOrDefault("SEEDANCE_DATA_DIR", "data"))));
    String tenant = System.getenv().getOrDefault("SEEDANCE_DEFAULT_TENANT", "default");
    props.put("seedance.api.keys.local-operator.sha256", LocalOperatorKey.sha256(LocalOperatorKey.ensure(Path.of(dataDir))));
    props.put("seedance.api.keys.local-operator.tenant", tenant);
    props.put("seedance.api.keys.local-operator.role", "operator");
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
