package io.seedancerunner.api.generation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.config.ApiProviderAccount;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.catalog.RequestCheck;
import io.seedancerunner.workflows.model.GenerationOptions;
import io.seedancerunner.workflows.model.GenerationRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the JSON body of {@code POST /v1/generations} into a normalised {@link GenerationRequest}
 * (defaults applied), or lists every invalid field: JSON type errors first-hand, then the
 * catalogue rules of the provider's dialect through {@link RequestCheck}.
 *
 * <p>Defaults (our choices where the brief leaves room): {@code provider} =
 * {@code seedance.default-provider}; {@code model} = the dialect's first model;
 * {@code durationSeconds} = 8 when the model offers 8 s, else its shortest listed duration;
 * {@code resolution} = {@code 720p}; {@code aspectRatio} = {@code 16:9} (also on seedanceapi, whose
 * own default is 1:1, so that every provider answers the same request alike);
 * {@code generateAudio} and {@code fixedLens} = false; every provider option ({@code seed},
 * {@code watermark}, {@code serviceTier}, {@code returnLastFrame},
 * {@code executionExpiresAfterSeconds}, {@code contentFilter}) unset, leaving the provider's
 * default. A JSON {@code null} counts as absent. A field the chosen dialect cannot express is
 * refused with a 400 naming the dialect and the field ({@link RequestCheck}).
 */
@Singleton
public class GenerationRequestReader {

  /** The body's field names, in the order error lists use. */
  public static final List<String> FIELDS = List.of("provider", "model", "prompt", "durationSeconds",
      "resolution", "aspectRatio", "generateAudio", "fixedLens", "firstFrameUrl", "lastFrameUrl",
      "referenceImageUrls", "referenceVideoUrls", "referenceAudioUrls", "seed", "watermark", "serviceTier",
      "returnLastFrame", "executionExpiresAfterSeconds", "contentFilter", "tenant", "maxAttempts", "fallbacks");
  static final int DEFAULT_DURATION = 8;
  static final String DEFAULT_RESOLUTION = "720p";
  static final String DEFAULT_ASPECT_RATIO = "16:9";

  private final ProviderAccounts accounts;

  /** @param accounts the configured provider accounts */
  public GenerationRequestReader(ProviderAccounts accounts) {
    this.accounts = accounts;
  }

