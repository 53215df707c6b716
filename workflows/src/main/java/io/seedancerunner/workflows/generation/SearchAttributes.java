package io.seedancerunner.workflows.generation;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The custom search attributes a job keeps current, so operators can list jobs in Temporal UI or
 * with {@code temporal workflow list --query "SeedancePhase = 'UNKNOWN_SUBMIT'"}. They must be
 * registered on the namespace before a workflow upserts them (Temporal docs, "Search
 * Attributes"); the worker registers {@link #ALL} at start, the dev-server scripts and the
 * compose admin tools register the same list (see {@code scripts/search-attributes.txt}). Values
 * never hold a secret.
 */
public final class SearchAttributes {

  /** {@link io.seedancerunner.workflows.model.Phase} name, for example {@code WAITING}. */
  public static final SearchAttributeKey<String> PHASE = SearchAttributeKey.forKeyword("SeedancePhase");
  /** Provider account name, for example {@code sim-open-api}. */
  public static final SearchAttributeKey<String> PROVIDER = SearchAttributeKey.forKeyword("SeedanceProvider");
  /** The model id sent to the provider, for example {@code seedance-2.0}. */
  public static final SearchAttributeKey<String> MODEL = SearchAttributeKey.forKeyword("SeedanceModel");
  /** The tenant whose budget pays for the job. */
  public static final SearchAttributeKey<String> TENANT = SearchAttributeKey.forKeyword("SeedanceTenant");
  /** The storyboard a shot belongs to (set on the storyboard and on each of its shots). */
  public static final SearchAttributeKey<String> STORYBOARD_ID =
      SearchAttributeKey.forKeyword("SeedanceStoryboardId");
  /** 1-based shot number within its storyboard. */
  public static final SearchAttributeKey<Long> SHOT_INDEX = SearchAttributeKey.forLong("SeedanceShotIndex");
  /** The provider's task id once known. */
  public static final SearchAttributeKey<String> PROVIDER_TASK_ID =
      SearchAttributeKey.forKeyword("SeedanceProviderTaskId");
  /** Cost so far in USD: estimate while running, captured cost once ended (0 when refunded). */
  public static final SearchAttributeKey<Double> COST_USD = SearchAttributeKey.forDouble("SeedanceCostUsd");
  /** Provider attempts made so far (submits that reached or may have reached the provider). */
  public static final SearchAttributeKey<Long> ATTEMPTS = SearchAttributeKey.forLong("SeedanceAttempts");

  /** Name → indexed type of every attribute above, in declaration order. */
  public static final Map<String, IndexedValueType> ALL = all();

  private static Map<String, IndexedValueType> all() {
    Map<String, IndexedValueType> all = new LinkedHashMap<>();
    for (SearchAttributeKey<?> key : new SearchAttributeKey<?>[] {
        PHASE, PROVIDER, MODEL, TENANT, STORYBOARD_ID, SHOT_INDEX, PROVIDER_TASK_ID, COST_USD, ATTEMPTS}) {
      all.put(key.getName(), key.getValueType());
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  private SearchAttributes() {}
}
