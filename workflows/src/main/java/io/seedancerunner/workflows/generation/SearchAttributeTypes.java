package io.seedancerunner.workflows.generation;

import io.temporal.api.enums.v1.IndexedValueType;
import java.util.List;
import java.util.Map;

/**
 * Search attribute types as the Temporal CLI spells them ({@code Keyword}, {@code Int}, ...), for
 * {@code temporal server start-dev --search-attribute Name=Type} and
 * {@code temporal operator search-attribute create --type Type} (Temporal CLI docs, "temporal
 * operator search-attribute create"), and for {@code scripts/search-attributes.txt}.
 */
public final class SearchAttributeTypes {

  private SearchAttributeTypes() {}

  /**
   * @param type an indexed value type
   * @return its CLI name: {@code Keyword}, {@code Text}, {@code Int}, {@code Double}, {@code Bool},
   *     {@code Datetime} or {@code KeywordList}
   * @throws IllegalArgumentException for {@code UNSPECIFIED} or an unknown type
   */
  public static String cliName(IndexedValueType type) {
    switch (type) {
      case INDEXED_VALUE_TYPE_KEYWORD: return "Keyword";
      case INDEXED_VALUE_TYPE_TEXT: return "Text";
      case INDEXED_VALUE_TYPE_INT: return "Int";
      case INDEXED_VALUE_TYPE_DOUBLE: return "Double";
      case INDEXED_VALUE_TYPE_BOOL: return "Bool";
      case INDEXED_VALUE_TYPE_DATETIME: return "Datetime";
      case INDEXED_VALUE_TYPE_KEYWORD_LIST: return "KeywordList";
      default: throw new IllegalArgumentException("no CLI name for search attribute type " + type);
    }
  }

  /**
   * @param attributes name → indexed type, for example {@link SearchAttributes#ALL}
   * @return {@code Name=Type} for each, in the map's order, for {@code --search-attribute}
   */
  public static List<String> cliSpecs(Map<String, IndexedValueType> attributes) {
    return attributes.entrySet().stream().map(e -> e.getKey() + "=" + cliName(e.getValue())).toList();
  }
}
