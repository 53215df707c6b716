package io.seedancerunner.simulator.ark;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedancerunner.simulator.support.Sim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The ark dialect of a test simulator: raw calls to {@code /sim/ark/api/v3} with the default key. */
final class ArkSim implements AutoCloseable {

  static final String TASKS = "/sim/ark/api/v3/contents/generations/tasks";
  static final String KEY = ArkSettings.DEFAULT_API_KEY;
  static final String MODEL = ArkModels.SEEDANCE_2_0;

  final Sim sim;

  private ArkSim(Sim sim) {
    this.sim = sim;
  }

  /** @param extra simulator properties on top of the test defaults */
  static ArkSim start(Map<String, Object> extra) {
    return new ArkSim(Sim.start(extra));
  }

  /** @return a text-to-video body for the default model, 480p, 4 s */
  static String text(String prompt) {
    return "{\"model\":\"" + MODEL + "\",\"content\":[{\"type\":\"text\",\"text\":\"" + prompt + "\"}],"
        + "\"resolution\":\"480p\",\"duration\":4}";
  }

  /** @return the create answer */
  HttpResponse<String> create(String body) {
    return sim.post(TASKS, body, KEY);
  }

  /** @return the new task's id; fails unless the create answered 200 */
  String createOk(String body) {
    HttpResponse<String> r = create(body);
    if (r.statusCode() != 200) {
      throw new AssertionError("create answered " + r.statusCode() + ": " + r.body());
    }
    return Sim.json(r).get("id").asText();
  }

  /** @return the GET answer */
  HttpResponse<String> get(String id) {
    return sim.get(TASKS + "/" + id, KEY);
  }

  /** @return the task object; fails unless 200 */
  JsonNode task(String id) {
    HttpResponse<String> r = get(id);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET answered " + r.statusCode() + ": " + r.body());
    }
    return Sim.json(r);
  }

  /** @return the DELETE answer */
  HttpResponse<String> delete(String id) {
    return sim.send(HttpRequest.newBuilder(URI.create(sim.base() + TASKS + "/" + id))
        .header("Authorization", "Bearer " + KEY).DELETE().build());
  }

  /** @return the list answer for a raw query string (without '?') */
  HttpResponse<String> list(String query) {
    return sim.get(TASKS + (query.isEmpty() ? "" : "?" + query), KEY);
  }

  /** @return the task once its status is {@code status} */
  JsonNode awaitStatus(String id, String status, Duration limit) {
    return Sim.await(id + " " + status, limit, () -> task(id), t -> t.get("status").asText().equals(status));
  }

  /** @return bytes of a GET on an absolute URL, with optional headers name, value, ... */
  HttpResponse<byte[]> fetch(String method, String url, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return sim.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    sim.close();
  }
}
