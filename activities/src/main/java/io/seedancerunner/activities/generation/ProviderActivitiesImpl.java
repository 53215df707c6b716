package io.seedancerunner.activities.generation;

import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.workflows.generation.ProviderActivities;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.SubmitReceipt;
import io.seedancerunner.workflows.model.TaskSnapshot;
import jakarta.inject.Singleton;
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
  public SubmitReceipt submit(String jobId, GenerationRequest request) {
    VideoProvider provider = registry.require(request.provider());
    SubmitReceipt receipt = provider.submit(jobId, request, callbacks.forJob(request.provider(), jobId));
    LOG.info("job {} submitted to {}: task {} {}", jobId, provider.account(), receipt.providerTaskId(), receipt.state());
    if (receipt.estimatedSeconds() != null) {
      return receipt;
    }
    Integer configured = registry.config(request.provider()).map(ProviderConfig::getEstimatedSeconds).orElse(null);
    return new SubmitReceipt(receipt.providerTaskId(), receipt.state(), configured, receipt.cost(), receipt.cancellable());
  }

  @Override
  public TaskSnapshot status(String provider, String providerTaskId) {
    return registry.require(provider).status(providerTaskId);
  }

  @Override
  public boolean cancel(String provider, String providerTaskId) {
    VideoProvider p = registry.require(provider);
    boolean cancelled = p.cancel(providerTaskId);
    LOG.info("cancel of task {} at {}: {}", providerTaskId, provider, cancelled ? "accepted" : "not offered by " + p.dialect());
    return cancelled;
  }
}
