package io.seedancerunner.workflows.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The registry holds a cost rule for every catalogue it lists, and none for an unknown dialect. */
class CataloguesTest {

  @Test
  void everyRegisteredCatalogueHasItsCostRuleAndAnUnknownDialectHasNone() {
    for (DialectCatalogue c : Catalogues.all()) {
      assertTrue(Catalogues.costRule(c.dialect()).isPresent(), c.dialect());
    }
    assertTrue(Catalogues.costRule("no-such-dialect").isEmpty());
    assertTrue(Catalogues.costRule(null).isEmpty());
  }
}
