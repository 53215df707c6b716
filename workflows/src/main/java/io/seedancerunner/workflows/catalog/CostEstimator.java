package io.seedancerunner.workflows.catalog;

import io.seedancerunner.workflows.model.GenerationRequest;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Prices one request from its dialect's catalogue, in the unit the provider bills and reports,
 * so that the runner can reserve the estimate before the submit and compare it with the charge
 * the provider reports. Pure and deterministic: safe in workflow code. Every figure is rounded up
 * to a whole credit or token (the reservation must cover the capture); for the simulator's own
 * catalogue the estimate equals what the simulator charges (see its tests).
 *
 * <p>Rules per dialect, each registered next to its catalogue in {@link Catalogues} (no lookup by
 * dialect name here; {@link DialectCatalogue#prices()} as documented in each catalogue class):
 * <ul>
 *   <li>{@code open-api} (seed 000): {@code usdPerSecond[resolution] × seconds}, in credits of
 *       {@link OpenApiCatalogue#USD_PER_CREDIT} (the unit of {@code creditsCharged}); same table
 *       for every model.</li>
 *   <li>{@code seedanceapi} (seed 001): the credit table {@code <resolution>/<seconds>s[/audio]};
 *       0.005 USD per credit.</li>
 *   <li>{@code seedance2ai} (seed 003): {@code credits/s[model/resolution] × seconds}, audio
 *       included; no USD rate.</li>
 *   <li>{@code unified} (seed 004): {@code credits/s[resolution] × seconds}, × 1.1 when
 *       {@code contentFilter} is {@code false} (the filter is on by default); no USD rate.</li>
 *   <li>{@code ark}: tokens, see {@link ArkCostRule}.</li>
 *   <li>a catalogue with no prices ({@code openai-videos}: seed 002 gives none, and its catalogue
 *       documents no rule): amount 0 in the catalogue's unit, {@code usd} null, basis
 *       {@value #NO_PRICE_LIST}. The simulator's own rule for that dialect (1 credit per second) is
 *       not a provider's price, so it is not used; a budget cannot limit such an account.</li>
 * </ul>
 */
public final class CostEstimator {

  /** Basis of the estimate of a dialect whose catalogue has no prices. */
  public static final String NO_PRICE_LIST = "no price list";

  private CostEstimator() {}

  /**
   * Same as {@link #estimate(DialectCatalogue, GenerationRequest, Integer)} with the ark
   * assumption for reference videos (see {@link ArkCostRule}).
   *
   * @param catalogue the provider account's dialect catalogue
   * @param request   the request, already valid against {@code catalogue} ({@link RequestCheck})
   * @return the estimate
   * @throws UnpricedRequestException naming the field that has no price (for example an unknown
   *     model or a resolution missing from the price table)
   */
  public static CostEstimate estimate(DialectCatalogue catalogue, GenerationRequest request) {
    return estimate(catalogue, request, null);
  }

  /**
   * @param catalogue         the provider account's dialect catalogue
   * @param request           the request, already valid against {@code catalogue}
   * @param inputVideoSeconds ark only: total length of the request's reference videos in seconds,
   *                          when the caller knows it; {@code null} to assume the documented
   *                          maximum (15 s when there is any reference video, else 0). Ignored by
   *                          other dialects.
   * @return the estimate
   * @throws UnpricedRequestException naming the field that has no price, or a negative
   *     {@code inputVideoSeconds} ({@code referenceVideoUrls})
   */
  public static CostEstimate estimate(DialectCatalogue catalogue, GenerationRequest request,
      Integer inputVideoSeconds) {
    if (request.model() == null || catalogue.model(request.model()).isEmpty()) {
      throw new UnpricedRequestException("model", "no price for model '" + request.model() + "' on "
          + catalogue.dialect());
    }
    if (request.durationSeconds() <= 0) {
      throw new UnpricedRequestException("durationSeconds", "no price for " + request.durationSeconds() + " s");
    }
    if (catalogue.prices().isEmpty()) {
      return unpriced(catalogue);
    }
    return Catalogues.costRule(catalogue.dialect())
        .orElseThrow(() -> new UnpricedRequestException("provider", "no pricing rule for dialect " + catalogue.dialect()))
        .estimate(catalogue, request, inputVideoSeconds);
  }

  /** @return the estimate of a dialect without a price list (its catalogue has no prices) */
  static CostEstimate unpriced(DialectCatalogue cat) {
    return new CostEstimate(0, cat.priceUnit(), null, NO_PRICE_LIST);
  }

  static CostEstimate openApi(DialectCatalogue cat, GenerationRequest r) {
    double usdPerSecond = price(cat, r.resolution(), "resolution");
    BigDecimal usd = Figures.exact(usdPerSecond).multiply(BigDecimal.valueOf(r.durationSeconds()));
    BigDecimal credits = Figures.wholeUp(usd.divide(Figures.exact(OpenApiCatalogue.USD_PER_CREDIT)));
    return new CostEstimate(credits.doubleValue(), "credits", Figures.usd(credits, OpenApiCatalogue.USD_PER_CREDIT),
        r.durationSeconds() + " s × " + Figures.text(usdPerSecond) + " USD/s (" + r.resolution() + ") = "
            + Figures.text(credits) + " credits of " + Figures.text(OpenApiCatalogue.USD_PER_CREDIT) + " USD");
  }

  static CostEstimate seedanceApi(DialectCatalogue cat, GenerationRequest r) {
    String key = r.resolution() + "/" + r.durationSeconds() + "s" + (r.generateAudio() ? "/audio" : "");
    requireRow(cat, r.resolution() + "/", "resolution");
    BigDecimal credits = Figures.exact(price(cat, key, "durationSeconds"));
    return new CostEstimate(credits.doubleValue(), cat.priceUnit(), Figures.usd(credits, cat.usdPerUnit()),
        "price table " + r.resolution() + ", " + r.durationSeconds() + " s" + (r.generateAudio() ? ", audio" : "")
            + " = " + Figures.text(credits) + " credits");
  }

  static CostEstimate seedance2Ai(DialectCatalogue cat, GenerationRequest r) {
    double perSecond = price(cat, r.model() + "/" + r.resolution(), "resolution");
    BigDecimal credits = Figures.wholeUp(Figures.exact(perSecond).multiply(BigDecimal.valueOf(r.durationSeconds())));
    return new CostEstimate(credits.doubleValue(), cat.priceUnit(), Figures.usd(credits, cat.usdPerUnit()),
        r.durationSeconds() + " s × " + Figures.text(perSecond) + " credits/s (" + r.model() + ", " + r.resolution() + ")");
  }

  static CostEstimate unified(DialectCatalogue cat, GenerationRequest r) {
    double perSecond = price(cat, r.resolution(), "resolution");
    boolean filterOff = Boolean.FALSE.equals(r.options().contentFilter());
    BigDecimal credits = Figures.exact(perSecond).multiply(BigDecimal.valueOf(r.durationSeconds()));
    String basis = r.durationSeconds() + " s × " + Figures.text(perSecond) + " credits/s (" + r.resolution() + ")";
    if (filterOff) {
      double multiplier = price(cat, "content-filter-off", "contentFilter");
      credits = credits.multiply(Figures.exact(multiplier));
      basis += " × " + Figures.text(multiplier) + " content filter off";
    }
    credits = Figures.wholeUp(credits);
    return new CostEstimate(credits.doubleValue(), cat.priceUnit(), Figures.usd(credits, cat.usdPerUnit()), basis);
  }

  /**
   * @throws UnpricedRequestException naming {@code field} when no key of the table starts with
   *     {@code prefix}
   */
  static void requireRow(DialectCatalogue cat, String prefix, String field) {
    if (cat.prices().keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
      throw new UnpricedRequestException(field, "no price for '" + prefix + "...' in the " + cat.dialect()
          + " price table");
    }
  }

  /**
   * @return the price under {@code key}
   * @throws UnpricedRequestException naming {@code field} when the table has no such key
   */
  static double price(DialectCatalogue cat, String key, String field) {
    Map<String, Double> prices = cat.prices();
    Double value = prices.get(key);
    if (value == null) {
      throw new UnpricedRequestException(field, "no price for '" + key + "' in the " + cat.dialect() + " price table");
    }
    return value;
  }
}
