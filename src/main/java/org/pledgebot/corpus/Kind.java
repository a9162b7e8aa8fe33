package org.pledgebot.corpus;

import java.util.Arrays;
import java.util.Optional;

/** What sort of pledger made a pledge; its label in each language is {@code message.Say.kind}. */
public enum Kind {
  COUNTRY("country"),
  CIVIL_SOCIETY("civil_society"),
  WORKING_GROUP("working_group"),
  MULTILATERAL("multilateral");

  private final String json;

  Kind(String json) {
    this.json = json;
  }

  /** The value used in pledge files, e.g. {@code civil_society}. */
  public String json() {
    return json;
  }

  /** Parses the JSON value of {@code kind}; empty when it is not one of the four kinds. */
  public static Optional<Kind> parse(String value) {
    return Arrays.stream(values()).filter(k -> k.json.equals(value)).findFirst();
  }
}
