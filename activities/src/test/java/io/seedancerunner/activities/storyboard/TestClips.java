package io.seedancerunner.activities.storyboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Real little MP4s made with the ffmpeg CLI (test pattern, optional tone), for the media tests. */
final class TestClips {

  private TestClips() {}

  /**
   * @param file    where to write
   * @param seconds duration
   * @param width   pixels
   * @param height  pixels
   * @param fps     frame rate
   * @param tone    whether to add an AAC sine tone
   * @return the file
   */
  static Path make(Path file, double seconds, int width, int height, int fps, boolean tone)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
        String.format(Locale.ROOT, "testsrc2=size=%dx%d:rate=%d:duration=%.3f", width, height, fps, seconds)));
    if (tone) {
      cmd.addAll(List.of("-f", "lavfi", "-i", String.format(Locale.ROOT, "sine=frequency=440:duration=%.3f", seconds),
          "-c:a", "aac", "-ar", "48000", "-ac", "2"));
    }
    cmd.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
        file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException("ffmpeg could not make a test clip: " + out);
    }
    return file;
  }
}
