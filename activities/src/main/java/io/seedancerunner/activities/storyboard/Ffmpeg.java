package io.seedancerunner.activities.storyboard;

import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the FFmpeg command-line tools ({@code ffmpeg}, {@code ffprobe}) with {@link ProcessBuilder}:
 * arguments as a list (no shell), output captured, a time limit.
 *
 * <p>Errors: a tool that exits non-zero, or cannot be started, fails with the non-retryable
 * {@link StoryboardActivities#FFMPEG_FAILED} naming the tool and the last lines it printed; one that
 * runs past the limit is killed and fails the same way.
 */
@Singleton
public class Ffmpeg {

  private static final int TAIL_CHARS = 1500;

  private final MediaToolsConfig config;

  /** @param config where the tools are and how long a run may take */
  public Ffmpeg(MediaToolsConfig config) {
    this.config = config;
  }

  /**
   * @param args ffmpeg's arguments, without the program
   * @return what ffmpeg printed on stderr
   */
  public String ffmpeg(List<String> args) {
    return run(config.getFfmpeg(), args).stderr();
  }

  /**
   * @param args ffprobe's arguments, without the program
   * @return what ffprobe printed on stdout
   */
  public String ffprobe(List<String> args) {
    return run(config.getFfprobe(), args).stdout();
  }

  private record Output(String stdout, String stderr) {}

  private Output run(String program, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(program);
    command.addAll(args);
    Process process;
    try {
      process = new ProcessBuilder(command).start();
      // Nothing to say on stdin: ffmpeg would otherwise wait there for interactive keys.
      process.getOutputStream().close();
    } catch (IOException e) {
      throw failed(program + " could not be started (" + e.getMessage() + "); install FFmpeg or set seedance.media."
          + (program.equals(config.getFfprobe()) ? "ffprobe" : "ffmpeg"));
    }
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try {
      Duration limit = config.getTimeout();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failed(program + " ran longer than " + limit.toSeconds() + " s and was stopped");
      }
      Output output = new Output(out.get(), err.get());
      if (process.exitValue() != 0) {
        throw failed(program + " exited with " + process.exitValue() + ": " + tail(output.stderr()));
      }
      return output;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(program + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading " + program + "'s output failed", e.getCause());
    }
  }

  private static String read(InputStream in) {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(String text) {
    String t = text.strip();
    return t.length() <= TAIL_CHARS ? t : "..." + t.substring(t.length() - TAIL_CHARS);
  }

  static ApplicationFailure failed(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, StoryboardActivities.FFMPEG_FAILED);
  }
}
