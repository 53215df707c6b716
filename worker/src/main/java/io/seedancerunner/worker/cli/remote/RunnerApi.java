package io.seedancerunner.worker.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The runner's HTTP API as the CLI uses it, over the JDK's {@link HttpClient}: JSON reads and
 * posts that return the answer whatever its status, and a streamed download to a file.
 *
 * <p>Every network failure becomes an {@link ApiUnreachable} whose message tells the user what to
 * do (start {@code seedance serve}, or pass {@code --api-url}).
 */
public final class RunnerApi {

  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;
  private final String key;

  /** @param baseUrl the API's base URL, for example {@code http://localhost:8080}; no credential */
  public RunnerApi(String baseUrl) {
    this(baseUrl, null);
  }

  /**
   * @param baseUrl the API's base URL, for example {@code http://localhost:8080}
   * @param key     the API key or JWT sent as {@code Authorization: Bearer}, or null for none
   */
  public RunnerApi(String baseUrl, String key) {
    this.key = key == null || key.isBlank() ? null : key.strip();
    String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.base = URI.create(url);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** @return the base URL without a trailing slash */
  public String baseUrl() {
    return base.toString();
  }

  /**
   * @param segment one path segment, for example a job id that contains {@code /}
   * @return the segment percent-encoded for a URL path
   */
  public static String segment(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * @param path the path below the base URL, already encoded
   * @return the answer, for any status
   * @throws ApiUnreachable when no answer came
   */
  public ApiAnswer get(String path) {
    return send(request(path).GET().header("Accept", "application/json"));
  }

  /**
   * @param path        the path below the base URL, already encoded
   * @param contentType the body's media type
   * @param body        the body (UTF-8)
   * @return the answer, for any status
   * @throws ApiUnreachable when no answer came
   */
  public ApiAnswer post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Streams {@code GET path} into {@code target}: to {@code target.part} first, renamed into
   * place once whole, so an interrupted download never leaves a file that looks complete.
   *
   * @param path   the path below the base URL, already encoded
   * @param target the file to write
   * @return the answer; its body is empty on success (the bytes went to the file), the JSON
   *     error otherwise
   * @throws ApiUnreachable when no answer came or the stream broke
   */
  public ApiAnswer download(String path, Path target) {
    HttpRequest request = request(path).GET().build();
    try {
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) {
          return new ApiAnswer(r.statusCode(), in.readAllBytes());
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ApiAnswer(200, new byte[0]);
      }
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiUnreachable("interrupted while talking to " + base);
    }
  }

  private ApiAnswer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new ApiAnswer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiUnreachable("interrupted while talking to " + base);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    return key == null ? b : b.header("Authorization", "Bearer " + key);
  }

  private URI uri(String path) {
    return URI.create(base + (path.startsWith("/") ? path : "/" + path));
  }

  private ApiUnreachable unreachable(IOException e) {
    if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
      return new ApiUnreachable("no Seedance Runner answers at " + base
          + "; start one with `./seedance serve`, or point --api-url (env SEEDANCE_API_URL) at yours");
    }
    return new ApiUnreachable("the connection to " + base + " failed: " + e);
  }

  /** No HTTP answer came: connection refused, timed out or broken. */
  public static final class ApiUnreachable extends RuntimeException {
    /** @param message what happened and what to do */
    public ApiUnreachable(String message) {
      super(message);
    }
  }

  /**
   * Reads JSON, as a helper for commands.
   *
   * @param text JSON text
   * @return the tree; a missing node for text that is not JSON
   */
  static JsonNode readJson(byte[] text) {
    try {
      return text.length == 0 ? JSON.missingNode() : JSON.readTree(text);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }
}
