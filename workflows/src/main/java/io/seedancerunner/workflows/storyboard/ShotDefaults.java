package io.seedancerunner.workflows.storyboard;

/**
 * What every shot of a storyboard uses unless it says otherwise. The storyboard reader fills every
 * field (the api's defaults: the default provider account, the dialect's first model, 720p, 16:9,
 * no audio, no fixed lens, 5 s when the model offers it), so a {@link Storyboard} in a workflow
 * input has no {@code null} here.
 *
 * @param provider        provider account name from config, for example {@code sim-open-api}
 * @param model           model id, for example {@code seedance-2.0}
 * @param resolution      {@code 480p|720p|1080p} (what the model offers)
 * @param aspectRatio     aspect ratio such as {@code 16:9}
 * @param generateAudio   ask the provider for a synchronized audio track
 * @param fixedLens       ask the provider to lock the camera lens
 * @param durationSeconds shot duration in seconds
 */
public record ShotDefaults(
    String provider,
    String model,
    String resolution,
    String aspectRatio,
    boolean generateAudio,
    boolean fixedLens,
    int durationSeconds) {}
