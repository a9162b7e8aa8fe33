package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;

/**
 * The themes a short topic names, read as search's rules read a question (labels and synonyms in either
 * language, up to inflection and typos, the longest phrase winning, a phrase listed under two
 * themes naming both; not the theme model, which reads what a question is about, not what it names),
 * for callers that must pick themes rather than rank pledges, such as {@code /subscribe}. Handed out
 * by {@link PledgeSearch#themes()}; thread-safe.
 */
public final class ThemeLookup {

  private final QuestionCompiler compiler;
  private final Thesaurus thesaurus;

  ThemeLookup(QuestionCompiler compiler, Thesaurus thesaurus) {
    this.compiler = compiler;
    this.thesaurus = thesaurus;
  }

  /**
   * The ids of the themes {@code topic} names, in thesaurus order, when it names nothing else:
   * every word of it that is not a stopword or question filler belongs to a phrase that named a
   * theme ("donnees ouverte", "open data for us", "participatory budgeting" → both of its themes).
   * A theme named only by a word many themes share ("transparency") is left out when a more
   * specific one is named too, as it ranks below it in search. Empty when the topic names no
   * theme, or says more than its themes ("mining royalties in West Africa").
   */
  public List<String> named(String topic) {
    Question q = compiler.naming(topic, Lang.reference());
    if (q.themes().isEmpty() || q.offTopic()
        || !q.content().stream().allMatch(w -> q.themeWords().contains(w.surface()))) {
      return List.of();
    }
    float best = q.themes().values().stream().max(Float::compare).orElseThrow();
    Map<String, Float> themes = q.themes();
    return thesaurus.themes().stream()
        .map(Theme::id)
        .filter(id -> themes.containsKey(id)
            && (best <= ThemeDetector.GENERIC_WEIGHT || themes.get(id) > ThemeDetector.GENERIC_WEIGHT))
        .toList();
  }
}
