package org.pledgebot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgebot.base.Text;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * One way to name a pledger: the folded tokens of a name or alias, e.g. [etats, unis] for
 * "États-Unis", and the languages it is written in.
 *
 * @param id the pledger
 * @param tokens the folded surface tokens
 * @param langs the languages whose name or aliases hold it
 * @param acronym whether it is one word written mostly in capitals ("OECD", "BAsD"): typed in
 *     lower case, it may be an ordinary word instead ("bird", "bid")
 * @param demonym whether it is a people's adjective listed as an alias ("Irish", "grec",
 *     "británico"): like a derived one ({@link NameIndex}), it may qualify an everyday thing
 * @param content its tokens but the function words of its languages ({@link LanguagePack#functionWords}):
 *     the words that must all be in a question naming it in another order
 * @param derived whether it is a name written another way by rule ({@link WrittenForms}: an
 *     abbreviation, a number in words), not as listed: found as written only, never as a typo, since its
 *     short words would make other words typos of it ("transparencia en" of "transparencia intl")
 * @param spoken the languages whose speakers write the pledger so, as language evidence: those whose
 *     own name of it this is, when some language's is ("Brasil" and "México" are Spanish names,
 *     which English and French list as aliases only so that a question naming it so finds it),
 *     else {@code langs}
 * @param themes the pledger's themes ({@link Pledge#themes}): a question telling one of them beside a
 *     one-word name is about the pledger ({@link NameIndex#match})
 * @param place whether the pledger is a country ({@link Kind#COUNTRY}): a place where the other
 *     pledgers also work, so beside an organisation named it may be where that one works ({@link
 *     NameIndex#match})
 */
record NameKey(String id, List<String> tokens, Set<Lang> langs, boolean acronym, boolean demonym,
    List<String> content, boolean derived, Set<Lang> spoken, List<String> themes, boolean place) {

  NameKey {
    themes = List.copyOf(themes);
  }

  /**
   * By the id and the words alone, which equal keys share: the sets of candidate keys a question
   * reads hash each key, and the record's own hash reads every list and set of it.
   */
  @Override
  public int hashCode() {
    return 31 * id.hashCode() + tokens.hashCode();
  }

  /** A key as listed in the corpus, not {@link #derived}, the evidence of every language listing it, no theme known. */
  NameKey(String id, List<String> tokens, Set<Lang> langs, boolean acronym, boolean demonym, List<String> content) {
    this(id, tokens, langs, acronym, demonym, content, false, langs, List.of(), false);
  }

  /** A hyphen inside a word ("Inter-American", "Co-operation"), which people also leave out. */
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  /**
   * Leading articles of every language ({@link LanguagePack#articles}), which a user may leave
   * out: "the Netherlands" is also "Netherlands", "los Países Bajos" also "Países Bajos".
   */
  static final Set<String> ARTICLES = PolicyWords.everyLanguage(l -> LanguagePack.of(l).articles());

  /** The key as one string, tokens joined by single spaces. */
  String joined() {
    return String.join(" ", tokens);
  }

  /** The key's tokens run together, as people also write a name of several words ("southafrica"). */
  String solid() {
    return String.join("", tokens);
  }

  /**
   * Every key of a pledge: names and aliases in every language, with and without article, and as
   * users also write them ({@link WrittenForms}: numbers spelt out, "intl"; an acronym's letters one
   * by one, {@link #spelt}).
   */
  static List<NameKey> of(Analysis analysis, Pledge pledge) {
    Map<List<String>, Set<Lang>> keys = new LinkedHashMap<>();
    Map<List<String>, Set<Lang>> own = new LinkedHashMap<>();
    Set<List<String>> acronyms = new java.util.HashSet<>();
    Set<List<String>> demonyms = new java.util.HashSet<>();
    Set<List<String>> names = new java.util.HashSet<>();
    Set<List<String>> listed = new java.util.HashSet<>();
    Set<List<String>> derived = new java.util.HashSet<>();
    pledge.name().values().forEach(n -> names.add(analysis.surface(n)));
    for (Lang lang : Lang.values()) {
      List<String> written = new ArrayList<>(pledge.aliases(lang));
      // its people's other names ({@link PolicyWords#nicknames}): keys only, no text of the pledge
      written.addAll(PolicyWords.nicknames(lang).getOrDefault(pledge.id(), List.of()));
      if (pledge.name().containsKey(lang)) {
        written.add(0, pledge.name().get(lang));
      }
      for (String name : written) {
        List<String> tokens = analysis.surface(name);
        add(keys, tokens, lang);
        if (name.equals(pledge.name().get(lang))) {
          add(own, tokens, lang);
          if (tokens.size() > 1 && ARTICLES.contains(tokens.get(0))) {
            add(own, tokens.subList(1, tokens.size()), lang);
          }
        }
        listed.add(tokens);
        if (tokens.size() == 1 && acronym(name)) {
          acronyms.add(tokens);
          List<String> letters = spelt(tokens.get(0));
          if (!letters.isEmpty()) {
            add(keys, letters, lang);
            derived.add(letters);
          }
        }
        if (tokens.size() == 1 && pledge.kind() == Kind.COUNTRY && !names.contains(tokens)
            && demonym(name, tokens.get(0), lang)) {
          demonyms.add(tokens);
        }
        if (tokens.size() > 1 && ARTICLES.contains(tokens.get(0))) {
          add(keys, tokens.subList(1, tokens.size()), lang);
        }
        List<String> adjective = formAdjective(tokens, lang);
        // only an adjective no people's ending makes ("Slovak"): one that has one ("Italian",
        // "slovaque", "eslovaca") is read by its ending as a people's adjective already
        if (pledge.kind() == Kind.COUNTRY && !adjective.isEmpty() && !names.contains(adjective)
            && NameIndex.demonymEndings(lang).stream().noneMatch(adjective.get(0)::endsWith)
            && stemOfAnother(adjective.get(0), tokens, pledge, analysis)) {
          add(keys, adjective, lang);
          demonyms.add(adjective);
        }
        if (INNER_HYPHEN.matcher(name).find()) {
          add(keys, analysis.surface(INNER_HYPHEN.matcher(name).replaceAll("")), lang);
        }
        for (List<String> other : WrittenForms.of(analysis, tokens, lang)) {
          add(keys, other, lang);
          derived.add(other);
        }
      }
    }
    derived.removeAll(listed);
    List<NameKey> out = new ArrayList<>();
    keys.forEach((tokens, langs) -> out.add(new NameKey(pledge.id(), tokens, Set.copyOf(langs),
        acronyms.contains(tokens), demonyms.contains(tokens), content(tokens, langs), derived.contains(tokens),
        Set.copyOf(own.getOrDefault(tokens, langs)), pledge.themes(), pledge.kind() == Kind.COUNTRY)));
    return out;
  }

  /**
   * Whether a one-word alias of a country, not its name in any language, is its people's
   * adjective: in English, capitalised like a name, it is told by a demonym ending ("Finn-ish",
   * "Brit-ish"); French and Spanish write it in lower case ("grec", "británico"), names capitalised.
   */
  static boolean demonym(String written, String folded, Lang lang) {
    return switch (lang) {
      case EN -> NameIndex.demonymEndings(lang).stream()
          .anyMatch(e -> folded.endsWith(e) && folded.length() - e.length() >= 2);
      case FR, ES -> written.strip().equals(written.strip().toLowerCase(java.util.Locale.ROOT));
    };
  }

  /**
   * The words of a state's official form in a language, folded: a name of two words, one of them
   * the form, holds the people's adjective as its other word ("Slovak Republic", "République
   * slovaque", "República Eslovaca").
   */
  static Set<String> stateForms(Lang lang) {
    return switch (lang) {
      case EN -> Set.of("republic", "kingdom");
      case FR -> Set.of("republique", "royaume");
      case ES -> Set.of("republica", "reino");
    };
  }

  /** The people's adjective a name of two words holds beside a state's form ({@link #stateForms}), or empty. */
  static List<String> formAdjective(List<String> tokens, Lang lang) {
    if (tokens.size() != 2) {
      return List.of();
    }
    Set<String> forms = stateForms(lang);
    int form = forms.contains(tokens.get(0)) ? 0 : forms.contains(tokens.get(1)) ? 1 : -1;
    return form < 0 || forms.contains(tokens.get(1 - form)) ? List.of() : List.of(tokens.get(1 - form));
  }

  /** The letters a people's adjective shares with another name of its state ("Slovak", "Slovakia"). */
  static final int FORM_ADJECTIVE_STEM = 4;

  /**
   * Whether a word beside a state's form begins as another name of the same state does, in any
   * language ("slovak" as "Slovakia", "italienne" as "Italie"): then it is the people's adjective;
   * a word of the form itself ("United" of "United Kingdom", "uni", "unido") begins no other name.
   */
  private static boolean stemOfAnother(String word, List<String> form, Pledge pledge, Analysis analysis) {
    if (word.length() < FORM_ADJECTIVE_STEM) {
      return false;
    }
    String stem = word.substring(0, FORM_ADJECTIVE_STEM);
    for (Lang lang : Lang.values()) {
      List<String> written = new ArrayList<>(pledge.aliases(lang));
      if (pledge.name().containsKey(lang)) {
        written.add(pledge.name().get(lang));
      }
      for (String name : written) {
        List<String> tokens = analysis.surface(name);
        if (!tokens.equals(form) && formAdjective(tokens, lang).isEmpty()
            && tokens.stream().anyMatch(t -> !t.equals(word) && t.startsWith(stem))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The tokens but the function words of the languages they are written in. */
  private static List<String> content(List<String> tokens, Set<Lang> langs) {
    List<String> out = new ArrayList<>();
    for (String token : tokens) {
      if (langs.stream().noneMatch(l -> LanguagePack.of(l).functionWords().contains(token))) {
        out.add(token);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The fewest letters of a thesaurus term read when said one by one ({@link Shorthand}), and of an
   * acronym read so in any language; a shorter acronym's letters ({@link #spelt}) are read only as
   * {@link NameIndex#wholeLetters} says.
   */
  static final int MIN_SPELT = 3;

  /**
   * An acronym's letters one by one, as speech-to-text writes an acronym said letter by letter
   * ("o e c d", "p n u d", "u k"); empty when the acronym holds anything but letters or is shorter
   * than two letters. A derived key: found as written only, a run of single letters being no name
   * mistyped. Two letters are as often anything else (the end of a longer acronym, a car's make, a
   * chat's "r u"): {@link NameIndex#wholeLetters} reads them only alone and in the languages that
   * list the acronym.
   */
  static List<String> spelt(String acronym) {
    if (acronym.length() < 2 || !acronym.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return List.of();
    }
    List<String> out = new ArrayList<>(acronym.length());
    acronym.chars().forEach(c -> out.add(String.valueOf((char) c)));
    return List.copyOf(out);
  }

  /** Whether a name as written is an acronym, a small letter of the official form allowed ("BAsD"). */
  static boolean acronym(String name) {
    return Text.acronym(name, true);
  }

  private static void add(Map<List<String>, Set<Lang>> keys, List<String> tokens, Lang lang) {
    if (!tokens.isEmpty()) {
      keys.computeIfAbsent(List.copyOf(tokens), k -> new java.util.HashSet<>()).add(lang);
    }
  }
}
