package org.pledgebot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
record NameKey(String id, List<String> tokens, Set<Lang> langs, boolean acronym) {

  /**
   * Leading articles of every language ({@link LanguagePack#articles}), which a user may leave
   * out: "the Netherlands" is also "Netherlands", "los Países Bajos" also "Países Bajos".
   */
  static final Set<String> ARTICLES = articles();

  private static Set<String> articles() {
    Set<String> out = new java.util.HashSet<>();
    LanguagePack.all().forEach(p -> out.addAll(p.articles()));
    return Set.copyOf(out);
  }

  /** The key as one string, tokens joined by single spaces. */
  String joined() {
    return String.join(" ", tokens);
  }

  /** Every key of a pledge: names and aliases in every language, with and without article. */
  static List<NameKey> of(Analysis analysis, Pledge pledge) {
    Map<List<String>, Set<Lang>> keys = new LinkedHashMap<>();
    Set<List<String>> acronyms = new java.util.HashSet<>();
    for (Lang lang : Lang.values()) {
      List<String> names = new ArrayList<>(pledge.aliases(lang));
      if (pledge.name().containsKey(lang)) {
        names.add(0, pledge.name().get(lang));
      }
      for (String name : names) {
        List<String> tokens = analysis.surface(name);
        add(keys, tokens, lang);
        if (tokens.size() == 1 && acronym(name)) {
          acronyms.add(tokens);
        }
        if (tokens.size() > 1 && ARTICLES.contains(tokens.get(0))) {
          add(keys, tokens.subList(1, tokens.size()), lang);
        }
      }
    }
    List<NameKey> out = new ArrayList<>();
    keys.forEach((tokens, langs) -> out.add(new NameKey(pledge.id(), tokens, Set.copyOf(langs),
        acronyms.contains(tokens))));
    return out;
  }

  /** Whether a name as written is an acronym: at least two capitals, more capitals than small letters. */
  static boolean acronym(String name) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      upper += Character.isUpperCase(c) ? 1 : 0;
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return upper >= 2 && upper > lower;
  }

  private static void add(Map<List<String>, Set<Lang>> keys, List<String> tokens, Lang lang) {
    if (!tokens.isEmpty()) {
      keys.computeIfAbsent(List.copyOf(tokens), k -> new java.util.HashSet<>()).add(lang);
    }
  }
}
