package io.seedancerunner.api.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import java.util.List;
import java.util.Map;

/**
 * Who is calling: the tenant and role of the request's credential (API key or JWT).
 *
 * @param name   the credential's name ({@code key:<entry>} or the token's subject), for logs
 * @param tenant the tenant the credential acts for
 * @param role   its role
 */
public record Caller(String name, String tenant, Role role) {

  /** Authentication attribute holding the tenant id. */
  public static final String TENANT_ATTRIBUTE = "tenant";
  /** Authentication attribute holding the role id. */
  public static final String ROLE_ATTRIBUTE = "role";

  /**
   * @param name   the credential's name
   * @param tenant its tenant
   * @param role   its role
   * @return the Micronaut authentication: the role and every role it includes, plus the tenant
   *     and role as attributes
   */
  public static Authentication authentication(String name, String tenant, Role role) {
    return Authentication.build(name, role.granted(), Map.of(TENANT_ATTRIBUTE, tenant, ROLE_ATTRIBUTE, role.id()));
  }

  /**
   * @param auth an authentication made by {@link #authentication}
   * @return the caller
   * @throws ApiException 403 when the authentication lacks a tenant or a known role
   */
  public static Caller of(Authentication auth) {
    Object tenant = auth == null ? null : auth.getAttributes().get(TENANT_ATTRIBUTE);
    Object role = auth == null ? null : auth.getAttributes().get(ROLE_ATTRIBUTE);
    Role r = role == null ? null : Role.parse(role.toString()).orElse(null);
    if (tenant == null || r == null) {
      throw new ApiException(HttpStatus.FORBIDDEN, ApiError.of("forbidden",
          "the credential names no tenant or no role (one of " + Role.ids() + ")"));
    }
    return new Caller(auth.getName(), tenant.toString(), r);
  }

  /** @return true for an operator, who acts for every tenant */
  public boolean operator() {
    return role == Role.OPERATOR;
  }

  /**
   * @param owner the tenant that owns an object
   * @return true when this caller may see it: its own tenant's, or any for an operator
   */
  public boolean sees(String owner) {
    return operator() || tenant.equals(owner);
  }

  /**
   * The tenant a request acts for.
   *
   * @param requested the tenant the request names ({@code tenant} field or parameter), or null
   * @param field     the name of that field or parameter, for the error
   * @return {@code requested} when given and allowed, else the caller's own tenant
   * @throws ApiException 403 {@code forbidden} when a non-operator names another tenant
   */
  public String actingFor(String requested, String field) {
    if (requested == null || requested.equals(tenant)) {
      return tenant;
    }
    if (!operator()) {
      throw new ApiException(HttpStatus.FORBIDDEN, ApiError.ofField("forbidden", "a " + role.id()
          + " credential acts for tenant '" + tenant + "' only; " + field + " names another tenant (operators only)",
          field, List.of(tenant)));
    }
    return requested;
  }
}
