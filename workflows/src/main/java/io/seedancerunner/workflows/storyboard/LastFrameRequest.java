package io.seedancerunner.workflows.storyboard;

/**
 * Input of {@link StoryboardActivities#lastFrame}.
 *
 * @param storyboardId the storyboard id, for log lines
 * @param shot         1-based number of the shot whose last frame is taken
 * @param clipPath     absolute path of that shot's MP4
 * @param forProvider  provider account of the shot that will start from the frame; its dialect
 *                     decides between a URL and an inline base64 image
 */
public record LastFrameRequest(String storyboardId, int shot, String clipPath, String forProvider) {}
