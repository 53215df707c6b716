package io.seedancerunner.workflows.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.temporal.api.enums.v1.IndexedValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/search-attributes.txt}, which the dev-server script and docker compose register,
 * lists exactly {@link SearchAttributes#ALL}, in the same order and with the same types.
 */
class SearchAttributesFileTest {

  private static List<String> fileLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../scripts/search-attributes.txt"))) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        lines.add(l.replaceAll("\\s+", " "));
      }
    }
    return lines;
  }

  @Test
  void fileEqualsTheDeclaredAttributes() throws IOException {
    List<String> declared = SearchAttributes.ALL.entrySet().stream()
        .map(e -> e.getKey() + " " + SearchAttributeTypes.cliName(e.getValue())).toList();
    assertEquals(declared, fileLines());
  }

  @Test
  void everyTypeHasItsCliName() {
    Map<String, IndexedValueType> all = new LinkedHashMap<>();
    all.put("A", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    all.put("B", IndexedValueType.INDEXED_VALUE_TYPE_INT);
    all.put("C", IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE);
    all.put("D", IndexedValueType.INDEXED_VALUE_TYPE_BOOL);
    all.put("E", IndexedValueType.INDEXED_VALUE_TYPE_DATETIME);
    all.put("F", IndexedValueType.INDEXED_VALUE_TYPE_TEXT);
    all.put("G", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST);
    assertEquals(List.of("A=Keyword", "B=Int", "C=Double", "D=Bool", "E=Datetime", "F=Text", "G=KeywordList"),
        SearchAttributeTypes.cliSpecs(all));
    assertThrows(IllegalArgumentException.class,
        () -> SearchAttributeTypes.cliName(IndexedValueType.INDEXED_VALUE_TYPE_UNSPECIFIED));
  }
}
