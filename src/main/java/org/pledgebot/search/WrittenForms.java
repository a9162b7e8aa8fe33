package org.pledgebot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * The shorthand of chat messages in a language and the words it stands for, folded: the usual
   * abbreviations of public bodies and of the words of public life ("govt", "gouv", "gob", "muni",
   * "ayto", "dept", "info"), of courtesy ("pls", "stp", "xfa") and of the function words a question
   * is framed with ("u", "w", "pr", "ds", "cmt", "q", "pa"). Read back by {@link Shorthand}, in the
   * question's language only: "min", "admin" or "depto" stand for an everyday thing as often (a
   * minute, a group's administrator, a flat) and are not here.
   */
  static Map<String, String> shorthand(Lang lang) {
    return switch (lang) {
      case EN -> Map.ofEntries(Map.entry("govt", "government"), Map.entry("gov", "government"),
          Map.entry("govts", "governments"), Map.entry("gvt", "government"), Map.entry("dept", "department"),
          Map.entry("depts", "departments"), Map.entry("info", "information"), Map.entry("ppl", "people"),
          Map.entry("natl", "national"), Map.entry("intl", "international"), Map.entry("parl", "parliament"),
          Map.entry("orgs", "organisations"), Map.entry("docs", "documents"),
          Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("thx", "thanks"), Map.entry("ty", "thanks"),
          Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("w", "with"), Map.entry("abt", "about"),
          Map.entry("wat", "what"), Map.entry("whos", "who is"));
      case FR -> Map.ofEntries(Map.entry("gouv", "gouvernement"), Map.entry("gvt", "gouvernement"),
          Map.entry("gvmt", "gouvernement"), Map.entry("gouvt", "gouvernement"), Map.entry("info", "information"),
          Map.entry("infos", "informations"), Map.entry("intl", "international"), Map.entry("docs", "documents"),
          Map.entry("asso", "association"), Map.entry("assos", "associations"), Map.entry("dpt", "departement"),
          Map.entry("stp", "s'il te plait"), Map.entry("svp", "s'il vous plait"), Map.entry("bjr", "bonjour"),
          Map.entry("slt", "salut"), Map.entry("mrc", "merci"), Map.entry("pr", "pour"), Map.entry("ds", "dans"),
          Map.entry("cmt", "comment"), Map.entry("qqn", "quelqu'un"), Map.entry("qqch", "quelque chose"),
          Map.entry("pk", "pourquoi"), Map.entry("pq", "pourquoi"), Map.entry("bcp", "beaucoup"),
          Map.entry("tt", "tout"), Map.entry("ya", "il y a"));
      case ES -> Map.ofEntries(Map.entry("gob", "gobierno"), Map.entry("gobno", "gobierno"),
          Map.entry("muni", "municipalidad"), Map.entry("mpio", "municipio"), Map.entry("ayto", "ayuntamiento"),
          Map.entry("admon", "administracion"), Map.entry("info", "informacion"), Map.entry("intl", "internacional"),
          Map.entry("docs", "documentos"), Map.entry("xfa", "por favor"), Map.entry("porfa", "por favor"),
          Map.entry("x", "por"), Map.entry("q", "que"), Map.entry("xq", "porque"), Map.entry("pq", "porque"),
          Map.entry("pa", "para"), Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"));
    };
  }

  /**
   * The sounds a speaker of a language makes while finding the next word, as speech-to-text writes
   * them, folded: "um", "uh", "erm"; "euh", "heu", "bah", "ben"; "eh", "em", "ehm". They are no words of
   * the question: read by {@link Shorthand} as nothing, in the question's language only ("eh" is
   * also an English interjection, "ben" a name). Discourse words that are words of the language
   * ("like", "genre", "bueno", "pues") are not here: they mean something elsewhere.
   */
  static Set<String> hesitations(Lang lang) {
    return switch (lang) {
      case EN -> Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "mmm");
      case FR -> Set.of("euh", "euhh", "heu", "hum", "hmm", "bah", "ben", "hein", "mmm");
      case ES -> Set.of("eh", "ehh", "ehm", "em", "emm", "hmm", "mmm");
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
    return tensAndUnits(n, EN_UNITS, EN_TENS, "-");
  }

  /**
   * A number written as a language writes it from its words: below the end of {@code units} one
   * word, else its tens and, unless it is round, its unit joined by {@code joint} ("forty-two",
   * "cuarenta y dos"). French, with its seventies and nineties, writes its own ({@link #french}).
   */
  private static String tensAndUnits(int n, String[] units, String[] tens, String joint) {
    if (n < units.length) {
      return units[n];
    }
    return tens[n / 10] + (n % 10 == 0 ? "" : joint + units[n % 10]);
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
    return tensAndUnits(n, ES_UNITS, ES_TENS, " y ");
  }
}
