package io.seedancerunner.activities.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What every dialect adapter shares: one account's {@link ProviderHttp} (clients, key, rate gate)
 * and the JSON mapper. Subclasses supply the dialect's wire protocol (submit, status, cancel).
 */
public abstract class HttpVideoProvider implements VideoProvider {

  /** The account's HTTP side. */
  protected final ProviderHttp http;
  /** JSON mapper. */
  protected final ObjectMapper mapper;

  /**
   * @param http   the account's HTTP side
   * @param mapper JSON mapper
   */
  protected HttpVideoProvider(ProviderHttp http, ObjectMapper mapper) {
    this.http = Objects.requireNonNull(http, "http");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public String account() {
    return http.account();
  }

  /**
   * {@inheritDoc}
   *
   * <p>By default the account's {@code Authorization}, only on the provider's own origin
   * ({@link ProviderHttp#authFor}).
   */
  @Override
  public Map<String, String> downloadHeaders(String url) {
    return http.authFor(url);
  }

  @Override
  public void close() {
    http.close();
  }

  /**
   * Serializes a typed wire record (a dialect's request body) with the account's mapper.
   *
   * @param body the record
   * @return its JSON text
   * @throws IllegalStateException when the record cannot be written (a programming error)
   */
  protected final String json(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }

  /**
   * @param id a provider task id
   * @return the id encoded as one URL path segment (spaces as {@code %20})
   */
  protected static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
