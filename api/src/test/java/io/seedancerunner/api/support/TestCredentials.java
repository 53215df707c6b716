package io.seedancerunner.api.support;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Gives every test request that carries no {@code Authorization} header the operator test key
 * (application-test.yml), so tests about other things need no credential code. A request with
 * the {@link #ANONYMOUS} header goes out with no credential at all.
 */
@ClientFilter("/**")
public class TestCredentials {

  /** Marker header: send this request without any credential (the header itself is removed). */
  public static final String ANONYMOUS = "X-Test-Anonymous";
  /** Operator of tenant {@code default}. */
  public static final String OPERATOR = "test-operator-key";
  /** Submitter of tenant {@code tenant-a}. */
  public static final String SUBMITTER_A = "test-submitter-a-key";
  /** Submitter of tenant {@code tenant-b}. */
  public static final String SUBMITTER_B = "test-submitter-b-key";
  /** Viewer of tenant {@code tenant-a}. */
  public static final String VIEWER_A = "test-viewer-a-key";

  /** @param request the outgoing request */
  @RequestFilter
  public void addCredential(MutableHttpRequest<?> request) {
    if (request.getHeaders().contains(ANONYMOUS)) {
      request.getHeaders().remove(ANONYMOUS);
      return;
    }
    if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
      request.bearerAuth(OPERATOR);
    }
  }
}
