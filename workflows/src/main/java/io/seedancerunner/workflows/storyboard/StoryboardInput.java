package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.model.WaitPolicy;

/**
 * Input of {@link StoryboardWorkflow}.
 *
 * @param storyboardId         the storyboard id, equal to the workflow id: 1..100 characters of
 *                             {@code [A-Za-z0-9._-]}, not {@code .} or {@code ..} (see
 *                             {@link StoryboardIds#check}); it names the folder
 *                             {@code data/storyboards/<id>/} and prefixes the shots' workflow ids
 * @param storyboard           the storyboard, normalised by the api's reader
 * @param waitPolicy           how each shot's {@code GenerationWorkflow} waits for its provider;
 *                             {@code null} for {@link WaitPolicy#defaults()}
 * @param reshootWindowSeconds how long the workflow stays open for {@code reshoot} Updates after
 *                             the film is ready, in seconds; 0 closes it as soon as the film is
 *                             stitched. The api passes its configured value (default 86400)
 */
public record StoryboardInput(
    String storyboardId,
    Storyboard storyboard,
    WaitPolicy waitPolicy,
    long reshootWindowSeconds) {}
