package io.seedancerunner.workflows.model;

/**
 * How a {@code GenerationWorkflow} waits for the provider. All figures are in seconds. The
 * api fills it from config so that the workflow itself reads no config (determinism).
 *
 * @param deadlineSeconds        overall limit on the wait for the provider, counted from the
 *                               workflow start; past it the job fails with a timeout (default 7200)
 * @param minPollSeconds         never poll closer than this (default 5, the openai-videos floor in
 *                               seed 002)
 * @param maxPollSeconds         the back-off stops growing here (default 60)
 * @param firstBackoffSeconds    the interval after the first poll found the job still running
 *                               (default 10, the interval seed 001 recommends)
 * @param backoffFactor          growth of the interval after each poll that found the job running
 *                               (default 1.5)
 * @param heartbeatTimeoutSeconds heartbeat timeout of the download activity (default 30)
 */
public record WaitPolicy(
    long deadlineSeconds,
    long minPollSeconds,
    long maxPollSeconds,
    long firstBackoffSeconds,
    double backoffFactor,
    long heartbeatTimeoutSeconds) {

  /** The defaults the issue and the seed documents give. */
  public static WaitPolicy defaults() {
    return new WaitPolicy(7200, 5, 60, 10, 1.5, 30);
  }
}
