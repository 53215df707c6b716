package io.seedancerunner.worker.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.value.PropertyResolver;
import io.seedancerunner.worker.cli.LocalOperatorKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The values a fresh clone lacks, filled in only where no configuration gives one, so that the
 * order Micronaut documents holds ("Externalized Configuration with PropertySources":
 * command-line / system properties, environment variables, then config files such as those of
 * {@code MICRONAUT_CONFIG_FILES}, then the jar's {@code application.yml}):
 *
 * <ul>
 *   <li>{@code micronaut.server.port}: env {@code SEEDANCE_PORT}, else 8080 when free, else a free
 *       port;</li>
 *   <li>{@code seedance.public-base-url}: {@code http://localhost:<port>};</li>
 *   <li>{@code seedance.webhook-token-secret}: 24 random bytes as hex, for this process only (an
 *       api and a worker in separate processes must share a configured one);</li>
 *   <li>{@code micronaut.server.host}: {@code seedance.host} (env {@code SEEDANCE_HOST}), else
 *       127.0.0.1, so the embedded default answers this machine only (README "Security");</li>
 *   <li>with {@code seedance.api.webhook-port} (env {@code SEEDANCE_WEBHOOK_PORT}): two Netty
 *       listeners, the control API on the bind address and the provider callbacks on
 *       {@code seedance.webhook-host} (env {@code SEEDANCE_WEBHOOK_HOST}, default 0.0.0.0);</li>
 *   <li>the {@code local-operator} API key: made once in the data directory
 *       ({@link LocalOperatorKey}), operator of {@code seedance.default-tenant}.</li>
 * </ul>
 */
public final class RunnerDefaults {

  static final String PORT = "micronaut.server.port";
  static final String PUBLIC_BASE_URL = "seedance.public-base-url";
  static final String WEBHOOK_TOKEN_SECRET = "seedance.webhook-token-secret";
  static final String HOST = "micronaut.server.host";
  static final String LOCAL_KEY = "seedance.api.keys.local-operator.";

  private RunnerDefaults() {}

  /**
   * Reads the configuration as Micronaut will (every property source, no beans started).
   *
   * @param extra properties the caller sets itself (tests); they count as configured
   * @return the defaults to add: only keys that nothing configures
   * @throws IOException when no free port can be found
   */
  public static Map<String, Object> missing(Map<String, Object> extra) throws IOException {
    try (ApplicationContext probe = ApplicationContext.builder().deduceEnvironment(false).banner(false).build()) {
      Environment env = probe.getEnvironment();
      env.start();
      try {
        return missing(env, extra, System.getenv("SEEDANCE_PORT"));
      } finally {
        env.stop();
      }
    }
  }

  /**
   * @param configured  what the property sources say
   * @param extra       the caller's own properties, which count as configured
   * @param seedancePort env {@code SEEDANCE_PORT}, or null
   * @return the defaults to add
   * @throws IOException when no free port can be found, or the local operator key cannot be written
   */
  static Map<String, Object> missing(PropertyResolver configured, Map<String, Object> extra, String seedancePort)
      throws IOException {
    Map<String, Object> out = new HashMap<>();
    Optional<String> port = value(configured, extra, PORT);
    String p = port.orElse(seedancePort != null && !seedancePort.isBlank() ? seedancePort : String.valueOf(portOr8080()));
    if (port.isEmpty()) {
      out.put(PORT, Integer.parseInt(p));
    }
    if (value(configured, extra, PUBLIC_BASE_URL).isEmpty()) {
      out.put(PUBLIC_BASE_URL, "http://localhost:" + p);
    }
    if (value(configured, extra, WEBHOOK_TOKEN_SECRET).isEmpty()) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      out.put(WEBHOOK_TOKEN_SECRET, HexFormat.of().formatHex(secret));
    }
    Optional<String> host = value(configured, extra, HOST);
    if (host.isEmpty()) {
      out.put(HOST, value(configured, extra, "seedance.host").orElse("127.0.0.1"));
    }
    Optional<String> webhookPort = value(configured, extra, "seedance.api.webhook-port")
        .or(() -> value(configured, extra, "seedance.webhook-port"));
    if (webhookPort.isPresent()) {
      out.put("seedance.api.webhook-port", webhookPort.get());
      out.put("micronaut.server.netty.listeners.main.port", Integer.parseInt(p));
      out.put("micronaut.server.netty.listeners.main.host", host.orElse(String.valueOf(out.get(HOST))));
      out.put("micronaut.server.netty.listeners.webhooks.port", webhookPort.get());
      out.put("micronaut.server.netty.listeners.webhooks.host",
          value(configured, extra, "seedance.webhook-host").orElse("0.0.0.0"));
    }
    if (value(configured, extra, LOCAL_KEY + "sha256").isEmpty()) {
      Path dataDir = Path.of(value(configured, extra, "seedance.data-dir").orElse("data"));
      out.put(LOCAL_KEY + "sha256", LocalOperatorKey.sha256(LocalOperatorKey.ensure(dataDir)));
      out.put(LOCAL_KEY + "tenant", value(configured, extra, "seedance.default-tenant").orElse("default"));
      out.put(LOCAL_KEY + "role", "operator");
    }
    return out;
  }

  private static Optional<String> value(PropertyResolver configured, Map<String, Object> extra, String key) {
    if (extra.containsKey(key)) {
      return Optional.of(String.valueOf(extra.get(key)));
    }
    return configured.getProperty(key, String.class).filter(v -> !v.isBlank());
  }

  private static int portOr8080() throws IOException {
    try (ServerSocket s = new ServerSocket(8080)) {
      return 8080;
    } catch (IOException busy) {
      try (ServerSocket s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    }
  }
}
