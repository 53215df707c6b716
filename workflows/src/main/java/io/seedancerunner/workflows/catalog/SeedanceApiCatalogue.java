package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;

/**
 * {@code seedanceapi}, seed 001. The API takes no model field: it always runs Seedance 2.0,
 * listed here as {@code seedance-2.0}. Durations are sent as the strings "4", "8", "12".
 *
 * <p>Prices: key = {@code <resolution>/<seconds>s} or {@code <resolution>/<seconds>s/audio},
 * value in credits (1 credit = 0.005 USD in the seed's table).
 */
public final class SeedanceApiCatalogue {

  /** The catalogue. */
  public static final DialectCatalogue CATALOGUE = DialectCatalogue.builder("seedanceapi", "docs/providers/seedanceapi.md")
      .models(new ModelSpec("seedance-2.0", List.of(4, 8, 12), List.of("480p", "720p")))
      .aspectRatios("1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21")
      .prompt(1, 2000)
      .inputs(Input.FIRST_FRAME)
      .options(Option.AUDIO, Option.FIXED_LENS)
      .limits(1, 0)
      .prices("credits", Map.ofEntries(
          Map.entry("480p/4s", 8.0), Map.entry("480p/4s/audio", 14.0),
          Map.entry("480p/8s", 14.0), Map.entry("480p/8s/audio", 28.0),
          Map.entry("480p/12s", 19.0), Map.entry("480p/12s/audio", 38.0),
          Map.entry("720p/4s", 14.0), Map.entry("720p/4s/audio", 28.0),
          Map.entry("720p/8s", 28.0), Map.entry("720p/8s/audio", 56.0),
          Map.entry("720p/12s", 42.0), Map.entry("720p/12s/audio", 84.0)), 0.005)
      .build();

  private SeedanceApiCatalogue() {}
}
