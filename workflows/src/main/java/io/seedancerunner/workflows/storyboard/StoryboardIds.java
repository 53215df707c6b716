package io.seedancerunner.workflows.storyboard;

import java.util.regex.Pattern;

/**
 * The storyboard's ids: its own (the workflow id) and its shots' (child workflow ids). Pure
 * functions, safe in workflow code.
 */
public final class StoryboardIds {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private StoryboardIds() {}

  /**
   * @param storyboardId a storyboard id
   * @return {@code null} when it is valid, else what is wrong, in a sentence
   */
  public static String problem(String storyboardId) {
    if (storyboardId == null || !ID.matcher(storyboardId).matches()
        || storyboardId.equals(".") || storyboardId.equals("..")) {
      return "a storyboard id is 1..100 characters of A-Z a-z 0-9 . _ - (not . or ..), not '"
          + (storyboardId == null ? "null" : storyboardId.length() > 60 ? storyboardId.substring(0, 57) + "..." : storyboardId)
          + "'";
    }
    return null;
  }

  /**
   * @param storyboardId a storyboard id
   * @return the id
   * @throws IllegalArgumentException when it is not valid ({@link #problem})
   */
  public static String check(String storyboardId) {
    String problem = problem(storyboardId);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return storyboardId;
  }

  /**
   * @param storyboardId the storyboard id
   * @param shot         1-based shot number
   * @param take         1-based take
   * @return {@code <storyboardId>/shot-<n>} for take 1, {@code <storyboardId>/shot-<n>/take-<k>}
   *     after it; the shot's files land in {@code data/videos/<that id>/clip.mp4}
   */
  public static String shotJobId(String storyboardId, int shot, int take) {
    String first = storyboardId + "/shot-" + shot;
    return take <= 1 ? first : first + "/take-" + take;
  }
}
