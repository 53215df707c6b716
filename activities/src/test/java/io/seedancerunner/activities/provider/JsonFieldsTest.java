package io.seedancerunner.activities.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void toleratesStringAndNumberForms() {
    JsonNode n = JsonFields.parse(mapper,
        "{\"a\":\"40\",\"b\":40.5,\"c\":\"x\",\"d\":null,\"id\":12345,\"p\":0.42,\"q\":\"73\",\"r\":[\"u1\",\"u2\"],\"s\":\"u\"}");
    assertEquals(40.0, JsonFields.number(n, "a"));
    assertEquals(40.5, JsonFields.number(n, "b"));
    assertNull(JsonFields.number(n, "c"));
    assertNull(JsonFields.number(n, "d"));
    assertNull(JsonFields.number(n, "missing"));
    assertEquals("12345", JsonFields.text(n, "id"));
    assertEquals(42, JsonFields.percent(n, "p"));
    assertEquals(73, JsonFields.percent(n, "q"));
    assertEquals("u1", JsonFields.firstText(n, "r"));
    assertEquals("u", JsonFields.firstText(n, "s"));
  }

  @Test
  void nonJsonIsNull() {
    assertNull(JsonFields.parse(mapper, "<html>502 Bad Gateway</html>"));
    assertNull(JsonFields.parse(mapper, ""));
  }
}
