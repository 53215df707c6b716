package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of the dialects' pure parts: one line per dialect holding its catalogue (models,
 * inputs, options, capabilities, prices) and its cost rule. Each catalogue class is transcribed
 * from the provider's document, see {@code docs/providers/<dialect>.md}; where a document is silent
 * the figure is our choice, marked "chosen" in that class, on the side a careful client survives.
 * Adding a dialect adds one line here (checklist in {@code docs/providers/README.md}).
 */
public final class Catalogues {

  /** One dialect's registration: its catalogue and its cost rule. */
  private record Entry(DialectCatalogue catalogue, CostRule cost) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry(OpenApiCatalogue.CATALOGUE, (c, r, v) -> CostEstimator.openApi(c, r)),
      new Entry(SeedanceApiCatalogue.CATALOGUE, (c, r, v) -> CostEstimator.seedanceApi(c, r)),
      new Entry(OpenAiVideosCatalogue.CATALOGUE, (c, r, v) -> CostEstimator.unpriced(c)),
      new Entry(Seedance2AiCatalogue.CATALOGUE, (c, r, v) -> CostEstimator.seedance2Ai(c, r)),
      new Entry(UnifiedCatalogue.CATALOGUE, (c, r, v) -> CostEstimator.unified(c, r)),
      new Entry(ArkCatalogue.CATALOGUE, ArkCostRule::estimate));

  private static final List<DialectCatalogue> ALL = ENTRIES.stream().map(Entry::catalogue).toList();
  private static final Map<String, CostRule> RULES = ENTRIES.stream()
      .collect(Collectors.toUnmodifiableMap(e -> e.catalogue().dialect(), Entry::cost));

  private Catalogues() {}

  /**
   * @param dialect dialect id
   * @return its cost rule, or empty when the dialect is not implemented
   */
  public static Optional<CostRule> costRule(String dialect) {
    return Optional.ofNullable(dialect == null ? null : RULES.get(dialect));
  }

  /** @return every implemented dialect's catalogue */
  public static List<DialectCatalogue> all() {
    return ALL;
  }

  /**
   * @param dialect dialect id, for example {@code open-api}
   * @return its catalogue, or empty when the dialect is not implemented
   */
  public static Optional<DialectCatalogue> forDialect(String dialect) {
    return ALL.stream().filter(c -> c.dialect().equals(dialect)).findFirst();
  }

  /** @return the implemented dialect ids */
  public static List<String> dialects() {
    return ALL.stream().map(DialectCatalogue::dialect).toList();
  }
}
