package io.seedancerunner.api.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a credential may do (README "Security"). Each role includes the ones before it:
 *
 * <ul>
 *   <li>{@code viewer}: read its tenant's jobs, storyboards, files and budget;</li>
 *   <li>{@code submitter}: viewer + start, cancel, reshoot, estimates;</li>
 *   <li>{@code operator}: every tenant; budgets and top-ups, adopt-task, resubmit.</li>
 * </ul>
 *
 * <p>Routes name the least role they need in {@code @Secured}; an authentication carries its role
 * and every role it includes, so {@code @Secured(Role.SUBMITTER_NAME)} admits operators too.
 */
public enum Role {
  /** Reads its own tenant's objects. */
  VIEWER,
  /** Viewer, and starts, cancels and reshoots its tenant's work. */
  SUBMITTER,
  /** Every tenant; budgets, top-ups, adopt-task and resubmit. */
  OPERATOR;

  /** {@code @Secured} value of {@link #VIEWER}. */
  public static final String VIEWER_NAME = "viewer";
  /** {@code @Secured} value of {@link #SUBMITTER}. */
  public static final String SUBMITTER_NAME = "submitter";
  /** {@code @Secured} value of {@link #OPERATOR}. */
  public static final String OPERATOR_NAME = "operator";

  /** @return the lower-case name used in config, claims and {@code @Secured} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return this role's id and the ids of the roles it includes */
  public List<String> granted() {
    return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::id).toList();
  }

  /**
   * @param id a role id as written in config or a token claim, any case
   * @return the role, or empty for an unknown id
   */
  public static Optional<Role> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (Role r : values()) {
      if (r.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** @return every role id, for messages */
  public static List<String> ids() {
    return java.util.Arrays.stream(values()).map(Role::id).toList();
  }
}
