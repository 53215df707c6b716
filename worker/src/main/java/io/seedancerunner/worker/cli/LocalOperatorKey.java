package io.seedancerunner.worker.cli;

import io.micronaut.context.ApplicationContext;
import io.seedancerunner.api.generation.JobIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded runner's own operator key (README "Security"): made at first start as
 * {@code <data-dir>/local-operator.key}, readable by its owner only (mode 600), and registered
 * with the api as {@code seedance.api.keys.local-operator} (its SHA-256 only). The CLI reads the
 * file to talk to a runner on this machine, so the embedded default needs no setup; whoever can
 * read the data directory is that runner's operator anyway.
 */
public final class LocalOperatorKey {

  /** The key file's name inside the data directory. */
  public static final String FILE = "local-operator.key";

  private LocalOperatorKey() {}

  /**
   * @param dataDir the data directory ({@code seedance.data-dir})
   * @return the key, made (and the directory created) when there is none yet
   * @throws IOException when the file cannot be read or written
   */
  public static String ensure(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    Files.createDirectories(dataDir);
    String key = newKey();
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException raced) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
    return key;
  }

  /**
   * @param dataDir the data directory
   * @return the key, or null when there is no key file (or it cannot be read)
   */
  public static String read(Path dataDir) {
    try {
      Path file = dataDir.resolve(FILE);
      return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * @param ctx a context started by {@link RunnerContext}
   * @return that runner's local operator key
   * @throws IOException when the file cannot be read
   */
  public static String of(ApplicationContext ctx) throws IOException {
    return ensure(Path.of(ctx.getProperty("seedance.data-dir", String.class).orElse("data")));
  }

  /** @return a new random key: {@code sdr_} + 64 hex digits (256 bits) */
  public static String newKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return "sdr_" + HexFormat.of().formatHex(bytes);
  }

  /** @return lower-case hex SHA-256 of the key's UTF-8 bytes, the form config stores */
  public static String sha256(String key) {
    return JobIds.sha256(key.getBytes(StandardCharsets.UTF_8));
  }
}
