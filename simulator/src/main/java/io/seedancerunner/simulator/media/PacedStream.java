package io.seedancerunner.simulator.media;

import io.seedancerunner.simulator.admin.FileRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a slice of a file from disk (never the whole file in memory), optionally throttled to
 * a number of bytes per second, optionally cut short: when truncating it sends about half the
 * slice and then fails, which makes the server drop the connection although it announced the
 * full {@code Content-Length}. Counts the bytes it hands out into a {@link FileRequest}.
 */
final class PacedStream extends InputStream {

  private static final int CHUNK = 16 * 1024;

  private final InputStream source;
  private final long bytesPerSecond;
  private final boolean truncate;
  private final FileRequest record;
  private final long startNanos = System.nanoTime();
  private long remaining;
  private long sent;

  /**
   * @param file           the file
   * @param start          first byte offset
   * @param length         bytes in the slice
   * @param bytesPerSecond throttle; 0 = unlimited
   * @param truncate       send only half the slice, then fail
   * @param record         where to count bytes sent
   * @throws IOException when the file cannot be opened
   */
  PacedStream(Path file, long start, long length, long bytesPerSecond, boolean truncate,
      FileRequest record) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(start);
    this.source = Channels.newInputStream(channel);
    this.bytesPerSecond = bytesPerSecond;
    this.truncate = truncate;
    this.record = record;
    this.remaining = truncate ? length / 2 : length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      if (truncate) {
        throw new IOException("simulated truncated download");
      }
      return -1;
    }
    int chunk = bytesPerSecond > 0 ? (int) Math.max(1024, Math.min(CHUNK, bytesPerSecond / 8)) : CHUNK;
    int n = source.read(b, off, (int) Math.min(Math.min(len, chunk), remaining));
    if (n < 0) {
      return -1;
    }
    remaining -= n;
    sent += n;
    record.addBytes(n);
    pace();
    return n;
  }

  private void pace() throws IOException {
    if (bytesPerSecond <= 0) {
      return;
    }
    long due = startNanos + sent * 1_000_000_000L / bytesPerSecond;
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("download interrupted", e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
