package io.seedancerunner.api.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.seedancerunner.workflows.model.WaitPolicy;
import java.time.Duration;

/**
 * The wait policy defaults, {@code seedance.jobs.*}, which every started workflow receives as its
 * {@link WaitPolicy} (the workflow reads no config itself, for determinism). Durations take
 * Micronaut's forms such as {@code 2h}, {@code 5s}, {@code 60s}.
 *
 * @param deadline                 {@code seedance.jobs.deadline}, default 2 h
 * @param minPoll                  {@code seedance.jobs.min-poll}, default 5 s
 * @param maxPoll                  {@code seedance.jobs.max-poll}, default 60 s
 * @param firstBackoff             {@code seedance.jobs.first-backoff}, default 10 s
 * @param backoffFactor            {@code seedance.jobs.backoff-factor}, default 1.5
 * @param downloadHeartbeatTimeout {@code seedance.jobs.download-heartbeat-timeout}, default 30 s
 */
@ConfigurationProperties("seedance.jobs")
public record ApiJobSettings(
    @Bindable(defaultValue = "2h") Duration deadline,
    @Bindable(defaultValue = "5s") Duration minPoll,
    @Bindable(defaultValue = "60s") Duration maxPoll,
    @Bindable(defaultValue = "10s") Duration firstBackoff,
    @Bindable(defaultValue = "1.5") double backoffFactor,
    @Bindable(defaultValue = "30s") Duration downloadHeartbeatTimeout) {

  /** @return the policy in whole seconds, as {@code GenerationInput} carries it */
  public WaitPolicy toWaitPolicy() {
    return new WaitPolicy(deadline.toSeconds(), minPoll.toSeconds(), maxPoll.toSeconds(),
        firstBackoff.toSeconds(), backoffFactor, downloadHeartbeatTimeout.toSeconds());
  }
}
