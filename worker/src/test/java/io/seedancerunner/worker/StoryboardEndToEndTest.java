package io.seedancerunner.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.seedancerunner.api.storyboards.StoryboardReader;
import io.seedancerunner.worker.cli.RunnerContext;
import io.seedancerunner.activities.storyboard.ClipProbe;
import io.seedancerunner.worker.temporal.TemporalTarget;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotPhase;
import io.seedancerunner.workflows.storyboard.ShotStatus;
import io.seedancerunner.workflows.storyboard.Storyboard;
import io.seedancerunner.workflows.storyboard.StoryboardInput;
import io.seedancerunner.workflows.storyboard.StoryboardResult;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.seedancerunner.workflows.model.WaitPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 6-shot product film of {@code examples/} on the embedded default (in-process Temporal, the
 * simulator's {@code open-api} account): every shot generated and downloaded, {@code continue}
 * shots started from the last frame FFmpeg took from the shot before (served by the api), and a
 * {@code film.mp4} whose duration, read with FFmpeg's libraries, is the sum of the shots' (±0.1 s a shot),
 * with its contact sheet.
 */
class StoryboardEndToEndTest {

  static ApplicationContext ctx;
  static Path data;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("seedance-storyboard-e2e");
    port = TemporalTarget.freePort();
    ctx = RunnerContext.start(Map.of(
        "micronaut.server.port", port,
        "seedance.temporal.mode", "in-process",
        "seedance.data-dir", data.toString(),
        "seedance.public-base-url", "http://localhost:" + port,
        "seedance.webhook-token-secret", "storyboard-e2e-token-secret-0123456789",
        "simulator.generation-seconds", 2,
        "simulator.video-dir", data.resolve("sim-videos").toString()));
  }

  @AfterAll
  static void stop() {
    ctx.close();
  }

  @Test
  void theProductFilmExampleBecomesOneFilmWithAContactSheet() throws Exception {
    Path file = Path.of("../examples/product-film.yaml");
    Storyboard storyboard = ctx.getBean(StoryboardReader.class).read(Files.readString(file), file.toString());
    WorkflowClient client = ctx.getBean(WorkflowClient.class);
    StoryboardWorkflow wf = client.newWorkflowStub(StoryboardWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId("product-film").setTaskQueue(TaskQueues.WORKFLOWS).build());
    WorkflowClient.start(wf::run, new StoryboardInput("product-film", storyboard, WaitPolicy.defaults(), 0));

    StoryboardResult result = WorkflowStub.fromTyped(wf).getResult(5, TimeUnit.MINUTES, StoryboardResult.class);

    int expected = 0;
    for (Shot s : storyboard.shots()) {
      expected += s.durationSeconds() != null ? s.durationSeconds() : storyboard.defaults().durationSeconds();
    }
    assertEquals(6, result.shots().size());
    assertTrue(result.shots().stream().allMatch(s -> s.phase() == ShotPhase.SUCCEEDED && s.childRuns() == 1),
        result.shots().toString());
    assertFalse(result.partial());
    Path film = Path.of(result.filmPath());
    assertEquals(data.resolve("storyboards/product-film/film.mp4").toRealPath(), film.toRealPath());
    assertEquals(expected, ffprobeDuration(film), 0.1 * 6, "the film lasts as long as its shots together");
    assertEquals(result.film().durationSeconds(), ffprobeDuration(film), 0.01);

    BufferedImage sheet = ImageIO.read(Path.of(result.contactSheetPath()).toFile());
    // Six 320x180 tiles in one row, 4 px padding and margin.
    assertEquals(6 * 320 + 5 * 4 + 2 * 4, sheet.getWidth());
    assertEquals(180 + 2 * 4, sheet.getHeight());

    // Shots 2, 3 and 5 continue: they started from a frame of the shot before, served by the api.
    for (int n : new int[] {2, 3, 5}) {
      ShotStatus before = result.shots().get(n - 2);
      String frameUrl = before.lastFrameUrl();
      assertTrue(frameUrl != null && frameUrl.startsWith("http://localhost:" + port + "/v1/frames/"),
          "shot " + (n - 1) + " handed on " + frameUrl);
      HttpResponse<byte[]> frame = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(frameUrl)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, frame.statusCode());
      BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(frame.body()));
      assertEquals(1280, image.getWidth());
      assertEquals(720, image.getHeight());
    }
    assertEquals(null, result.shots().get(2).lastFrameUrl(), "shot 4 is a cut: nothing continues from shot 3");
    assertEquals(null, result.shots().get(5).lastFrameUrl(), "the last shot hands on nothing");
  }

  private static double ffprobeDuration(Path file) {
    return new ClipProbe().probe(file).durationSeconds();
  }

}
