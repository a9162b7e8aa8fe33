package org.pledgebot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pledgebot.corpus.Lang;

/**
 * The other ways users write the words of a name in a language, derived by rule rather than listed
 * as aliases: a number of a name spelt out in the question's language (the 19 of "Article 19" in
 * words) and a common abbreviation ("international" written "intl"). Stateless.
 */
final class WrittenForms {

  /** The largest number {@link #spelt} writes out: names hold short numbers ("Article 19"). */
  static final int MAX_SPELT = 99;

  private WrittenForms() {
  }

  /**
   * The name's folded tokens written the other ways, each a whole name: its numbers spelt out, its
   * abbreviable words abbreviated, and both; empty when it has neither.
   */
  static List<List<String>> of(Analysis analysis, List<String> tokens, Lang lang) {
    List<String> spelt = new ArrayList<>();
    List<String> shortened = new ArrayList<>();
    List<String> both = new ArrayList<>();
    boolean numbers = false;
    boolean abbreviated = false;
    for (String token : tokens) {
      String words = spelt(token, lang);
      List<String> asWords = words == null ? List.of(token) : analysis.surface(words);
      numbers |= words != null;
      String abbreviation = abbreviations(lang).get(token);
      abbreviated |= abbreviation != null;
      spelt.addAll(asWords);
      shortened.add(abbreviation == null ? token : abbreviation);
      if (abbreviation == null) {
        both.addAll(asWords);
      } else {
        both.add(abbreviation);
      }
    }
    List<List<String>> out = new ArrayList<>(3);
    if (numbers) {
      out.add(List.copyOf(spelt));
    }
    if (abbreviated) {
      out.add(List.copyOf(shortened));
    }
    if (numbers && abbreviated) {
      out.add(List.copyOf(both));
    }
    return out;
  }

  /**
   * Folded words and the abbreviation users write for them in a language's questions, folded:
   * "intl" for "international" in English and French (used in names and addresses), for
   * "internacional" in Spanish.
   */
  static Map<String, String> abbreviations(Lang lang) {
    return switch (lang) {
      case EN -> Map.of("international", "intl");
      case FR -> Map.of("international", "intl", "internationale", "intl");
      case ES -> Map.of("internacional", "intl");
    };
  }

  /** A token of digits from 0 to {@value #MAX_SPELT} written in words of the language, else null. */
  static String spelt(String token, Lang lang) {
    if (token.isEmpty() || token.length() > 2 || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int n = Integer.parseInt(token);
    return switch (lang) {
      case EN -> english(n);
      case FR -> french(n);
      case ES -> spanish(n);
    };
  }

  private static final String[] EN_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen"};
  private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety"};

  private static String english(int n) {
    if (n < 20) {
      return EN_UNITS[n];
    }
    return EN_TENS[n / 10] + (n % 10 == 0 ? "" : "-" + EN_UNITS[n % 10]);
  }

  private static final String[] FR_UNITS = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
      "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
  private static final String[] FR_TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

  private static String french(int n) {
    if (n <= 16) {
      return FR_UNITS[n];
    }
    if (n < 20) {
      return "dix-" + FR_UNITS[n - 10];
    }
    if (n < 70) {
      int unit = n % 10;
      return FR_TENS[n / 10] + (unit == 0 ? "" : unit == 1 ? " et un" : "-" + FR_UNITS[unit]);
    }
    if (n < 80) {
      return n == 71 ? "soixante et onze" : "soixante-" + french(n - 60);
    }
    return n == 80 ? "quatre-vingts" : "quatre-vingt-" + french(n - 80);
  }

  private static final String[] ES_UNITS = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
      "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
      "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
      "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
  private static final String[] ES_TENS = {"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
      "ochenta", "noventa"};

  private static String spanish(int n) {
    if (n < 30) {
      return ES_UNITS[n];
    }
    return ES_TENS[n / 10] + (n % 10 == 0 ? "" : " y " + ES_UNITS[n % 10]);
  }
}
