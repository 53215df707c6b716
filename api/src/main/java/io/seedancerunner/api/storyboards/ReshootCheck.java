package io.seedancerunner.api.storyboards;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpStatus;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.storyboard.Shot;
import io.seedancerunner.workflows.storyboard.ShotDefaults;
import io.seedancerunner.workflows.storyboard.ShotChanges;
import io.seedancerunner.workflows.storyboard.Storyboard;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a reshoot's changes exactly as a shot of a new storyboard is checked: the storyboard as
 * the workflow holds it, with the changes applied to the shot, goes through
 * {@link StoryboardReader} (the provider's catalogue, prompt length, URL rules, continuity), and
 * every error on that shot is reported under the change's own field name. A refused reshoot
 * reaches no workflow, so nothing starts and the film and the reshoot window stay.
 */
@Singleton
public class ReshootCheck {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final StoryboardReader reader;

  /** @param reader the storyboard reader */
  public ReshootCheck(StoryboardReader reader) {
    this.reader = reader;
  }

  /**
   * @param storyboard the storyboard the workflow runs
   * @param number     the 1-based shot number (in range)
   * @param changes    the reshoot's changes
   * @throws ApiException 400 {@code invalid_request} naming every invalid change at once
   */
  public void check(Storyboard storyboard, int number, ShotChanges changes) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", storyboard.title() == null ? "reshoot" : storyboard.title());
    if (storyboard.defaults() != null) {
      root.set("defaults", defaults(storyboard.defaults()));
    }
    ArrayNode shots = root.putArray("shots");
    for (int i = 0; i < storyboard.shots().size(); i++) {
      Shot shot = storyboard.shots().get(i);
      shots.add(shot(i + 1 == number ? changes.applyTo(shot) : shot));
    }
    try {
      reader.read(root.toString(), "application/json");
    } catch (ApiException e) {
      if (e.status() != HttpStatus.BAD_REQUEST || e.body().fields() == null) {
        throw e;
      }
      String prefix = "shots[" + (number - 1) + "].";
      List<FieldError> mine = new ArrayList<>();
      for (FieldError f : e.body().fields()) {
        if (f.field().startsWith(prefix)) {
          mine.add(new FieldError(f.field().substring(prefix.length()), f.message(), f.allowed()));
        }
      }
      if (!mine.isEmpty()) {
        throw ApiException.invalid(mine);
      }
    }
  }

  private static ObjectNode defaults(ShotDefaults d) {
    ObjectNode n = JSON.createObjectNode();
    putText(n, "provider", d.provider());
    putText(n, "model", d.model());
    putText(n, "resolution", d.resolution());
    putText(n, "aspectRatio", d.aspectRatio());
    n.put("generateAudio", d.generateAudio());
    n.put("fixedLens", d.fixedLens());
    n.put("durationSeconds", d.durationSeconds());
    return n;
  }

  private static ObjectNode shot(Shot s) {
    ObjectNode n = JSON.createObjectNode();
    putText(n, "prompt", s.prompt());
    if (s.durationSeconds() != null) {
      n.put("durationSeconds", s.durationSeconds());
    }
    if (s.continuity() != null) {
      n.put("continuity", s.continuity().name().toLowerCase(Locale.ROOT));
    }
    putText(n, "firstFrameUrl", s.firstFrameUrl());
    putText(n, "lastFrameUrl", s.lastFrameUrl());
    if (s.referenceImageUrls() != null && !s.referenceImageUrls().isEmpty()) {
      ArrayNode refs = n.putArray("referenceImageUrls");
      s.referenceImageUrls().forEach(refs::add);
    }
    putText(n, "provider", s.provider());
    putText(n, "model", s.model());
    putText(n, "resolution", s.resolution());
    putText(n, "aspectRatio", s.aspectRatio());
    if (s.generateAudio() != null) {
      n.put("generateAudio", s.generateAudio());
    }
    if (s.fixedLens() != null) {
      n.put("fixedLens", s.fixedLens());
    }
    if (s.seed() != null) {
      n.put("seed", s.seed());
    }
    return n;
  }

  private static void putText(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}
