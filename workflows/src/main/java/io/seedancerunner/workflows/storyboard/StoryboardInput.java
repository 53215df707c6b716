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
 * @param tenant               whose budget pays for the shots: each take's {@code GenerationWorkflow}
 *                             gets {@code JobPolicy(tenant, 1, [])}, so it reserves and captures on
 *                             {@code budget/<tenant>} and does not retry on its own (the storyboard's
 *                             {@code attemptsPerShot} retakes do). {@code null}: shots run without a
 *                             budget, as before budgets existed
 */
public record StoryboardInput(
    String storyboardId,
    Storyboard storyboard,
    WaitPolicy waitPolicy,
    long reshootWindowSeconds,
    String tenant) {

  /** An input without a tenant: shots run unbudgeted. */
  public StoryboardInput(String storyboardId, Storyboard storyboard, WaitPolicy waitPolicy, long reshootWindowSeconds) {
    this(storyboardId, storyboard, waitPolicy, reshootWindowSeconds, null);
  }
}
