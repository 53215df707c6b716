package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * One shot of a {@link StoryboardActivities#priorTakes} lookup.
 *
 * @param shot      1-based shot number
 * @param request   the request this run would send for the shot (first frame {@code null} for a
 *                  {@code continue} shot)
 * @param continues whether the shot continues from the shot before (its first frame is then not
 *                  compared)
 */
public record TakeLookup(int shot, GenerationRequest request, boolean continues) {}
