package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.SearchAttributes;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Temporal dev server ({@code temporal server start-dev}) for the tests that kill a worker:
 * the in-process Java test server never hands a killed worker's tasks to another worker
 * (README, "Tests"). The {@code temporal} CLI must be installed ({@code scripts/temporal-cli.sh});
 * nothing is downloaded. Every {@link SearchAttributes#ALL} attribute is registered.
 */
final class DevServer {

  private DevServer() {}

  static TemporalDevServer start() {
    List<String> args = new ArrayList<>();
    SearchAttributes.ALL.forEach((name, type) -> {
      args.add("--search-attribute");
      args.add(name + "=" + cliType(type));
    });
    return TemporalDevServer.start(TemporalDevServerOptions.newBuilder()
        .setExistingPath(cli().toString())
        .setDownloadEnabled(false)
        .setUiEnabled(false)
        .setLogLevel("error")
        .setExtraArgs(args)
        .build());
  }

  private static String cliType(IndexedValueType type) {
    return switch (type) {
      case INDEXED_VALUE_TYPE_KEYWORD -> "Keyword";
      case INDEXED_VALUE_TYPE_INT -> "Int";
      case INDEXED_VALUE_TYPE_DOUBLE -> "Double";
      case INDEXED_VALUE_TYPE_BOOL -> "Bool";
      case INDEXED_VALUE_TYPE_DATETIME -> "Datetime";
      case INDEXED_VALUE_TYPE_TEXT -> "Text";
      default -> "KeywordList";
    };
  }

  /**
   * @return the temporal CLI: where scripts/temporal-cli.sh installs it from PyPI
   *     ({@code .tools/temporal/bin/temporal} in the working directory or a parent), else on PATH
   */
  static Path cli() {
    List<Path> candidates = new ArrayList<>();
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      candidates.add(d.resolve(".tools/temporal/bin/temporal"));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir, "temporal"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
        "this test needs the temporal CLI: run scripts/temporal-cli.sh"));
  }
}
