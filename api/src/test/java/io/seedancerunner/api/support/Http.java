package io.seedancerunner.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Sends a request and returns the answer whatever its status, with the body as text and JSON. */
public final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Http() {}

  /**
   * An answer.
   *
   * @param status the HTTP status code
   * @param body   the raw body bytes (empty when none)
   * @param response the client's response, for headers
   */
  public record Answer(int status, byte[] body, HttpResponse<?> response) {
    /** @return the body as UTF-8 text */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the body as JSON */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    /** @return a header's value, or null */
    public String header(String name) {
      return response.getHeaders().get(name);
    }

    /** @return the {@code field} of each entry of {@code fields} in a JSON error body */
    public List<String> fieldNames() {
      List<String> out = new ArrayList<>();
      json().path("fields").forEach(f -> out.add(f.path("field").asText()));
      return out;
    }
  }

  /** @return the answer, for any status */
  public static Answer send(HttpClient client, MutableHttpRequest<?> request) {
    try {
      HttpResponse<byte[]> r = client.toBlocking().exchange(request, byte[].class);
      return new Answer(r.code(), r.getBody().orElse(new byte[0]), r);
    } catch (HttpClientResponseException e) {
      HttpResponse<?> r = e.getResponse();
      byte[] body = r.getBody(byte[].class).orElse(new byte[0]);
      return new Answer(r.code(), body, r);
    }
  }
}
