package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of every implemented dialect, one class per dialect, each transcribed from its
 * document in {@code ../shared/seeds/}. Where a document is silent the figure is our choice,
 * marked "chosen" in that class, on the side a careful client survives.
 */
public final class Catalogues {

  private static final List<DialectCatalogue> ALL = List.of(
      ArkCatalogue.CATALOGUE,
      OpenApiCatalogue.CATALOGUE,
      SeedanceApiCatalogue.CATALOGUE);

  private Catalogues() {}

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
