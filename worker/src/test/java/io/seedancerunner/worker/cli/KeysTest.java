package io.seedancerunner.worker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seedance keys create} and the embedded runner's local operator key file. */
class KeysTest {

  @Test
  void keysCreatePrintsTheKeyOnceAndTheConfigLinesWithItsHash() {
    Cli.Run r = Cli.run("keys", "create", "--tenant", "acme", "--role", "submitter", "--name", "acme-ci");
    assertEquals(0, r.exit(), r.out() + r.err());
    Matcher key = Pattern.compile("(?m)^  (sdr_[0-9a-f]{64})$").matcher(r.out());
    assertTrue(key.find(), r.out());
    assertTrue(r.out().contains("      acme-ci:\n        sha256: " + LocalOperatorKey.sha256(key.group(1))
        + "\n        tenant: acme\n        role: submitter"), r.out());
    assertEquals(1, r.out().split(key.group(1), -1).length - 1, "the key is printed once");
  }

  @Test
  void keysCreateRefusesAnUnknownRoleOrTenant() {
    Cli.Run role = Cli.run("keys", "create", "--tenant", "acme", "--role", "admin");
    assertEquals(2, role.exit());
    assertTrue(role.err().contains("viewer, submitter, operator"), role.err());
    assertEquals(2, Cli.run("keys", "create", "--tenant", "a b", "--role", "viewer").exit());
  }

  @Test
  void theLocalOperatorKeyIsMadeOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
    String key = LocalOperatorKey.ensure(data.resolve("fresh"));
    Path file = data.resolve("fresh").resolve(LocalOperatorKey.FILE);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(key.matches("sdr_[0-9a-f]{64}"), key);
    assertEquals(key, LocalOperatorKey.ensure(data.resolve("fresh")), "a second start keeps the key");
    assertEquals(key, LocalOperatorKey.read(data.resolve("fresh")));
  }
}
