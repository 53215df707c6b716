package io.seedancerunner.simulator.seedance2ai;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.seedancerunner.simulator.Dialect;
import io.seedancerunner.simulator.tasks.SimClock;
import io.seedancerunner.simulator.tasks.TaskPhase;
import io.seedancerunner.simulator.tasks.TaskStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Serves the {@code output.last_frame_url} of completed seedance2ai tasks:
 * {@code GET /sim/seedance2ai/frames/{taskId}.png}, a small grey PNG, without authentication (like
 * a CDN link). Our choice: it is outside the dialect's API path, so it takes no quota slot; a task
 * that is unknown, foreign or not completed answers 404.
 */
@Controller(Seedance2AiFrames.PATH)
@Requires(property = "simulator.enabled", notEquals = "false")
public class Seedance2AiFrames {

  /** Where the frames are served. */
  static final String PATH = "/sim/seedance2ai/frames";

  private static final byte[] PNG = grey(160, 90);

  private final TaskStore store;
  private final SimClock clock;

  /**
   * @param store tasks
   * @param clock simulator clock
   */
  public Seedance2AiFrames(TaskStore store, SimClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * @param file {@code <taskId>.png}
   * @return 200 {@code image/png}, or 404
   */
  @Get("/{file}")
  public HttpResponse<byte[]> frame(String file) {
    if (!file.endsWith(".png")) {
      return HttpResponse.notFound();
    }
    String id = file.substring(0, file.length() - ".png".length());
    boolean done = store.find(id).filter(t -> t.dialect() == Dialect.SEEDANCE2AI)
        .map(t -> t.observe(clock.now()).phase() == TaskPhase.SUCCEEDED).orElse(false);
    return done ? HttpResponse.ok(PNG).contentType(MediaType.IMAGE_PNG_TYPE) : HttpResponse.notFound();
  }

  private static byte[] grey(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, 128);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