  /**
   * The outcome of reading a body.
   *
   * @param request the normalised request; meaningful only when {@code errors} is empty
   * @param errors  every invalid field, empty when the request is valid
   */
  public record Result(GenerationRequest request, List<FieldError> errors) {
    /** @return true when no field is invalid */
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /**
   * @param body the body as a JSON object ({@link RequestBodyReader})
   * @return the normalised request and every invalid field
   */
  public Result read(ObjectNode body) {
    List<FieldError> errors = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(RequestBodyReader.unknownFieldName(name), "unknown field '" + FieldReader.abbreviate(name) + "'"
            + FieldHints.suggestion(name, FIELDS), FIELDS));
      }
    });
    FieldReader in = new FieldReader(body, errors);
    String provider = provider(in, errors);
    DialectCatalogue cat = provider == null ? null
        : accounts.find(provider).flatMap(accounts::catalogue).orElse(null);

    List<String> modelIds = cat == null ? List.of() : cat.modelIds();
    String model = Optional.ofNullable(in.string("model", modelIds))
        .orElse(modelIds.isEmpty() ? null : modelIds.get(0));
    ModelSpec spec = cat == null || model == null ? null : cat.model(model).orElse(null);
    String prompt = in.string("prompt",
        cat == null ? List.of() : List.of(cat.promptMinChars() + ".." + cat.promptMaxChars() + " characters"));
    Integer duration = in.integer("durationSeconds", durations(cat, spec));
    String resolution = in.string("resolution", resolutions(cat, spec));
    String ratio = in.string("aspectRatio", cat == null ? List.of() : cat.aspectRatios());
    Boolean generateAudio = in.bool("generateAudio");
    Boolean fixedLens = in.bool("fixedLens");
    String first = in.url("firstFrameUrl");
    String last = in.url("lastFrameUrl");
    List<String> references = in.urls("referenceImageUrls");
    List<String> videos = in.urls("referenceVideoUrls");
    List<String> audio = in.urls("referenceAudioUrls");
    Long seed = in.wholeNumber("seed", List.of("-1..4294967295"));
    Boolean watermark = in.bool("watermark");
    String tier = in.string("serviceTier", cat == null ? List.of() : cat.serviceTiers());
    Boolean lastFrame = in.bool("returnLastFrame");
    Long expires = in.wholeNumber("executionExpiresAfterSeconds", List.of("1.. seconds"));
    Boolean contentFilter = in.bool("contentFilter");
    GenerationOptions options = new GenerationOptions(seed, watermark, tier, lastFrame,
        expires == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, expires)),
        contentFilter);

    GenerationRequest request = new GenerationRequest(provider, model, prompt,
        duration != null ? duration : defaultDuration(spec),
        resolution != null ? resolution : DEFAULT_RESOLUTION,
        ratio != null ? ratio : DEFAULT_ASPECT_RATIO,
        Boolean.TRUE.equals(generateAudio), Boolean.TRUE.equals(fixedLens), first, last, references, videos, audio,
        options);
    Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    if (cat != null) {
      RequestCheck.check(cat, request).stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
    } else if (!reported.contains("prompt") && (prompt == null || prompt.isBlank())) {
      // Without a catalogue the length limits are unknown, but a missing prompt is still listed.
      errors.add(new FieldError("prompt", "prompt is required", List.of()));
    }
    errors.sort((a, b) -> Integer.compare(order(a.field()), order(b.field())));
    return new Result(request, List.copyOf(errors));
  }

  /** Resolves the account: the named one or the default; records an error and returns null otherwise. */
  private String provider(FieldReader in, List<FieldError> errors) {
    List<String> names = accounts.names();
    String given = in.string("provider", names);
    if (in.failed("provider")) {
      return null;
    }
    Optional<String> name = given != null ? Optional.of(given) : accounts.defaultName();
    if (name.isEmpty()) {
      errors.add(new FieldError("provider", "provider is required: no seedance.default-provider is configured", names));
      return null;
    }
    Optional<ApiProviderAccount> account = accounts.find(name.get());
    if (account.isEmpty()) {
      errors.add(new FieldError("provider", "unknown provider '" + FieldReader.abbreviate(name.get()) + "'"
          + (given == null ? " (seedance.default-provider)" : ""), names));
      return null;
    }
    if (accounts.catalogue(account.get()).isEmpty()) {
      List<String> checkable = accounts.all().stream().filter(a -> accounts.catalogue(a).isPresent())
          .map(ApiProviderAccount::getName).toList();
      errors.add(new FieldError("provider", "provider '" + name.get() + "' speaks dialect '"
          + account.get().getDialect() + "', which this api cannot check requests for", checkable));
      return null;
    }
    return name.get();
  }

  private static int order(String field) {
    int i = FIELDS.indexOf(field);
    return i < 0 ? FIELDS.size() : i;
  }

  /** 8 s when the model offers it, else its first listed duration; 8 s when the model is unknown. */
  static int defaultDuration(ModelSpec spec) {
    if (spec == null || spec.durations().isEmpty() || spec.durations().contains(DEFAULT_DURATION)) {
      return DEFAULT_DURATION;
    }
    return spec.durations().get(0);
  }

  private static List<String> durations(DialectCatalogue cat, ModelSpec spec) {
    if (spec != null) {
      return spec.durations().stream().map(String::valueOf).toList();
    }
    return cat == null ? List.of() : cat.models().stream().flatMap(m -> m.durations().stream())
        .distinct().sorted().map(String::valueOf).toList();
  }

  private static List<String> resolutions(DialectCatalogue cat, ModelSpec spec) {
    if (spec != null) {
      return spec.resolutions();
    }
    return cat == null ? List.of() : cat.models().stream().flatMap(m -> m.resolutions().stream()).distinct().toList();
  }
}
