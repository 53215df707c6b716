package io.seedancerunner.worker.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.net.ServerSocket;
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
 *       api and a worker in separate processes must share a configured one).</li>
 * </ul>
 */
public final class RunnerDefaults {

  static final String PORT = "micronaut.server.port";
  static final String PUBLIC_BASE_URL = "seedance.public-base-url";
  static final String WEBHOOK_TOKEN_SECRET = "seedance.webhook-token-secret";

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
   * @throws IOException when no free port can be found
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
