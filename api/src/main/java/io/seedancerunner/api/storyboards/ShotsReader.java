package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.generation.GenerationRequestReader;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.catalog.Input;
import io.seedancerunner.workflows.catalog.Option;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.storyboard.Continuity;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.Storyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code shots} array of a storyboard: each shot's own rules ({@code continuity}) and,
 * with the defaults merged under it, the generation rules of its provider's catalogue
 * ({@link GenerationRequestReader}). Errors carry the path {@code shots[i].<field>}; an error on a
 * value the shot takes from {@code defaults} is reported once, under {@code defaults.}, and not
 * again per shot.
 */
final class ShotsReader {

  /** Stands in for the previous shot's last frame while a {@code continue} shot is checked. */
  static final String PREVIOUS_LAST_FRAME = "https://storyboard.invalid/previous-shot-last-frame.jpg";

  private final GenerationRequestReader requests;
  private final ProviderAccounts accounts;
  private final ObjectNode defaultsNode;
  private final ShotDefaults defaults;
  private final List<String> failedDefaults;

  ShotsReader(GenerationRequestReader requests, ProviderAccounts accounts, ObjectNode defaultsNode,
      ShotDefaults defaults, List<String> failedDefaults) {
    this.requests = requests;
    this.accounts = accounts;
    this.defaultsNode = defaultsNode;
    this.defaults = defaults;
    this.failedDefaults = failedDefaults;
  }

  /** @return the shots read; meaningful only when no error was added */
  List<Shot> read(JsonNode shotsNode, List<FieldError> errors) {
    List<String> size = List.of("1.." + Storyboard.MAX_SHOTS + " shots");
    if (shotsNode == null || shotsNode.isNull()) {
      errors.add(new FieldError("shots", "shots is required: a list of 1.." + Storyboard.MAX_SHOTS + " shots", size));
      return List.of();
    }
    if (!shotsNode.isArray() || shotsNode.isEmpty() || shotsNode.size() > Storyboard.MAX_SHOTS) {
      errors.add(new FieldError("shots", "shots must be a list of 1.." + Storyboard.MAX_SHOTS + " shots, not "
          + (shotsNode.isArray() ? shotsNode.size() + " shots" : StoryboardReader.shown(shotsNode)), size));
      return List.of();
    }
    List<Shot> shots = new ArrayList<>();
    for (int i = 0; i < shotsNode.size(); i++) {
      JsonNode item = shotsNode.get(i);
      String path = "shots[" + i + "]";
      if (!item.isObject()) {
        errors.add(new FieldError(path, "shot " + (i + 1) + " must be a mapping of fields with at least a prompt, not "
            + StoryboardReader.shown(item), StoryboardReader.SHOT_FIELDS));
        shots.add(null);
        continue;
      }
      shots.add(shot((ObjectNode) item, i, path, errors));
    }
    return askForLastFrames(shots);
  }

  private Shot shot(ObjectNode node, int index, String path, List<FieldError> errors) {
    StoryboardReader.unknownKeys(node, path + ".", StoryboardReader.SHOT_FIELDS, errors);
    Continuity continuity = continuity(node, index, path, errors);
    boolean continues = continuity == Continuity.CONTINUE;
    if (continues && node.hasNonNull("firstFrameUrl")) {
      errors.add(new FieldError(path + ".firstFrameUrl", "shot " + (index + 1) + " continues from the last frame "
          + "of shot " + index + "; leave firstFrameUrl out, or make the shot a cut", List.of()));
    }
    ObjectNode body = node.objectNode();
    StoryboardReader.DEFAULT_FIELDS.forEach(f -> StoryboardReader.copy(defaultsNode, body, f));
    StoryboardReader.SHOT_FIELDS.stream().filter(f -> !f.equals("continuity"))
        .forEach(f -> StoryboardReader.copy(node, body, f));
    if (!body.hasNonNull("durationSeconds") && defaults != null) {
      body.put("durationSeconds", defaults.durationSeconds());
    }
    if (continues) {
      body.put("firstFrameUrl", PREVIOUS_LAST_FRAME);
    }
    GenerationRequestReader.Result result = requests.read(body);
    for (FieldError e : result.errors()) {
      report(e, node, index, path, continues, errors);
    }
    GenerationRequest r = result.request();
    return new Shot(r.prompt(),
        node.hasNonNull("durationSeconds") ? Integer.valueOf(r.durationSeconds()) : null,
        continuity,
        continues ? null : r.firstFrameUrl(),
        r.lastFrameUrl(),
        r.referenceImageUrls(),
        own(node, "provider", r.provider()),
        own(node, "model", r.model()),
        own(node, "resolution", r.resolution()),
        own(node, "aspectRatio", r.aspectRatio()),
        own(node, "generateAudio", r.generateAudio()),
        own(node, "fixedLens", r.fixedLens()),
        r.options().seed(),
        r.options().returnLastFrame());
  }

