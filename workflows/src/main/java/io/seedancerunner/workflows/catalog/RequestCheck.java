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
    prompt(cat, r).ifPresent(errors::add);
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

  /**
   * @return an error when the prompt is missing, too short or too long (counted in code points);
   *     a dialect with {@code promptOptional} accepts an empty prompt beside a visual input
   */
  public static Optional<FieldError> prompt(DialectCatalogue cat, GenerationRequest r) {
    String prompt = r.prompt();
    int length = prompt == null ? 0 : prompt.strip().codePointCount(0, prompt.strip().length());
    if (length == 0 && cat.promptOptional() && r.hasVisualInput()) {
      return Optional.empty();
    }
    if (length >= cat.promptMinChars() && length <= cat.promptMaxChars()) {
      return Optional.empty();
    }
    String what = length == 0 ? "prompt is required" : "prompt has " + length + " characters";
    return Optional.of(new FieldError("prompt", what + " on " + cat.dialect(),
        List.of(cat.promptMinChars() + ".." + cat.promptMaxChars() + " characters")));
  }

  /** @return errors for inputs and options the dialect cannot express, and for their limits */
  public static List<FieldError> inputs(DialectCatalogue cat, GenerationRequest r) {
    List<FieldError> errors = new ArrayList<>();
    String on = " on " + cat.dialect();
    unsupported(cat, Input.FIRST_FRAME, r.firstFrameUrl() != null, on).ifPresent(errors::add);
    unsupported(cat, Input.LAST_FRAME, r.lastFrameUrl() != null, on).ifPresent(errors::add);
    unsupported(cat, Input.REFERENCE_IMAGES, !r.referenceImageUrls().isEmpty(), on).ifPresent(errors::add);
    unsupported(cat, Input.REFERENCE_VIDEOS, !r.referenceVideoUrls().isEmpty(), on).ifPresent(errors::add);
    unsupported(cat, Input.REFERENCE_AUDIO, !r.referenceAudioUrls().isEmpty(), on).ifPresent(errors::add);
    if (r.imageCount() > cat.maxImages() && cat.maxImages() > 0) {
      errors.add(new FieldError("referenceImageUrls",
          r.imageCount() + " images in all; at most " + cat.maxImages() + on,
          List.of("0.." + cat.maxImages() + " images")));
    }
    int references = r.referenceImageUrls().size() + r.referenceVideoUrls().size() + r.referenceAudioUrls().size();
    if (references > cat.maxReferences() && cat.maxReferences() > 0) {
      errors.add(new FieldError("referenceImageUrls",
          references + " reference images, videos and audio in all; at most " + cat.maxReferences() + on,
          List.of("0.." + cat.maxReferences() + " references")));
    }
    errors.addAll(options(cat, r));
    return errors;
  }

  /** @return errors for provider options the dialect cannot express or values it refuses */
  public static List<FieldError> options(DialectCatalogue cat, GenerationRequest r) {
    List<FieldError> errors = new ArrayList<>();
    String on = " on " + cat.dialect();
    var o = r.options();
    optionUnsupported(cat, Option.AUDIO, r.generateAudio(), on).ifPresent(errors::add);
    optionUnsupported(cat, Option.FIXED_LENS, r.fixedLens(), on).ifPresent(errors::add);
    optionUnsupported(cat, Option.SEED, o.seed() != null, on).ifPresent(errors::add);
    optionUnsupported(cat, Option.WATERMARK, o.watermark() != null, on).ifPresent(errors::add);
    optionUnsupported(cat, Option.SERVICE_TIER, o.serviceTier() != null, on).ifPresent(errors::add);
    optionUnsupported(cat, Option.RETURN_LAST_FRAME, o.returnLastFrame() != null, on).ifPresent(errors::add);
    optionUnsupported(cat, Option.EXECUTION_EXPIRES_AFTER, o.executionExpiresAfterSeconds() != null, on)
        .ifPresent(errors::add);
    optionUnsupported(cat, Option.CONTENT_FILTER, o.contentFilter() != null, on).ifPresent(errors::add);
    if (o.seed() != null && cat.accepts(Option.SEED) && (o.seed() < -1 || o.seed() > 4294967295L)) {
      errors.add(new FieldError("seed", "seed " + o.seed() + " is out of range", List.of("-1..4294967295")));
    }
    if (o.serviceTier() != null && cat.accepts(Option.SERVICE_TIER) && !cat.serviceTiers().contains(o.serviceTier())) {
      errors.add(new FieldError("serviceTier", "service tier '" + o.serviceTier() + "' is not offered" + on,
          cat.serviceTiers()));
    }
    Integer expires = o.executionExpiresAfterSeconds();
    if (expires != null && cat.accepts(Option.EXECUTION_EXPIRES_AFTER) && expires <= 0) {
      errors.add(new FieldError("executionExpiresAfterSeconds", "expiry must be a positive number of seconds",
          List.of("1.. seconds")));
    }
    return errors;
  }

  private static Optional<FieldError> unsupported(DialectCatalogue cat, Input input, boolean present, String on) {
    if (!present || cat.accepts(input)) {
      return Optional.empty();
    }
    return Optional.of(new FieldError(input.field(), input.field() + " cannot be expressed" + on
        + "; its inputs are " + cat.inputs().stream().map(Input::field).sorted().toList(), List.of()));
  }

  private static Optional<FieldError> optionUnsupported(DialectCatalogue cat, Option option, boolean set, String on) {
    if (!set || cat.accepts(option)) {
      return Optional.empty();
    }
    List<String> allowed = option == Option.AUDIO || option == Option.FIXED_LENS ? List.of("false") : List.of();
    return Optional.of(new FieldError(option.field(), option.field() + " cannot be expressed" + on, allowed));
  }
}
