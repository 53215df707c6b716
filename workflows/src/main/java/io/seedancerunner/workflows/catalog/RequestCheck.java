package io.seedancerunner.workflows.catalog;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a typed request against a dialect's catalogue and lists every problem, so that the api
 * answers one 400 that names every invalid field with its allowed values. Field names are the
 * API's ({@code POST /v1/generations} body).
 */
public final class RequestCheck {

  private RequestCheck() {}

  /**
   * @param cat the provider's dialect catalogue
   * @param r   the request; fields the api could not parse are left out by the caller
   * @return every problem found, empty when the request is valid
   */
  public static List<FieldError> check(DialectCatalogue cat, GenerationRequest r) {
    List<FieldError> errors = new ArrayList<>();
    model(cat, r.model()).ifPresent(errors::add);
    cat.model(r.model()).ifPresent(m -> {
      duration(m, r.durationSeconds()).ifPresent(errors::add);
      resolution(m, r.resolution()).ifPresent(errors::add);
    });
    aspectRatio(cat, r.aspectRatio()).ifPresent(errors::add);
    prompt(cat, r.prompt()).ifPresent(errors::add);
    errors.addAll(inputs(cat, r));
    return errors;
  }

  /** @return an error when the model is not in the catalogue */
  public static Optional<FieldError> model(DialectCatalogue cat, String model) {
    if (model != null && cat.model(model).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new FieldError("model",
        (model == null ? "model is required" : "unknown model '" + model + "'") + " on " + cat.dialect(),
        cat.modelIds()));
  }

  /** @return an error when the duration is not one the model allows */
  public static Optional<FieldError> duration(ModelSpec m, int seconds) {
    if (m.durations().contains(seconds)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError("durationSeconds",
        "duration " + seconds + " s is not offered by " + m.id(),
        m.durations().stream().map(String::valueOf).toList()));
  }

  /** @return an error when the resolution is not one the model allows */
  public static Optional<FieldError> resolution(ModelSpec m, String resolution) {
    if (resolution != null && m.resolutions().contains(resolution)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError("resolution",
        "resolution '" + resolution + "' is not offered by " + m.id(), m.resolutions()));
  }

  /** @return an error when the aspect ratio is not one the dialect allows */
  public static Optional<FieldError> aspectRatio(DialectCatalogue cat, String ratio) {
    if (ratio != null && cat.aspectRatios().contains(ratio)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError("aspectRatio",
        "aspect ratio '" + ratio + "' is not offered on " + cat.dialect(), cat.aspectRatios()));
  }

  /** @return an error when the prompt is missing, too short or too long (counted in code points) */
  public static Optional<FieldError> prompt(DialectCatalogue cat, String prompt) {
    int length = prompt == null ? 0 : prompt.strip().codePointCount(0, prompt.strip().length());
    if (length >= cat.promptMinChars() && length <= cat.promptMaxChars()) {
      return Optional.empty();
    }
    String what = length == 0 ? "prompt is required" : "prompt has " + length + " characters";
    return Optional.of(new FieldError("prompt", what + " on " + cat.dialect(),
        List.of(cat.promptMinChars() + ".." + cat.promptMaxChars() + " characters")));
  }

  /** @return errors for image inputs and options the dialect cannot express */
  public static List<FieldError> inputs(DialectCatalogue cat, GenerationRequest r) {
    List<FieldError> errors = new ArrayList<>();
    String on = " on " + cat.dialect();
    if (r.firstFrameUrl() != null && !cat.firstFrame()) {
      errors.add(new FieldError("firstFrameUrl", "no first frame input" + on, List.of()));
    }
    if (r.lastFrameUrl() != null && !cat.lastFrame()) {
      errors.add(new FieldError("lastFrameUrl", "no last frame input" + on, List.of()));
    }
    if (!r.referenceImageUrls().isEmpty() && !cat.referenceImages()) {
      errors.add(new FieldError("referenceImageUrls", "no reference images" + on, List.of()));
    }
    if (r.imageCount() > cat.maxImages()) {
      errors.add(new FieldError("referenceImageUrls",
          r.imageCount() + " images in all; at most " + cat.maxImages() + on,
          List.of("0.." + cat.maxImages() + " images")));
    }
    if (r.generateAudio() && !cat.audio()) {
      errors.add(new FieldError("generateAudio", "audio generation is not offered" + on, List.of("false")));
    }
    if (r.fixedLens() && !cat.fixedLens()) {
      errors.add(new FieldError("fixedLens", "fixed lens is not offered" + on, List.of("false")));
    }
    return errors;
  }
}
