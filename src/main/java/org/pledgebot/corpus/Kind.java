package org.pledgebot.corpus;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** What sort of pledger made a pledge. */
public enum Kind {
  COUNTRY("country", "country", "pays"),
  CIVIL_SOCIETY("civil_society", "civil society organisation", "organisation de la société civile"),
  WORKING_GROUP("working_group", "OGP Working Group", "groupe de travail du PGO"),
  MULTILATERAL("multilateral", "multilateral partner", "partenaire multilatéral");

  private final String json;
  private final Map<Lang, String> label;

  Kind(String json, String en, String fr) {
    this.json = json;
    this.label = Map.of(Lang.EN, en, Lang.FR, fr);
  }

  /** The value used in pledge files, e.g. {@code civil_society}. */
  public String json() {
    return json;
  }

  /** A human label in the given language. */
  public String label(Lang lang) {
    return label.get(lang);
  }

  /** Parses the JSON value of {@code kind}; empty when it is not one of the four kinds. */
  public static Optional<Kind> parse(String value) {
    return Arrays.stream(values()).filter(k -> k.json.equals(value)).findFirst();
  }
}
