package io.seedancerunner.activities.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.config.ProviderConfig;
import io.seedancerunner.activities.provider.ProviderErrors;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.VideoProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider account name → {@link VideoProvider}, built once from {@code seedance.providers.*}, one
 * adapter (with its own HTTP clients) per account. A bad account (unknown dialect, missing base URL
 * or api key) fails the start, naming the account.
 */
@Singleton
public class ProviderRegistry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

  private final Map<String, VideoProvider> providers = new LinkedHashMap<>();
  private final Map<String, ProviderConfig> configs = new LinkedHashMap<>();

  /**
   * @param accounts every configured account
   * @param mapper   JSON mapper
   * @throws IllegalStateException when an account is misconfigured
   */
  public ProviderRegistry(List<ProviderConfig> accounts, ObjectMapper mapper) {
    for (ProviderConfig account : accounts) {
      String name = account.getName();
      if (account.getApiKey() == null || account.getApiKey().isBlank()) {
        close();
        throw new IllegalStateException("seedance.providers." + name + ".api-key is required");
      }
      if (!Dialects.ids().contains(account.getDialect())) {
        close();
        throw new IllegalStateException("seedance.providers." + name + ".dialect '" + account.getDialect()
            + "' is not implemented; known: " + Dialects.ids());
      }
      try {
        providers.put(name, Dialects.create(account.getDialect(), new ProviderHttp(account), mapper));
      } catch (IllegalArgumentException e) {
        close();
        throw new IllegalStateException("seedance.providers." + name + ": " + e.getMessage(), e);
      }
      configs.put(name, account);
      LOG.info("provider account {} speaks {} at {}", name, account.getDialect(), account.getBaseUrl());
    }
  }

  /**
   * @param account account name
   * @return the provider
   * @throws io.temporal.failure.ApplicationFailure non-retryable {@code UNKNOWN_PROVIDER} when no
   *     account has that name
   */
  public VideoProvider require(String account) {
    VideoProvider p = account == null ? null : providers.get(account);
    if (p == null) {
      throw ProviderErrors.unknownProvider(account);
    }
    return p;
  }

  /** @return the account's config, or empty when unknown */
  public Optional<ProviderConfig> config(String account) {
    return Optional.ofNullable(account == null ? null : configs.get(account));
  }

  /** @return every account's config, in configuration order */
  public Collection<ProviderConfig> configs() {
    return List.copyOf(configs.values());
  }

  /** Closes every account's HTTP clients. */
  @PreDestroy
  @Override
  public void close() {
    providers.values().forEach(VideoProvider::close);
  }
}
