package io.seedancerunner.activities.generation;

import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.provider.SubmitAttempt;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.Reconciliation;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProviderActivities} over the {@link ProviderRegistry}: resolves the account, adds the
 * job's webhook URL to a submit, delegates to the dialect adapter. Errors are the adapters'
 * classified {@code ApplicationFailure}s, plus a non-retryable {@code UNKNOWN_PROVIDER} for an
 * account name the worker does not know.
 */
@Singleton
public class ProviderActivitiesImpl implements ProviderActivities {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderActivitiesImpl.class);

  private final ProviderRegistry registry;
  private final CallbackUrls callbacks;

  /**
   * @param registry  the provider accounts
   * @param callbacks webhook URL builder
   */
  public ProviderActivitiesImpl(ProviderRegistry registry, CallbackUrls callbacks) {
    this.registry = registry;
    this.callbacks = callbacks;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The receipt's {@code estimatedSeconds} is the provider's hint when it gives one, else the
   * account's {@code estimated-seconds}, else {@code null}.
   */
  @Override
  public SubmitReceipt submit(String jobId, int attempt, GenerationRequest request) {
    VideoProvider provider = registry.require(request.provider());
    SubmitReceipt receipt = provider.submit(submitAttempt(jobId, attempt, request));
    LOG.info("job {} submitted to {}: task {} {}", jobId, provider.account(), receipt.providerTaskId(), receipt.state());
    return receipt.estimatedSeconds() != null ? receipt : withEstimate(request.provider(), receipt);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A found task's receipt gets the account's {@code estimated-seconds} like a submit's.
   */
  @Override
  public Reconciliation reconcile(String jobId, int attempt, GenerationRequest request, long windowStartMillis,
      long windowEndMillis) {
    VideoProvider provider = registry.require(request.provider());
    Reconciliation r = provider.reconcile(submitAttempt(jobId, attempt, request),
        Instant.ofEpochMilli(windowStartMillis), Instant.ofEpochMilli(windowEndMillis));
    LOG.info("job {} attempt {}: reconciliation at {}: {} {}", jobId, attempt, provider.account(), r.outcome(),
        r.receipt() == null ? "" : r.receipt().providerTaskId());
    if (r.receipt() == null || r.receipt().estimatedSeconds() != null) {
      return r;
    }
    return new Reconciliation(r.outcome(), withEstimate(request.provider(), r.receipt()), r.detail());
  }

  private SubmitAttempt submitAttempt(String jobId, int attempt, GenerationRequest request) {
    return new SubmitAttempt(jobId, SubmitAttempt.key(jobId, attempt), request,
        callbacks.forJob(request.provider(), jobId));
  }

  private SubmitReceipt withEstimate(String account, SubmitReceipt receipt) {
    Integer configured = registry.config(account).map(ProviderConfig::getEstimatedSeconds).orElse(null);
    return new SubmitReceipt(receipt.providerTaskId(), receipt.state(), configured, receipt.cost(), receipt.cancellable());
  }

  @Override
  public TaskSnapshot status(String provider, String providerTaskId) {
    return registry.require(provider).status(providerTaskId);
  }

  @Override
  public String freshLink(String provider, String providerTaskId) {
    return registry.require(provider).freshLink(providerTaskId);
  }

  @Override
  public boolean cancel(String provider, String providerTaskId) {
    VideoProvider p = registry.require(provider);
    boolean cancelled = p.cancel(providerTaskId);
    LOG.info("cancel of task {} at {}: {}", providerTaskId, provider, cancelled ? "accepted" : "not offered by " + p.dialect());
    return cancelled;
  }
}
