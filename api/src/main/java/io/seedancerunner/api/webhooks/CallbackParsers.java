package io.seedancerunner.api.webhooks;

import java.util.List;

/**
 * The parser for each implemented dialect. A dialect without one of its own gets a tolerant
 * reader that tries the spellings of both (our choice: the signal is a hint, so a best effort is
 * better than dropping it).
 */
public final class CallbackParsers {

  private static final List<CallbackParser> PARSERS =
      List.of(new OpenApiCallbackParser(), new SeedanceApiCallbackParser(), new ArkCallbackParser());

  private CallbackParsers() {}

  /**
   * @param dialect the account's dialect id, or null
   * @return that dialect's parser, or the tolerant fallback
   */
  public static CallbackParser forDialect(String dialect) {
    return PARSERS.stream().filter(p -> p.dialect().equals(dialect)).findFirst().orElse(FALLBACK);
  }

  private static final CallbackParser FALLBACK = new CallbackParser() {
    @Override
    public String dialect() {
      return "*";
    }

    @Override
    public ParsedCallback parse(byte[] body) {
      ParsedCallback a = PARSERS.get(0).parse(body);
      ParsedCallback b = PARSERS.get(1).parse(body);
      return new ParsedCallback(a.providerTaskId() != null ? a.providerTaskId() : b.providerTaskId(),
          a.rawStatus() != null ? a.rawStatus() : b.rawStatus());
    }
  };
}
