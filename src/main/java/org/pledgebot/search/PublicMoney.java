package org.pledgebot.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * Money told in everyday words as a public body's, read by grammar: where a question says whose the
 * money is or who spends it, and that owner or spender is a public body. Three readings, each
 * within one clause (no punctuation between the words read):
 *
 * <ul>
 *   <li>a word of {@link PolicyWords#funds} ("money", "argent", "plata") owned by a public owner: a
 *       possessive or a compound word before it in English ("the province's money", "ministry
 *       money"), or the first content word after a preposition of {@link PolicyWords#belonging} or
 *       English "from", or one a further such preposition joins to it ("the money of the region",
 *       "l'argent de la taxe d'habitation", "el dinero de la gobernación"); a public owner is a body of
 *       {@link PolicyWords#treasuries}, a division, an office of public power or a prerogative of the
 *       state (taxes are the state's money), not a person (a governor's money may be his own);</li>
 *   <li>a public spender as the subject of a verb of {@link PolicyWords#spending}: just before it,
 *       auxiliaries, adverbs and clitic pronouns aside ("the ministry bought", "le département a
 *       payé", "el ayuntamiento pagó"), or, in French and Spanish, just after it with only an article
 *       or the money between and no first or second person before the verb ("cuánto invirtió la
 *       gobernación", "combien a dépensé la préfecture", not "nous avons payé la préfecture"); a public
 *       spender is a public owner or a holder of public office; the reading is placed on the verb;</li>
 *   <li>a public spender as the subject of a verb of {@link PolicyWords#handling} with money after it
 *       ("what does the province do with that money", "que fait la préfecture de cet argent"), or money
 *       followed by a public spender as the subject of the clause that qualifies it ("the money the
 *       county gets", "l'argent que l'État verse", "el dinero que recibe el ayuntamiento"); the reading
 *       is placed on the money.</li>
 * </ul>
 *
 * A household, a shop, a club, a parish or a bank spending or owning money is none of these ("the
 * bakery's money", "el club gastó", "l'argent de la paroisse"), nor a public body charging a price
 * ("what the county charges for a fishing licence"). {@link ThemeDetector} reads each position as
 * the question language's entry for public spending ({@link PolicyWords#publicSpending}).
 */
final class PublicMoney {

  /** How many words a public owner may stand from the money it owns: modifiers, articles, possessives. */
  static final int REACH = 3;

  private final Analysis analysis;
  private final Map<Lang, Set<String>> funds = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> owners = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> spenders = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> spending = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> handling = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> belonging = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> articles = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> speakers = new EnumMap<>(Lang.class);
  /** Per language, the pronouns that open a clause qualifying a noun ("that", "que"). */
  private final Map<Lang, Set<String>> relative = new EnumMap<>(Lang.class);
  /** Per language, whether it names an owner before the thing owned ("the province's money", "ministry money"). */
  private final Map<Lang, Boolean> ownerBefore = new EnumMap<>(Lang.class);

  PublicMoney(Analysis analysis) {
    this.analysis = analysis;
    for (Lang lang : Lang.values()) {
      funds.put(lang, PolicyWords.funds(lang));
      Set<String> owner = new HashSet<>(PolicyWords.treasuries(lang));
      owner.addAll(PolicyWords.divisions(lang));
      owner.addAll(PolicyWords.offices(lang));
      Set<String> spender = new HashSet<>(owner);
      spender.addAll(PolicyWords.officeholders(lang));
      owner.addAll(PolicyWords.prerogatives(lang));
      owners.put(lang, Set.copyOf(owner));
      spenders.put(lang, Set.copyOf(spender));
      spending.put(lang, PolicyWords.spending(lang));
      handling.put(lang, PolicyWords.handling(lang));
      Set<String> of = new HashSet<>(PolicyWords.belonging(lang));
      switch (lang) {
        case EN -> of.add("from");
        case FR, ES -> { }
      }
      belonging.put(lang, Set.copyOf(of));
      Set<String> article = new HashSet<>(LanguagePack.of(lang).articles());
      switch (lang) {
        case FR -> article.add("l");
        case EN, ES -> { }
      }
      articles.put(lang, Set.copyOf(article));
      speakers.put(lang, PolicyWords.speakers(lang));
      relative.put(lang, switch (lang) {
        case EN -> Set.of("that", "which");
        case FR -> Set.of("que", "qu");
        case ES -> Set.of("que");
      });
      ownerBefore.put(lang, switch (lang) {
        case EN -> true;
        case FR, ES -> false;
      });
    }
  }

  /**
   * The positions of the question's tokens where money is told as a public body's.
   *
   * @param surface the question's folded tokens, function words included
   * @param possessive per token, whether it is typed as a possessive ("town's")
   * @param clause per token, whether punctuation stands between it and the token before
   */
  Set<Integer> positions(List<String> surface, boolean[] possessive, boolean[] clause, Lang lang) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (funds.get(lang).contains(s) && (owned(surface, possessive, clause, i, lang)
          || handled(surface, clause, i, lang) || qualified(surface, clause, i, lang))) {
        out.add(i);
      }
      if (spending.get(lang).contains(s) && subject(surface, clause, i, lang)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Whether the money at {@code i} has a public owner before it (English) or after a preposition of belonging. */
  private boolean owned(List<String> surface, boolean[] possessive, boolean[] clause, int i, Lang lang) {
    Set<String> owner = owners.get(lang);
    if (ownerBefore.get(lang)) {
      // "ministry money", "the province's money", "the province's road money"
      if (i > 0 && !clause[i] && owner.contains(surface.get(i - 1))) {
        return true;
      }
      for (int b = i - 1; b >= 0 && b >= i - REACH && !clause[b + 1]; b--) {
        String s = surface.get(b);
        if (possessive[b]) {
          return owner.contains(s);
        }
        if (analysis.isStop(s) && !s.equals("s")) {
          break;
        }
      }
    }
    int p = i + 1;
    if (p >= surface.size() || clause[p] || !belonging.get(lang).contains(surface.get(p))) {
      return false;
    }
    // the first content word after it, or one a preposition of belonging joins to it ("l'argent du
    // syndicat des communes"), not one further on ("l'argent du gaz dans la région")
    boolean joinedOn = true;
    for (int a = p + 1; a < surface.size() && a <= p + 2 * REACH && !clause[a]; a++) {
      String s = surface.get(a);
      if (belonging.get(lang).contains(s)) {
        joinedOn = true;
        continue;
      }
      if (analysis.isStop(s)) {
        continue;
      }
      if (!joinedOn) {
        return false;
      }
      if (owner.contains(s)) {
        return true;
      }
      joinedOn = false;
    }
    return false;
  }

  /** Whether the money at {@code i} follows a verb of handling whose subject is a public spender, in its clause. */
  private boolean handled(List<String> surface, boolean[] clause, int i, Lang lang) {
    for (int v = i - 1; v >= 0 && v >= i - 2 * REACH && !clause[v + 1]; v--) {
      if (handling.get(lang).contains(surface.get(v)) && subject(surface, clause, v, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the money at {@code i} is followed, in its clause, by a public spender as the subject of
   * the clause that qualifies it: "the money the county gets", "l'argent que l'État verse", "el
   * dinero que mandó el gobierno".
   */
  private boolean qualified(List<String> surface, boolean[] clause, int i, Lang lang) {
    for (int a = i + 1; a < surface.size() && a <= i + REACH && !clause[a]; a++) {
      String s = surface.get(a);
      if (spenders.get(lang).contains(s)) {
        return a + 1 < surface.size() || spending.get(lang).contains(surface.get(a - 1));
      }
      if (!relative.get(lang).contains(s) && !articles.get(lang).contains(s) && !spending.get(lang).contains(s)
          && !handling.get(lang).contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} has a public spender as its subject: just before it, stop words
   * aside (auxiliaries, adverbs, clitics), or in French and Spanish just after it, an article
   * between, with no first or second person before the verb.
   */
  private boolean subject(List<String> surface, boolean[] clause, int v, Lang lang) {
    Set<String> spender = spenders.get(lang);
    for (int b = v - 1; b >= 0 && b >= v - REACH && !clause[b + 1]; b--) {
      String s = surface.get(b);
      if (spender.contains(s)) {
        return b == 0 || !belonging.get(lang).contains(surface.get(b - 1));
      }
      if (!analysis.isStop(s) || belonging.get(lang).contains(s) || speakers.get(lang).contains(s)) {
        break;
      }
    }
    return switch (lang) {
      case EN -> false;
      case FR, ES -> after(surface, clause, v, lang);
    };
  }

  /** {@link #subject} after the verb: French and Spanish put it there in questions ("cuánto invirtió la gobernación"). */
  private boolean after(List<String> surface, boolean[] clause, int v, Lang lang) {
    for (int b = v - 1; b >= 0 && b >= v - REACH && !clause[b + 1]; b--) {
      if (speakers.get(lang).contains(surface.get(b))) {
        return false;
      }
    }
    for (int a = v + 1; a < surface.size() && a <= v + REACH + 1 && !clause[a]; a++) {
      String s = surface.get(a);
      if (spenders.get(lang).contains(s)) {
        return true;
      }
      if (!articles.get(lang).contains(s) && !funds.get(lang).contains(s)) {
        return false;
      }
    }
    return false;
  }
}
