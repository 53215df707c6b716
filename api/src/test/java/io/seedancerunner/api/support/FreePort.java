package io.seedancerunner.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A TCP port free at the moment of asking, for tests that must name their ports up front. */
public final class FreePort {

  private FreePort() {}

  /** @return a free port */
  public static int get() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
