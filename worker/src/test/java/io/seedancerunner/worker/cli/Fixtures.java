package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Status answers in the API's shape, for the fake API. */
final class Fixtures {

  static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /**
   * @param id     storyboard id
   * @param status the storyboard's status word
   * @param state  the workflow state
   * @param shots  per shot: phase and progress, as {@code "WAITING:40"}
   * @return a {@code GET /v1/storyboards/{id}} answer
   */
  static ObjectNode storyboard(String id, String status, String state, String... shots) {
    ObjectNode s = JSON.createObjectNode().put("storyboardId", id).put("title", "Product film")
        .put("status", status).put("workflowState", state);
    ArrayNode list = s.putArray("shots");
    double total = 0;
    for (int i = 0; i < shots.length; i++) {
      String[] p = shots[i].split(":");
      ObjectNode shot = list.addObject().put("shot", i + 1).put("jobId", id + "/shot-" + (i + 1))
          .put("continuity", i % 2 == 0 ? "cut" : "continue").put("phase", p[0])
          .put("progressPercent", Integer.parseInt(p[1])).put("durationSeconds", 5)
          .put("take", p[0].equals("PENDING") ? 0 : 1);
      if (p[0].equals("SUCCEEDED")) {
        shot.put("cost", 0.5).put("file", "/data/videos/" + id + "/shot-" + (i + 1) + "/clip.mp4");
        total += 0.5;
      }
    }
    s.put("cost", total).put("shotsTotal", shots.length)
        .put("shotsDone", (int) java.util.Arrays.stream(shots).filter(x -> x.startsWith("SUCCEEDED")).count());
    return s;
  }

  /** @return {@link #storyboard} with a finished film and contact sheet */
  static ObjectNode finished(String id, int shots) {
    String[] done = new String[shots];
    java.util.Arrays.fill(done, "SUCCEEDED:100");
    ObjectNode s = storyboard(id, "SUCCEEDED", "COMPLETED", done);
    s.putObject("film").put("path", "/data/storyboards/" + id + "/film.mp4").put("bytes", 123456)
        .put("durationSeconds", 5.0 * shots);
    s.putObject("contactSheet").put("path", "/data/storyboards/" + id + "/contact-sheet.jpg");
    return s;
  }

  /** @return a {@code GET /v1/generations/{id}} answer for a finished clip */
  static ObjectNode clip(String id) {
    ObjectNode s = JSON.createObjectNode().put("jobId", id).put("status", "SUCCEEDED")
        .put("workflowState", "COMPLETED").put("progressPercent", 100).put("providerTaskId", "task-9");
    s.putObject("result").putObject("video").put("path", "/data/videos/" + id + "/clip.mp4")
        .put("bytes", 2048).put("durationSeconds", 5.0).put("width", 1280).put("height", 720).put("sha256", "ab12");
    return s;
  }
}