  /** Places a generation error at the shot's field, at its continuity, or drops it as reported under defaults. */
  private void report(FieldError e, ObjectNode node, int index, String path, boolean continues,
      List<FieldError> errors) {
    String field = e.field();
    if (continues && field.equals("firstFrameUrl") && !node.hasNonNull("firstFrameUrl")) {
      errors.add(new FieldError(path + ".continuity", "shot " + (index + 1) + " cannot continue: "
          + e.message().replace("firstFrameUrl cannot be expressed", "a first frame cannot be sent"),
          List.of("cut")));
      return;
    }
    if (node.hasNonNull(field) || !defaultsNode.hasNonNull(field)) {
      errors.add(new FieldError(path + "." + field, "shot " + (index + 1) + ": " + e.message(), e.allowed()));
    } else if (!failedDefaults.contains(field)) {
      errors.add(new FieldError(path + "." + field, "shot " + (index + 1) + ": " + e.message()
          + " (the value comes from defaults; override it in the shot)", e.allowed()));
    }
  }

  private static Continuity continuity(ObjectNode node, int index, String path, List<FieldError> errors) {
    JsonNode n = node.get("continuity");
    if (n == null || n.isNull()) {
      return Continuity.CUT;
    }
    String v = n.isTextual() ? n.textValue().strip().toLowerCase(Locale.ROOT) : "";
    if (v.equals("cut")) {
      return Continuity.CUT;
    }
    if (!v.equals("continue")) {
      errors.add(new FieldError(path + ".continuity", "continuity must be continue (start from the last frame of "
          + "the shot before) or cut, not " + StoryboardReader.shown(n), List.of("continue", "cut")));
      return Continuity.CUT;
    }
    if (index == 0) {
      errors.add(new FieldError(path + ".continuity", "the first shot has no shot before it to continue from",
          List.of("cut")));
      return Continuity.CUT;
    }
    return Continuity.CONTINUE;
  }

  /** @return the value when the shot sets the field itself, else {@code null} (the default applies) */
  private static <T> T own(ObjectNode node, String field, T value) {
    return node.hasNonNull(field) ? value : null;
  }

  /** Sets {@code returnLastFrame} on shots that a continue shot follows, where the dialect has it. */
  private List<Shot> askForLastFrames(List<Shot> shots) {
    List<Shot> out = new ArrayList<>(shots);
    for (int i = 0; i + 1 < shots.size(); i++) {
      Shot s = shots.get(i);
      Shot next = shots.get(i + 1);
      if (s == null || next == null || !next.continues() || s.returnLastFrame() != null) {
        continue;
      }
      String provider = s.provider() != null ? s.provider() : defaults == null ? null : defaults.provider();
      boolean offered = StoryboardReader.catalogue(accounts, provider)
          .map(c -> c.accepts(Option.RETURN_LAST_FRAME)).orElse(false);
      if (offered) {
        out.set(i, new Shot(s.prompt(), s.durationSeconds(), s.continuity(), s.firstFrameUrl(), s.lastFrameUrl(),
            s.referenceImageUrls(), s.provider(), s.model(), s.resolution(), s.aspectRatio(), s.generateAudio(),
            s.fixedLens(), s.seed(), Boolean.TRUE));
      }
    }
    return out;
  }

  /** @return whether a dialect can take the previous shot's last frame as its first frame */
  static boolean takesFirstFrame(ProviderAccounts accounts, String provider) {
    return StoryboardReader.catalogue(accounts, provider).map(c -> c.accepts(Input.FIRST_FRAME)).orElse(false);
  }
}
