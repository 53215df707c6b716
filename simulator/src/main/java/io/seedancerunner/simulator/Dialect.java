package io.seedancerunner.simulator;

/**
 * The provider dialects the simulator speaks, by their ids in {@code seeds/README.md}.
 */
public enum Dialect {
  /** Seed 000: {@code /api/open/v1}, served under {@code /sim/open-api}. */
  OPEN_API("open-api"),
  /** Seed 001: {@code /v1}, served under {@code /sim/seedanceapi}. */
  SEEDANCEAPI("seedanceapi");

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
