package io.seedancerunner.api.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

/**
 * The part of one provider account's config the api needs ({@code seedance.providers.<account>.*});
 * the worker reads the same keys for its own purposes, and keys unused here are ignored.
 *
 * <p>Named so that it does not clash with the activities module's {@code ProviderConfig}.
 */
@EachProperty("seedance.providers")
public class ApiProviderAccount {

  private final String name;
  private String dialect;
  private String webhookSecret;

  /** @param name the account name, the {@code <account>} segment of the key */
  public ApiProviderAccount(@Parameter String name) {
    this.name = name;
  }

  /** @return the account name, for example {@code sim-open-api} */
  public String getName() {
    return name;
  }

  /** @return the dialect id ({@code seedance.providers.<account>.dialect}), or null when unset */
  @Nullable
  public String getDialect() {
    return dialect;
  }

  /** @param dialect the dialect id, for example {@code open-api} */
  public void setDialect(@Nullable String dialect) {
    this.dialect = dialect;
  }

  /**
   * @return the open-api webhook signing secret ({@code seedance.providers.<account>.webhook-secret}),
   *     or null when the account has none. Never log it.
   */
  @Nullable
  public String getWebhookSecret() {
    return webhookSecret;
  }

  /** @param webhookSecret the webhook signing secret, or null */
  public void setWebhookSecret(@Nullable String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  /** Names the account and dialect only: the secret stays out of log lines. */
  @Override
  public String toString() {
    return "ApiProviderAccount[" + name + ", dialect=" + dialect + "]";
  }
}
