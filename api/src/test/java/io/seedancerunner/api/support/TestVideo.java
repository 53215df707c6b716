package io.seedancerunner.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small "clip" under the test data folder: byte i is {@code i % 251}, so any range is checkable. */
public final class TestVideo {

  /** The data folder the test config names ({@code seedance.data-dir}). */
  public static final Path DATA_DIR = Path.of("target", "test-data");
  /** The clip. */
  public static final Path PATH = DATA_DIR.resolve("videos").resolve("fake").resolve("clip.mp4");
  /** Its size in bytes. */
  public static final int SIZE = 10_000;
  /** A "contact sheet" next to it: the JPEG start-of-image marker and a few bytes. */
  public static final Path SHEET = DATA_DIR.resolve("storyboards").resolve("fake").resolve("contact-sheet.jpg");
  /** The contact sheet's bytes. */
  public static final byte[] SHEET_BYTES = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3};

  static {
    try {
      Files.createDirectories(PATH.getParent());
      Files.write(PATH, bytes());
      Files.createDirectories(SHEET.getParent());
      Files.write(SHEET, SHEET_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestVideo() {}

  /** @return the clip's bytes */
  public static byte[] bytes() {
    byte[] b = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      b[i] = (byte) (i % 251);
    }
    return b;
  }

  /** Makes sure the file exists (runs the static initialiser). */
  public static void ensure() {
    // class initialisation writes the file
  }
}
