package io.seedancerunner.worker.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded dev server starts with the db file and every search attribute of the shared list. */
class DevServerCommandTest {

  @Test
  void passesTheDbFileAndEverySearchAttributeOfScriptsList() throws Exception {
    List<String> cmd = DevServer.command(Path.of("/usr/bin/temporal"), Path.of("/d"), 7233, 8233);
    assertEquals(List.of("/usr/bin/temporal", "server", "start-dev", "--db-filename", "/d/temporal.db",
        "--port", "7233", "--ui-port", "8233"), cmd.subList(0, 9));
    List<String> fromFile = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../scripts/search-attributes.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        fromFile.add("--search-attribute");
        fromFile.add(line.strip().replaceAll("\\s+", "="));
      }
    }
    assertEquals(fromFile, cmd.subList(cmd.indexOf("--search-attribute"), cmd.size()));
  }
}
