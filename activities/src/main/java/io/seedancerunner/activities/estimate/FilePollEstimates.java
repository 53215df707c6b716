package io.seedancerunner.activities.estimate;

import io.seedancerunner.workflows.generation.PollEstimateActivities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * {@link PollEstimateActivities} kept in files: one file per series under a folder (default
 * {@code <seedance.data-dir>/poll-estimates}), named by the SHA-256 of the series key, holding the
 * most recent {@link #WINDOW} generation times in seconds, one a line. Each write replaces the file
 * atomically, so a crash leaves the old or the new series, never half of one. Safe for one worker
 * process; the methods are synchronized.
 */
public final class FilePollEstimates implements PollEstimateActivities {

  /** Finished jobs kept per series (the most recent). */
  public static final int WINDOW = 100;

  private final Path dir;

  /**
   * @param dir the folder of the series files; created when missing
   * @throws UncheckedIOException when it cannot be created
   */
  public FilePollEstimates(Path dir) {
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Long learnedSeconds(String key) {
    long[] series = read(key);
    if (series.length < MIN_SAMPLES) {
      return null;
    }
    long[] sorted = series.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  @Override
  public synchronized void finished(String key, long seconds) {
    List<Long> series = new ArrayList<>();
    for (long s : read(key)) {
      series.add(s);
    }
    series.add(seconds);
    List<Long> kept = series.subList(Math.max(0, series.size() - WINDOW), series.size());
    StringBuilder text = new StringBuilder();
    kept.forEach(s -> text.append(s).append('\n'));
    try {
      Path tmp = Files.createTempFile(dir, "series", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long[] read(String key) {
    Path f = file(key);
    try {
      if (!Files.exists(f)) {
        return new long[0];
      }
      return Files.readAllLines(f, StandardCharsets.US_ASCII).stream()
          .filter(l -> !l.isBlank()).mapToLong(Long::parseLong).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String key) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(hash) + ".txt");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
