package io.seedancerunner.api.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.seedancerunner.api.security.Role;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import java.util.List;

/** {@code GET /v1/models}: for each configured account, its dialect and that dialect's catalogue. */
@Controller("/v1/models")
@Secured(Role.VIEWER_NAME)
@Requires(property = "seedance.api.enabled", notEquals = "false")
public class ModelsController {

  private final ProviderAccounts accounts;

  /** @param accounts the configured provider accounts */
  public ModelsController(ProviderAccounts accounts) {
    this.accounts = accounts;
  }

  /**
   * One account.
   *
   * @param provider  the account name
   * @param dialect   its dialect id
   * @param catalogue what it accepts, or null when the dialect has no catalogue yet
   */
  public record ProviderModels(String provider, String dialect, DialectCatalogue catalogue) {}

  /**
   * The body.
   *
   * @param defaultProvider the account used when a request names none, or null
   * @param providers       every configured account, sorted by name
   */
  public record Models(String defaultProvider, List<ProviderModels> providers) {}

  /** @return every configured account with its catalogue */
  @Get(produces = MediaType.APPLICATION_JSON)
  public Models list() {
    return new Models(accounts.defaultName().orElse(null), accounts.all().stream()
        .map(a -> new ProviderModels(a.getName(), a.getDialect(), accounts.catalogue(a).orElse(null)))
        .toList());
  }
}
