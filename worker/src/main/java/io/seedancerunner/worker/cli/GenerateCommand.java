package io.seedancerunner.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.seedancerunner.worker.temporal.TemporalTarget;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seedance generate request.json}: starts the one-process runtime, posts the request to
 * its own {@code POST /v1/generations}, follows {@code GET /v1/generations/{id}} and prints
 * progress until the clip is downloaded. Exit code 0 with the MP4's path; 1 with the reason when
 * the job fails; 2 for a request the api refused.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate one clip end to end and print where the MP4 is.")
public class GenerateCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Request JSON (the body of POST /v1/generations).")
  Path requestFile;

  @Option(names = "--provider", description = "Provider account, overriding the file's.")
  String provider;

  @Option(names = "--timeout", defaultValue = "PT30M",
      description = "Give up waiting after this ISO-8601 duration (default ${DEFAULT-VALUE}).")
  Duration timeout;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode body = (ObjectNode) json.readTree(Files.readString(requestFile));
    if (provider != null) {
      body.put("provider", provider);
    }
    System.setProperty("seedance.console.level", "WARN");
    try (ApplicationContext ctx = RunnerContext.start(Map.of())) {
      URL base = new URL("http://localhost:" + ctx.getBean(EmbeddedServer.class).getPort());
      out.println("Seedance Runner on " + base + " · " + ctx.getBean(TemporalTarget.class).description());
      String key = LocalOperatorKey.of(ctx);
      try (HttpClient http = HttpClient.create(base)) {
        return follow(http.toBlocking(), json, body, key);
      }
    }
  }

  private int follow(BlockingHttpClient http, ObjectMapper json, ObjectNode body, String key) throws Exception {
    JsonNode job;
    try {
      job = json.readTree(http.retrieve(HttpRequest.POST("/v1/generations", body.toString()).bearerAuth(key), String.class));
    } catch (HttpClientResponseException e) {
      out.println("Request refused (" + e.getStatus().getCode() + "): "
          + e.getResponse().getBody(String.class).orElse(e.getMessage()));
      return 2;
    }
    String id = job.path("jobId").asText();
    out.println("Job " + id + " started: " + body.path("prompt").asText());
    long until = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < until) {
      JsonNode s = json.readTree(http.retrieve(HttpRequest.GET("/v1/generations/" + id).bearerAuth(key), String.class));
      String line = ProgressLine.of(s);
      if (!line.equals(last)) {
        out.println(line);
        last = line;
      }
      String phase = s.path("status").asText();
      if (phase.equals("SUCCEEDED")) {
        JsonNode v = s.path("result").path("video");
        out.printf("Done: %s (%d bytes, %.2f s, %dx%d, sha256 %s)%n", v.path("path").asText(),
            v.path("bytes").asLong(), v.path("durationSeconds").asDouble(), v.path("width").asInt(),
            v.path("height").asInt(), v.path("sha256").asText());
        return 0;
      }
      if (phase.equals("FAILED") || phase.equals("CANCELLED") || phase.equals("TIMED_OUT")) {
        out.println("Job " + id + " ended " + phase + ": " + ProgressLine.reason(s));
        return 1;
      }
      Thread.sleep(500);
    }
    out.println("Gave up waiting after " + timeout + "; job " + id + " goes on in Temporal.");
    return 1;
  }
}
