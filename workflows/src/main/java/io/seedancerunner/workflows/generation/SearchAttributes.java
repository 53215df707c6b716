package io.seedancerunner.workflows.generation;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import java.util.Map;

/**
 * The custom search attributes a job keeps current, so operators can list jobs in Temporal UI or
 * with {@code temporal workflow list --query "SeedancePhase = 'UNKNOWN_SUBMIT'"}. They must be
 * registered on the namespace before a workflow upserts them (Temporal docs, "Search
 * Attributes"); the worker registers {@link #ALL} at start, the dev-server scripts pass them to
 * {@code temporal server start-dev --search-attribute}. Values never hold a secret.
 */
public final class SearchAttributes {

  /** {@link io.seedancerunner.workflows.model.Phase} name, for example {@code WAITING}. */
  public static final SearchAttributeKey<String> PHASE = SearchAttributeKey.forKeyword("SeedancePhase");
  /** Provider account name, for example {@code sim-open-api}. */
  public static final SearchAttributeKey<String> PROVIDER = SearchAttributeKey.forKeyword("SeedanceProvider");
  /** The provider's task id once known. */
  public static final SearchAttributeKey<String> PROVIDER_TASK_ID =
      SearchAttributeKey.forKeyword("SeedanceProviderTaskId");

  /** Name → indexed type of every attribute above. */
  public static final Map<String, IndexedValueType> ALL = Map.of(
      PHASE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      PROVIDER.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      PROVIDER_TASK_ID.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);

  private SearchAttributes() {}
}
