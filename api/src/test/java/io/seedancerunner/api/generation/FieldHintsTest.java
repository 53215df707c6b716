package io.seedancerunner.api.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldHintsTest {

  @Test
  void suggestsTheNearName() {
    assertEquals("; did you mean 'durationSeconds'?", FieldHints.suggestion("duration", GenerationRequestReader.FIELDS));
    assertEquals("; did you mean 'aspectRatio'?", FieldHints.suggestion("aspect_ratio", GenerationRequestReader.FIELDS));
    assertEquals("", FieldHints.suggestion("colour", GenerationRequestReader.FIELDS));
    assertEquals("", FieldHints.suggestion("x", GenerationRequestReader.FIELDS));
  }
}
