package io.seedancerunner.workflows.storyboard;

/**
 * How a shot joins the shot before it. In storyboard files the values are written in lower case
 * ({@code continue}, {@code cut}).
 */
public enum Continuity {
  /**
   * The shot starts from the last frame of the shot before it: it waits for that shot, and its
   * first frame is that shot's last frame (the provider's last frame image where the dialect
   * returns one, else a frame FFmpeg takes from the downloaded MP4).
   */
  CONTINUE,
  /** A hard cut: the shot depends on no other shot and runs in parallel with the others. */
  CUT
}
