package org.pledgebot.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a pledger is known to have pledged: named by a source, or inferred from what the sources say. */
public enum Basis {
  /** A source names the pledger among those who pledged. */
  STATED,
  /** The sources give the number of such pledgers, not their names; this one is inferred. */
  INFERRED;

  /** The value used in pledge files: {@code stated} or {@code inferred}. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the JSON value of {@code basis}; empty when it is neither {@code stated} nor {@code inferred}. */
  public static Optional<Basis> parse(String value) {
    return Arrays.stream(values()).filter(b -> b.json().equals(value)).findFirst();
  }
}
