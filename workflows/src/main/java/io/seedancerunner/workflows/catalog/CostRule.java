package io.seedancerunner.workflows.catalog;

import io.seedancerunner.workflows.model.GenerationRequest;

/**
 * One dialect's pricing rule: prices a request, already valid against the dialect's catalogue
 * and with a priced model and a positive duration, in the unit the provider bills. Registered
 * next to the catalogue in {@link Catalogues}; the rules are described in
 * {@code docs/providers/<dialect>.md} ("Money").
 */
@FunctionalInterface
public interface CostRule {

  /**
   * @param catalogue         the dialect's catalogue (its price table)
   * @param request           the request
   * @param inputVideoSeconds total reference-video seconds when known, else {@code null}; only
   *                          rules that bill input video read it
   * @return the estimate
   * @throws UnpricedRequestException naming the field that has no price
   */
  CostEstimate estimate(DialectCatalogue catalogue, GenerationRequest request, Integer inputVideoSeconds);
}
