package io.seedancerunner.worker.temporal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code temporal} CLI: on {@code PATH}, else where {@code go install} puts it
 * ({@code $GOBIN}, {@code $GOPATH/bin}, {@code ~/go/bin}); see {@code scripts/temporal-cli.sh}.
 */
public final class TemporalCli {

  private TemporalCli() {}

  /** @return the executable, or empty when it is not installed */
  public static Optional<Path> find() {
    List<Path> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    if (System.getenv("GOBIN") != null) {
      dirs.add(Path.of(System.getenv("GOBIN")));
    }
    if (System.getenv("GOPATH") != null) {
      dirs.add(Path.of(System.getenv("GOPATH"), "bin"));
    }
    dirs.add(Path.of(System.getProperty("user.home"), "go", "bin"));
    return dirs.stream().map(d -> d.resolve("temporal")).filter(Files::isExecutable).findFirst();
  }
}
