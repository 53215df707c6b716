package io.seedancerunner.activities.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedancerunner.activities.ark.ArkProvider;
import io.seedancerunner.activities.openaivideos.OpenAiVideosProvider;
import io.seedancerunner.activities.openapi.OpenApiProvider;
import io.seedancerunner.activities.provider.ProviderHttp;
import io.seedancerunner.activities.provider.VideoProvider;
import io.seedancerunner.activities.seedance2ai.Seedance2AiProvider;
import io.seedancerunner.activities.seedanceapi.SeedanceApiProvider;
import io.seedancerunner.activities.unified.UnifiedProvider;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The implemented dialects (docs/providers/README.md ids), each with the adapter that speaks it. */
final class Dialects {

  private static final Map<String, BiFunction<ProviderHttp, ObjectMapper, VideoProvider>> ADAPTERS = Map.of(
      OpenApiProvider.DIALECT, OpenApiProvider::new,
      SeedanceApiProvider.DIALECT, SeedanceApiProvider::new,
      OpenAiVideosProvider.DIALECT, OpenAiVideosProvider::new,
      Seedance2AiProvider.DIALECT, Seedance2AiProvider::new,
      UnifiedProvider.DIALECT, UnifiedProvider::new,
      ArkProvider.DIALECT, ArkProvider::new);

  private Dialects() {}

  /** @return the implemented dialect ids, sorted */
  static List<String> ids() {
    return ADAPTERS.keySet().stream().sorted().toList();
  }

  /**
   * @param dialect dialect id
   * @param http    the account's HTTP side
   * @param mapper  JSON mapper
   * @return the adapter
   * @throws IllegalArgumentException when the dialect is not implemented
   */
  static VideoProvider create(String dialect, ProviderHttp http, ObjectMapper mapper) {
    BiFunction<ProviderHttp, ObjectMapper, VideoProvider> adapter = dialect == null ? null : ADAPTERS.get(dialect);
    if (adapter == null) {
      throw new IllegalArgumentException("dialect '" + dialect + "' is not implemented; known: " + ids());
    }
    return adapter.apply(http, mapper);
  }
}
