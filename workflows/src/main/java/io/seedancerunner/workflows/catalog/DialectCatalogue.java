package io.seedancerunner.workflows.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one dialect accepts, built from its seed document. {@code GET /v1/models} serves it, and
 * the api validates every request against it before a workflow starts. Build one with
 * {@link #builder(String, String)}.
 *
 * @param dialect            dialect id from {@code docs/providers/README.md}
 * @param source             the seed document the figures come from
 * @param models             the models, each with its durations and resolutions
 * @param aspectRatios       allowed aspect ratios
 * @param promptMinChars     shortest prompt, in characters
 * @param promptMaxChars     longest prompt, in characters
 * @param promptOptional     whether a request with a visual input may leave the prompt empty
 *                           (openai-videos: "at least one of prompt or a visual input")
 * @param inputs             the input modes the dialect can express
 * @param options            the provider options the dialect can express
 * @param serviceTiers       allowed {@code serviceTier} values; empty when the option is absent
 * @param maxImages          most image inputs (first frame + last frame + reference images)
 * @param maxReferences      most reference inputs of every kind together (images, videos,
 *                           audio), for example seedance2ai's 12 {@code media_urls}
 * @param cancel             whether the dialect has a cancel endpoint
 * @param idempotentSubmit   whether the submit takes an idempotency key (seedance2ai), so that
 *                           repeating an ambiguous submit with the same key is safe
 * @param listsTasks         whether the dialect lists tasks (ark), so that an ambiguous submit can
 *                           be reconciled by looking for it
 * @param returnsLastFrame   whether a finished task can carry a last frame image URL
 * @param priceUnit          {@code USD}, {@code credits} or {@code tokens}
 * @param prices             price table in {@code priceUnit}; keys are documented per dialect in
 *                           its catalogue class
 * @param usdPerUnit         USD per {@code priceUnit}, where the document gives a rate; else
 *                           {@code null}
 */
public record DialectCatalogue(
    String dialect,
    String source,
    List<ModelSpec> models,
    List<String> aspectRatios,
    int promptMinChars,
    int promptMaxChars,
    boolean promptOptional,
    Set<Input> inputs,
    Set<Option> options,
    List<String> serviceTiers,
    int maxImages,
    int maxReferences,
    boolean cancel,
    boolean idempotentSubmit,
    boolean listsTasks,
    boolean returnsLastFrame,
    String priceUnit,
    Map<String, Double> prices,
    Double usdPerUnit) {

  /** Copies the collections so the record stays immutable. */
  public DialectCatalogue {
    models = List.copyOf(models);
    aspectRatios = List.copyOf(aspectRatios);
    inputs = inputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inputs));
    options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
    serviceTiers = List.copyOf(serviceTiers);
    prices = Map.copyOf(prices);
  }

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

  /** @return whether the dialect can express this input */
  public boolean accepts(Input input) {
    return inputs.contains(input);
  }

  /** @return whether the dialect can express this option */
  public boolean accepts(Option option) {
    return options.contains(option);
  }

  /**
   * @param dialect dialect id
   * @param source  the seed document, for example {@code docs/providers/open-api.md}
   * @return a builder with no models, no inputs, no options, prompt 1..2000 characters
   */
  public static Builder builder(String dialect, String source) {
    return new Builder(dialect, source);
  }

  /** Fluent builder; every setter returns {@code this}. */
  public static final class Builder {
    private final String dialect;
    private final String source;
    private List<ModelSpec> models = List.of();
    private List<String> aspectRatios = List.of();
    private int promptMin = 1;
    private int promptMax = 2000;
    private boolean promptOptional;
    private final Set<Input> inputs = EnumSet.noneOf(Input.class);
    private final Set<Option> options = EnumSet.noneOf(Option.class);
    private List<String> serviceTiers = List.of();
    private int maxImages;
    private int maxReferences;
    private boolean cancel;
    private boolean idempotentSubmit;
    private boolean listsTasks;
    private boolean returnsLastFrame;
    private String priceUnit = "USD";
    private Map<String, Double> prices = Map.of();
    private Double usdPerUnit;

    private Builder(String dialect, String source) {
      this.dialect = dialect;
      this.source = source;
    }

    /** Sets the models, in the order {@code GET /v1/models} lists them. */
    public Builder models(ModelSpec... m) { this.models = List.of(m); return this; }
    /** Sets the allowed aspect ratios. */
    public Builder aspectRatios(String... r) { this.aspectRatios = List.of(r); return this; }
    /** @param min shortest prompt @param max longest prompt, in characters */
    public Builder prompt(int min, int max) { this.promptMin = min; this.promptMax = max; return this; }
    /** Lets a request with a visual input leave the prompt empty. */
    public Builder promptOptionalWithVisualInput() { this.promptOptional = true; return this; }
    /** Adds input modes the dialect can express. */
    public Builder inputs(Input... i) { this.inputs.addAll(List.of(i)); return this; }
    /** Adds provider options the dialect can express. */
    public Builder options(Option... o) { this.options.addAll(List.of(o)); return this; }
    /** Sets the allowed service tiers and adds {@link Option#SERVICE_TIER}. */
    public Builder serviceTiers(String... t) { this.serviceTiers = List.of(t); this.options.add(Option.SERVICE_TIER); return this; }
    /** @param images most images @param references most reference inputs of every kind */
    public Builder limits(int images, int references) { this.maxImages = images; this.maxReferences = references; return this; }
    /** Marks the dialect as having a cancel endpoint. */
    public Builder cancel() { this.cancel = true; return this; }
    /** Marks the submit as taking an idempotency key. */
    public Builder idempotentSubmit() { this.idempotentSubmit = true; return this; }
    /** Marks the dialect as listing tasks (reconciliation of ambiguous submits). */
    public Builder listsTasks() { this.listsTasks = true; return this; }
    /** Marks finished tasks as able to carry a last frame image URL. */
    public Builder returnsLastFrame() { this.returnsLastFrame = true; return this; }
    /** @param unit price unit @param table prices @param usd USD per unit, or null */
    public Builder prices(String unit, Map<String, Double> table, Double usd) {
      this.priceUnit = unit; this.prices = table; this.usdPerUnit = usd; return this;
    }

    /** @return the catalogue */
    public DialectCatalogue build() {
      return new DialectCatalogue(dialect, source, models, aspectRatios, promptMin, promptMax, promptOptional,
          inputs, options, serviceTiers, maxImages, maxReferences, cancel, idempotentSubmit, listsTasks,
          returnsLastFrame, priceUnit, prices, usdPerUnit);
    }
  }
}
