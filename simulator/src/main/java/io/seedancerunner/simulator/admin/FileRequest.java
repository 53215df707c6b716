package io.seedancerunner.simulator.admin;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One request to {@code /sim/files/{taskId}.mp4}, as listed by {@code GET /sim/admin/stats}.
 * {@code bytesSent} grows while the body streams.
 */
public final class FileRequest {

  private final String taskId;
  private final String method;
  private final String range;
  private final int status;
  private final AtomicLong bytesSent = new AtomicLong();

  /**
   * @param taskId task id taken from the path
   * @param method {@code GET} or {@code HEAD}
   * @param range  the raw {@code Range} header, or null
   * @param status the HTTP status answered
   */
  public FileRequest(String taskId, String method, String range, int status) {
    this.taskId = taskId;
    this.method = method;
    this.range = range;
    this.status = status;
  }

  /** @param n bytes just handed to the server for sending */
  public void addBytes(long n) {
    bytesSent.addAndGet(n);
  }

  /** @return task id */
  public String taskId() {
    return taskId;
  }

  /** @return HTTP method */
  public String method() {
    return method;
  }

  /** @return raw Range header, or null */
  public String range() {
    return range;
  }

  /** @return HTTP status */
  public int status() {
    return status;
  }

  /** @return body bytes sent so far */
  public long bytesSent() {
    return bytesSent.get();
  }
}
