package io.seedancerunner.api.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One API key in config, stored only as the SHA-256 of the key:
 *
 * <pre>
 * seedance.api.keys.&lt;name&gt;.sha256: &lt;64 hex digits&gt;
 * seedance.api.keys.&lt;name&gt;.tenant: acme
 * seedance.api.keys.&lt;name&gt;.role: submitter   # viewer | submitter | operator
 * </pre>
 *
 * {@code seedance keys create --tenant T --role R} prints a new key and these lines.
 */
@EachProperty("seedance.api.keys")
public class ApiKeyEntry {

  private final String name;
  private String sha256;
  private String tenant;
  private String role;

  /** @param name the {@code <name>} segment: shown as the caller's name, never secret */
  public ApiKeyEntry(@Parameter String name) {
    this.name = name;
  }

  /** @return the entry's name */
  public String getName() {
    return name;
  }

  /** @return lower-case hex SHA-256 of the key's UTF-8 bytes */
  public String getSha256() {
    return sha256;
  }

  /** @param sha256 hex SHA-256 of the key */
  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  /** @return the tenant the key acts for */
  public String getTenant() {
    return tenant;
  }

  /** @param tenant the tenant the key acts for */
  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** @return viewer, submitter or operator */
  public String getRole() {
    return role;
  }

  /** @param role viewer, submitter or operator */
  public void setRole(String role) {
    this.role = role;
  }
}
