package io.seedancerunner.activities.media;

/** The file is not an MP4 with a video track; the reason says what was missing. */
public class NotMp4Exception extends Exception {

  /** @param reason what is wrong, without secrets */
  public NotMp4Exception(String reason) {
    super(reason);
  }

  /**
   * @param reason what is wrong
   * @param cause  the parser's error
   */
  public NotMp4Exception(String reason, Throwable cause) {
    super(reason, cause);
  }
}
