package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every implemented dialect, transcribed from {@code ../shared/seeds/}.
 *
 * <p>Where a document is silent the figure is our choice, marked "chosen" below, on the side a
 * careful client survives.
 */
public final class Catalogues {

  private static final List<Integer> FOUR_TO_FIFTEEN =
      List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  private static final List<String> ALL_RESOLUTIONS = List.of("480p", "720p", "1080p");

  /**
   * {@code open-api}, seed 000 and the request body in seeds/README.md. Prices: key = resolution,
   * value = USD per second of output (the models endpoint example). Prompt limits are not
   * documented: 1..5000 characters chosen. Images travel in {@code mediaUrls} (first frame,
   * then references); the count is not documented: 4 chosen. No audio, no fixed lens, no last
   * frame field in the documented body.
   */
  public static final DialectCatalogue OPEN_API = new DialectCatalogue(
      "open-api",
      "seeds/000_b9a13f3375e4c5a5.txt",
      List.of(
          new ModelSpec("seedance-2.0", FOUR_TO_FIFTEEN, ALL_RESOLUTIONS),
          new ModelSpec("seedance-2.0-fast", FOUR_TO_FIFTEEN, ALL_RESOLUTIONS),
          new ModelSpec("seedance-1.5-pro", List.of(5, 10), ALL_RESOLUTIONS)),
      List.of("16:9", "9:16", "1:1"),
      1, 5000, 4,
      true, false, true, false, false, true,
      "USD",
      Map.of("480p", 0.05, "720p", 0.1, "1080p", 0.2));

  /**
   * {@code seedanceapi}, seed 001. The API takes no model field: it always runs Seedance 2.0,
   * listed here as {@code seedance-2.0}. Durations are sent as the strings "4", "8", "12".
   * Prices: key = {@code <resolution>/<seconds>s} or {@code <resolution>/<seconds>s/audio}, value
   * in credits (1 credit = 0.005 USD in the seed's table).
   */
  public static final DialectCatalogue SEEDANCEAPI = new DialectCatalogue(
      "seedanceapi",
      "seeds/001_a5667cf0df47eca7.txt",
      List.of(new ModelSpec("seedance-2.0", List.of(4, 8, 12), List.of("480p", "720p"))),
      List.of("1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"),
      1, 2000, 1,
      true, false, false, true, true, false,
      "credits",
      Map.ofEntries(
          Map.entry("480p/4s", 8.0), Map.entry("480p/4s/audio", 14.0),
          Map.entry("480p/8s", 14.0), Map.entry("480p/8s/audio", 28.0),
          Map.entry("480p/12s", 19.0), Map.entry("480p/12s/audio", 38.0),
          Map.entry("720p/4s", 14.0), Map.entry("720p/4s/audio", 28.0),
          Map.entry("720p/8s", 28.0), Map.entry("720p/8s/audio", 56.0),
          Map.entry("720p/12s", 42.0), Map.entry("720p/12s/audio", 84.0)));

  private static final List<DialectCatalogue> ALL = List.of(OPEN_API, SEEDANCEAPI);

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
