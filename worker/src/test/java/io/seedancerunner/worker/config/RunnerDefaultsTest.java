package io.seedancerunner.worker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.seedancerunner.worker.cli.LocalOperatorKey;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value from a config file is never replaced by the runner's defaults; what is missing is filled. */
class RunnerDefaultsTest {

  @TempDir
  Path dir;

  @Test
  void aConfigFilesPublicBaseUrlAndSecretAreKept() throws Exception {
    Path file = Files.writeString(dir.resolve("seedance.yml"), """
        micronaut:
          server:
            port: 9123
            host: 10.1.2.3
        seedance:
          data-dir: %s
          public-base-url: https://runner.example.com
          webhook-token-secret: from-the-file
        """.formatted(dir.resolve("data")));
    Environment env = withFile(file);
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    for (String key : new String[] {RunnerDefaults.PORT, RunnerDefaults.PUBLIC_BASE_URL,
        RunnerDefaults.WEBHOOK_TOKEN_SECRET, RunnerDefaults.HOST}) {
      assertFalse(missing.containsKey(key), key + " is configured: " + missing);
    }
    assertEquals("https://runner.example.com", env.getProperty(RunnerDefaults.PUBLIC_BASE_URL, String.class).orElseThrow());
    env.stop();
  }

  @Test
  void whatNoSourceGivesIsFilledFromThePort() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.yml"), "seedance:\n  data-dir: " + dir.resolve("data") + "\n");
    Environment env = withFile(file);
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    assertEquals(7000, missing.get(RunnerDefaults.PORT));
    assertEquals("http://localhost:7000", missing.get(RunnerDefaults.PUBLIC_BASE_URL));
    assertEquals(48, String.valueOf(missing.get(RunnerDefaults.WEBHOOK_TOKEN_SECRET)).length());
    Map<String, Object> withSecret = RunnerDefaults.missing(env, Map.of(RunnerDefaults.WEBHOOK_TOKEN_SECRET, "s"), "7000");
    assertFalse(withSecret.containsKey(RunnerDefaults.WEBHOOK_TOKEN_SECRET));
    env.stop();
  }

  @Test
  void theEmbeddedDefaultAnswersThisMachineOnlyWithALocalOperatorKey() throws Exception {
    Path data = dir.resolve("data");
    Environment env = withFile(Files.writeString(dir.resolve("d.yml"), "seedance:\n  data-dir: " + data + "\n"));
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    assertEquals("127.0.0.1", missing.get(RunnerDefaults.HOST));
    assertEquals("operator", missing.get(RunnerDefaults.LOCAL_KEY + "role"));
    assertEquals("default", missing.get(RunnerDefaults.LOCAL_KEY + "tenant"));
    assertEquals(LocalOperatorKey.sha256(LocalOperatorKey.read(data)), missing.get(RunnerDefaults.LOCAL_KEY + "sha256"));
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(data.resolve(LocalOperatorKey.FILE)));
    assertFalse(missing.containsKey("micronaut.server.netty.listeners.webhooks.port"), "no webhook port configured");
    env.stop();
  }

  @Test
  void aWebhookPortAddsASecondListenerForTheCallbacks() throws Exception {
    Environment env = withFile(Files.writeString(dir.resolve("w.yml"), """
        seedance:
          data-dir: %s
          host: 0.0.0.0
          api:
            webhook-port: 9444
        """.formatted(dir.resolve("data"))));
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    assertEquals("0.0.0.0", missing.get(RunnerDefaults.HOST));
    assertEquals(7000, missing.get("micronaut.server.netty.listeners.main.port"));
    assertEquals("9444", missing.get("micronaut.server.netty.listeners.webhooks.port"));
    assertEquals("0.0.0.0", missing.get("micronaut.server.netty.listeners.webhooks.host"));
    env.stop();
  }

  /** @return the environment the runner would see with this config file (no bean started) */
  private static Environment withFile(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, Object> values = new YamlPropertySourceLoader().read(file.toString(), in);
      Environment env = ApplicationContext.builder().deduceEnvironment(false)
          .propertySources(PropertySource.of(file.toString(), values)).build().getEnvironment();
      env.start();
      return env;
    }
  }
}
