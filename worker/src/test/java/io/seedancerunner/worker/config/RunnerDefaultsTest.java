package io.seedancerunner.worker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        seedance:
          public-base-url: https://runner.example.com
          webhook-token-secret: from-the-file
        """);
    Environment env = withFile(file);
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    assertTrue(missing.isEmpty(), "nothing to fill: " + missing);
    assertEquals("https://runner.example.com", env.getProperty(RunnerDefaults.PUBLIC_BASE_URL, String.class).orElseThrow());
    env.stop();
  }

  @Test
  void whatNoSourceGivesIsFilledFromThePort() throws Exception {
    Path file = Files.writeString(dir.resolve("empty.yml"), "seedance:\n  data-dir: data\n");
    Environment env = withFile(file);
    Map<String, Object> missing = RunnerDefaults.missing(env, Map.of(), "7000");
    assertEquals(7000, missing.get(RunnerDefaults.PORT));
    assertEquals("http://localhost:7000", missing.get(RunnerDefaults.PUBLIC_BASE_URL));
    assertEquals(48, String.valueOf(missing.get(RunnerDefaults.WEBHOOK_TOKEN_SECRET)).length());
    Map<String, Object> withSecret = RunnerDefaults.missing(env, Map.of(RunnerDefaults.WEBHOOK_TOKEN_SECRET, "s"), "7000");
    assertFalse(withSecret.containsKey(RunnerDefaults.WEBHOOK_TOKEN_SECRET));
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
