package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.FieldHints;
import io.seedancerunner.api.generation.GenerationRequestReader;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.catalog.ModelSpec;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.storyboard.FailurePolicy;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.Storyboard;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a storyboard file (YAML or JSON, schema {@code docs/storyboard.schema.json}) into a
 * normalised {@link Storyboard}, or refuses it with one 400 that lists every invalid field by its
 * path in the document ({@code defaults.resolution}, {@code shots[3].continuity}; shot indices are
 * 0-based as in JSON paths, messages say "shot 4") with the allowed values.
 *
 * <p>Each shot is checked like a {@code POST /v1/generations} body by
 * {@link GenerationRequestReader} (defaults merged under the shot's own fields), so the same
 * catalogue rules apply per shot and per provider. Beyond them:
 *
 * <ul>
 *   <li>{@code continuity} is {@code continue} or {@code cut} (default {@code cut}); the first shot
 *       cannot continue; a {@code continue} shot sets no {@code firstFrameUrl}, and its provider's
 *       dialect must take a first frame (the previous shot's last frame is counted among its
 *       images);</li>
 *   <li>{@code failurePolicy} is {@code fail-film} (default) or {@code partial-film};
 *       {@code maxParallelShots} 1..{@value Storyboard#MAX_SHOTS} (default
 *       {@value Storyboard#DEFAULT_MAX_PARALLEL_SHOTS}); {@code attemptsPerShot}
 *       1..{@value Storyboard#MAX_ATTEMPTS_PER_SHOT} (default {@value Storyboard#DEFAULT_ATTEMPTS_PER_SHOT});
 *       {@code shots} has 1..{@value Storyboard#MAX_SHOTS} items;</li>
 *   <li>defaults are filled: the api's default account, the dialect's first model, 720p, 16:9, no
 *       audio, no fixed lens, and {@value #DEFAULT_DURATION} s when the model offers it (else the
 *       api's generation default);</li>
 *   <li>a shot that a {@code continue} shot follows gets {@code returnLastFrame: true} when its
 *       dialect has that option and the file leaves it unset, so the provider hands back its own
 *       last frame.</li>
 * </ul>
 */
@Singleton
public class StoryboardReader {

  /** Top-level keys; {@code $schema} is allowed for editors and ignored. */
  public static final List<String> FIELDS = List.of("$schema", "title", "defaults", "failurePolicy",
      "maxParallelShots", "attemptsPerShot", "shots");
  /** Keys of {@code defaults}. */
  public static final List<String> DEFAULT_FIELDS = List.of("provider", "model", "resolution", "aspectRatio",
      "generateAudio", "fixedLens", "durationSeconds");
  /** Keys of one shot. */
  public static final List<String> SHOT_FIELDS = List.of("prompt", "durationSeconds", "continuity",
      "firstFrameUrl", "lastFrameUrl", "referenceImageUrls", "provider", "model", "resolution", "aspectRatio",
      "generateAudio", "fixedLens", "seed", "returnLastFrame");
  /** Default shot duration in seconds, when the default model offers it. */
  public static final int DEFAULT_DURATION = 5;
  /** Title of a storyboard whose file has none. */
  public static final String UNTITLED = "Untitled storyboard";
  static final int MAX_TITLE_CHARS = 200;

  private final GenerationRequestReader requests;
  private final ProviderAccounts accounts;

  /**
   * @param requests the generation request reader, whose checks every shot passes
   * @param accounts the provider accounts and their catalogues
   */
  public StoryboardReader(GenerationRequestReader requests, ProviderAccounts accounts) {
    this.requests = requests;
    this.accounts = accounts;
  }

  /**
   * @param text                  the storyboard file's text
   * @param contentTypeOrFileName its content type ({@code application/yaml}, {@code application/json})
   *                              or file name ({@code film.yaml}), or {@code null} to tell by the text
   * @return the normalised storyboard
   * @throws ApiException 400 {@code invalid_request} listing every invalid field with its path and
   *     allowed values (or naming {@code body} when the text does not parse); 413 when the text is
   *     larger than 1 MiB
   */
  public Storyboard read(String text, String contentTypeOrFileName) {
    ObjectNode root = StoryboardText.parse(text, contentTypeOrFileName);
    List<FieldError> errors = new ArrayList<>();
    unknownKeys(root, "", FIELDS, errors);
    String title = title(root, errors);
    FailurePolicy policy = failurePolicy(root, errors);
    int parallel = wholeNumber(root, "maxParallelShots", 1, Storyboard.MAX_SHOTS,
        Storyboard.DEFAULT_MAX_PARALLEL_SHOTS, errors);
    int attempts = wholeNumber(root, "attemptsPerShot", 1, Storyboard.MAX_ATTEMPTS_PER_SHOT,
        Storyboard.DEFAULT_ATTEMPTS_PER_SHOT, errors);
    ObjectNode defaultsNode = object(root, "defaults", "defaults", errors);
    DefaultsRead defaults = defaults(defaultsNode, errors);
    List<Shot> shots = new ShotsReader(requests, accounts, defaultsNode, defaults.values(), defaults.failed())
        .read(root.get("shots"), errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Storyboard(title, defaults.values(), policy, parallel, attempts, shots);
  }

  /** The defaults as read, and the default fields that were invalid. */
  record DefaultsRead(ShotDefaults values, List<String> failed) {}

  private DefaultsRead defaults(ObjectNode node, List<FieldError> errors) {
    ObjectNode body = node.objectNode();
    if (node.size() > 0) {
      unknownKeys(node, "defaults.", DEFAULT_FIELDS, errors);
      DEFAULT_FIELDS.forEach(f -> copy(node, body, f));
    }
    // Defaults carry no prompt; a neutral one passes every dialect's prompt limits.
    body.put("prompt", "storyboard defaults");
    GenerationRequestReader.Result result = requests.read(body);
    List<String> failed = new ArrayList<>();
    for (FieldError e : result.errors()) {
      if (!e.field().equals("prompt")) {
        failed.add(e.field());
        errors.add(new FieldError("defaults." + e.field(), e.message(), e.allowed()));
      }
    }
    GenerationRequest r = result.request();
    int duration = node.hasNonNull("durationSeconds") ? r.durationSeconds() : defaultDuration(r);
    return new DefaultsRead(new ShotDefaults(r.provider(), r.model(), r.resolution(), r.aspectRatio(),
        r.generateAudio(), r.fixedLens(), duration), failed);
  }

  /** {@value #DEFAULT_DURATION} s when the default model offers it, else the generation default. */
  private int defaultDuration(GenerationRequest r) {
    Optional<ModelSpec> spec = Optional.ofNullable(r.provider()).flatMap(accounts::find)
        .flatMap(accounts::catalogue).flatMap(c -> c.model(r.model()));
    return spec.filter(m -> m.durations().contains(DEFAULT_DURATION)).isPresent() ? DEFAULT_DURATION
        : r.durationSeconds();
  }

  private static String title(ObjectNode root, List<FieldError> errors) {
    JsonNode n = root.get("title");
    if (n == null || n.isNull()) {
      return UNTITLED;
    }
    List<String> allowed = List.of("1.." + MAX_TITLE_CHARS + " characters");
    if (!n.isTextual() || n.textValue().isBlank() || n.textValue().strip().length() > MAX_TITLE_CHARS) {
      errors.add(new FieldError("title", "title must be a text of 1.." + MAX_TITLE_CHARS + " characters", allowed));
      return UNTITLED;
    }
    return n.textValue().strip();
  }

  private static FailurePolicy failurePolicy(ObjectNode root, List<FieldError> errors) {
    JsonNode n = root.get("failurePolicy");
    if (n == null || n.isNull()) {
      return FailurePolicy.FAIL_FILM;
    }
    String v = n.isTextual() ? n.textValue().strip().toLowerCase(Locale.ROOT).replace('_', '-') : "";
    switch (v) {
      case "fail-film":
        return FailurePolicy.FAIL_FILM;
      case "partial-film":
        return FailurePolicy.PARTIAL_FILM;
      default:
        errors.add(new FieldError("failurePolicy", "failurePolicy must be fail-film (a shot that still fails "
            + "fails the storyboard) or partial-film (the film leaves it out), not " + shown(n),
            List.of("fail-film", "partial-film")));
        return FailurePolicy.FAIL_FILM;
    }
  }

  private static int wholeNumber(ObjectNode root, String field, int min, int max, int dflt, List<FieldError> errors) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= min && n.intValue() <= max) {
      return n.intValue();
    }
    errors.add(new FieldError(field, field + " must be a whole number from " + min + " to " + max + ", not "
        + shown(n), List.of(min + ".." + max)));
    return dflt;
  }

  /** @return the object at {@code field}, an empty one when absent; records an error when not an object */
  static ObjectNode object(ObjectNode parent, String field, String path, List<FieldError> errors) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return parent.objectNode();
    }
    if (!n.isObject()) {
      errors.add(new FieldError(path, path + " must be a mapping of fields, not " + shown(n), List.of()));
      return parent.objectNode();
    }
    return (ObjectNode) n;
  }

  /** Records an error for every key that is not one of {@code known}. */
  static void unknownKeys(ObjectNode node, String prefix, List<String> known, List<FieldError> errors) {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        errors.add(new FieldError(prefix + name, "unknown field '" + abbreviate(name) + "'"
            + FieldHints.suggestion(name, known), known));
      }
    });
  }

  /** Copies one field when present and not null. */
  static void copy(ObjectNode from, ObjectNode to, String field) {
    JsonNode n = from.get(field);
    if (n != null && !n.isNull()) {
      to.set(field, n);
    }
  }

  /** @return the value as the error messages quote it */
  static String shown(JsonNode n) {
    return n.isTextual() ? "'" + abbreviate(n.textValue()) + "'" : abbreviate(n.toString());
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** @return the catalogue of an account, or empty */
  static Optional<DialectCatalogue> catalogue(ProviderAccounts accounts, String provider) {
    return Optional.ofNullable(provider).flatMap(accounts::find).flatMap(accounts::catalogue);
  }
}
