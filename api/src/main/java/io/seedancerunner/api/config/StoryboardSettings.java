package io.seedancerunner.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The api's storyboard settings, {@code seedance.storyboards.*}.
 *
 * @param reshootWindow {@code seedance.storyboards.reshoot-window}: how long a storyboard's
 *                      workflow stays open for {@code reshoot} Updates once its film is ready
 *                      (passed as {@code StoryboardInput.reshootWindowSeconds}); default 24 h,
 *                      {@code 0s} closes it as soon as the film is stitched
 */
@ConfigurationProperties("seedance.storyboards")
public record StoryboardSettings(@Bindable(defaultValue = "24h") Duration reshootWindow) {}
