package io.seedancerunner.api.generation;

import java.util.List;
import java.util.Locale;

/** "Did you mean" hints for unknown field names, so a typo such as {@code duration} is quick to fix. */
public final class FieldHints {

  private FieldHints() {}

  /**
   * @param unknown the unknown field name
   * @param known   the allowed names
   * @return {@code "; did you mean 'durationSeconds'?"}, or an empty string when nothing is close
   */
  public static String suggestion(String unknown, List<String> known) {
    String u = normalise(unknown);
    if (u.length() < 3) {
      return "";
    }
    for (String k : known) {
      String n = normalise(k);
      if (n.equals(u) || n.startsWith(u) || u.startsWith(n)) {
        return "; did you mean '" + k + "'?";
      }
    }
    return "";
  }

  /** Lower case without separators: {@code aspect_ratio} and {@code aspectRatio} meet. */
  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
