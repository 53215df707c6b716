package io.seedancerunner.activities.download;

/**
 * What one streaming fetch left in the part file.
 *
 * @param bytes       bytes in the part file, from offset 0
 * @param expected    the whole file's size the server announced ({@code Content-Length}, or the
 *                    total of {@code Content-Range}), or -1 when it announced none
 * @param resumed     true when the server honoured a {@code Range} request (206)
 * @param interrupted true when the body stream broke off (connection closed or timed out) after
 *                    the answer began
 */
public record FetchResult(long bytes, long expected, boolean resumed, boolean interrupted) {

  /** @return true when the stream broke off, or the server announced a size and fewer bytes arrived */
  public boolean incomplete() {
    return interrupted || (expected >= 0 && bytes < expected);
  }
}
