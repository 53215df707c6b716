package io.seedancerunner.simulator;

/**
 * The provider dialects the simulator speaks, by their ids in {@code docs/providers/README.md}.
 */
public enum Dialect {
  /** Seed 000: {@code /api/open/v1}, served under {@code /sim/open-api}. */
  OPEN_API("open-api"),
  /** Seed 001: {@code /v1}, served under {@code /sim/seedanceapi}. */
  SEEDANCEAPI("seedanceapi"),
  /** Seed 002: {@code /v1}, served under {@code /sim/openai-videos}. */
  OPENAI_VIDEOS("openai-videos"),
  /** Seed 003: {@code /api/v1}, served under {@code /sim/seedance2ai}. */
  SEEDANCE2AI("seedance2ai"),
  /** Seed 004: {@code /v1}, served under {@code /sim/unified}. */
  UNIFIED("unified"),
  /** The upstream BytePlus ModelArk API: {@code /api/v3}, served under {@code /sim/ark}. */
  ARK("ark");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /** @return the dialect id, for example {@code open-api} */
  public String id() {
    return id;
  }

  /**
   * @param id a dialect id, for example {@code seedanceapi}
   * @return the dialect
   * @throws IllegalArgumentException when no dialect has that id
   */
  public static Dialect fromId(String id) {
    for (Dialect d : values()) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dialect: " + id);
  }
}
