package io.seedancerunner.workflows.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one dialect accepts, built from its seed document. {@code GET /v1/models} serves it, and
 * the api validates every request against it before a workflow starts.
 *
 * @param dialect          dialect id from {@code seeds/README.md}
 * @param source           the seed document the figures come from
 * @param models           the models, each with its durations and resolutions
 * @param aspectRatios     allowed aspect ratios
 * @param promptMinChars   shortest prompt, in characters
 * @param promptMaxChars   longest prompt, in characters
 * @param maxImages        most image inputs (first frame + last frame + references)
 * @param firstFrame       whether a first frame image can be sent
 * @param lastFrame        whether a last frame image can be sent
 * @param referenceImages  whether reference images can be sent
 * @param audio            whether {@code generateAudio} can be sent
 * @param fixedLens        whether {@code fixedLens} can be sent
 * @param cancel           whether the dialect has a cancel endpoint
 * @param priceUnit        {@code USD} or {@code credits}
 * @param prices           price table in {@code priceUnit}; keys are documented per dialect in
 *                         {@link Catalogues}
 */
public record DialectCatalogue(
    String dialect,
    String source,
    List<ModelSpec> models,
    List<String> aspectRatios,
    int promptMinChars,
    int promptMaxChars,
    int maxImages,
    boolean firstFrame,
    boolean lastFrame,
    boolean referenceImages,
    boolean audio,
    boolean fixedLens,
    boolean cancel,
    String priceUnit,
    Map<String, Double> prices) {

  /**
   * @param id model id
   * @return the model, or empty when the dialect does not offer it
   */
  public Optional<ModelSpec> model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** @return the model ids, in catalogue order */
  public List<String> modelIds() {
    return models.stream().map(ModelSpec::id).toList();
  }
}
