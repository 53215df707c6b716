package io.seedancerunner.api.storyboards;

import io.seedancerunner.api.config.ApiProviderAccount;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.generation.GenerationRequestReader;
import java.util.List;

/** A reader over the worker's simulator accounts ({@code sim-<dialect>}), default {@code sim-open-api}. */
final class Readers {

  private Readers() {}

  static StoryboardReader simulatorAccounts() {
    List<ApiProviderAccount> list = List.of(
        account("sim-open-api", "open-api"), account("sim-seedanceapi", "seedanceapi"),
        account("sim-openai-videos", "openai-videos"), account("sim-seedance2ai", "seedance2ai"),
        account("sim-unified", "unified"), account("sim-ark", "ark"));
    ProviderAccounts accounts = new ProviderAccounts(list,
        new ApiSettings("sim-open-api", "http://localhost:8080", null, "data", "default"));
    return new StoryboardReader(new GenerationRequestReader(accounts), accounts);
  }

  private static ApiProviderAccount account(String name, String dialect) {
    ApiProviderAccount a = new ApiProviderAccount(name);
    a.setDialect(dialect);
    return a;
  }
}
