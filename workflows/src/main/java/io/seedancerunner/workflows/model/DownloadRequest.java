package io.seedancerunner.workflows.model;

/**
 * Input of the download activity.
 *
 * @param jobId          job id; the file lands at {@code <data>/videos/<jobId>/clip.mp4}
 * @param provider       provider account name, so the activity can add the account's auth where
 *                       the result is served by the provider itself
 * @param providerTaskId the provider's task id
 * @param url            the result URL the status endpoint gave
 */
public record DownloadRequest(String jobId, String provider, String providerTaskId, String url) {}
