package io.seedancerunner.api.config;

import io.seedancerunner.workflows.catalog.Catalogues;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The configured provider accounts, sorted by name, with their catalogues. */
@Singleton
public class ProviderAccounts {

  private final List<ApiProviderAccount> accounts;
  private final ApiSettings settings;

  /**
   * @param accounts every {@code seedance.providers.<account>} entry
   * @param settings for {@code seedance.default-provider}
   */
  public ProviderAccounts(List<ApiProviderAccount> accounts, ApiSettings settings) {
    this.accounts = accounts.stream().sorted(Comparator.comparing(ApiProviderAccount::getName)).toList();
    this.settings = settings;
  }

  /** @return every configured account, sorted by name */
  public List<ApiProviderAccount> all() {
    return accounts;
  }

  /** @return the account names, sorted */
  public List<String> names() {
    return accounts.stream().map(ApiProviderAccount::getName).toList();
  }

  /** @return the account of that name, or empty */
  public Optional<ApiProviderAccount> find(String name) {
    return accounts.stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  /**
   * The account a request that names none uses: {@code seedance.default-provider}; when that is
   * unset and exactly one account is configured, that account (our choice: one account needs no
   * default).
   *
   * @return the default account name, or empty when there is none
   */
  public Optional<String> defaultName() {
    if (settings.defaultProvider() != null && !settings.defaultProvider().isBlank()) {
      return Optional.of(settings.defaultProvider());
    }
    return accounts.size() == 1 ? Optional.of(accounts.get(0).getName()) : Optional.empty();
  }

  /** @return the account's catalogue, or empty when its dialect is unset or not implemented */
  public Optional<DialectCatalogue> catalogue(ApiProviderAccount account) {
    return account.getDialect() == null ? Optional.empty() : Catalogues.forDialect(account.getDialect());
  }
}
