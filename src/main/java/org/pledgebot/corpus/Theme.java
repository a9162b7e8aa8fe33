package org.pledgebot.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contact area of the thesaurus: its id, a label and the synonyms people type, per language.
 *
 * @param id the theme id used in pledge files, e.g. {@code open-data}
 * @param label the display label by language (the reference language required)
 * @param synonyms the words and phrases that name this theme, by language
 * @param vocabulary the words a practitioner of the field uses that do not name it outright
 *     ("records", "disclosure" for access to information): they point to the theme, less strongly
 * @param needsContext the synonyms and vocabulary that are also everyday words ("oil", "mining",
 *     "budget"): they name the theme only in a question whose other words are about public life too
 * @param sectors the vocabulary that names a sector of public action ("hospitals", "water supply"):
 *     a setting any field's act may be applied to (publishing its data, auditing its spending), so
 *     that a question about a sector alone is about this theme, but one that applies another theme's
 *     act to it is about that act first; a thing of daily life too, so search reads it as an entry of
 *     {@code needsContext} whether or not the thesaurus marks it so
 * @param frame whether the theme is a process that holds commitments of any other theme (a national
 *     action plan, its forum, its review): a question that names the process is about it first, and
 *     the topic a commitment is on is where, as a sector is where a field's act is applied
 */
public record Theme(String id, Map<Lang, String> label, Map<Lang, List<String>> synonyms,
    Map<Lang, List<String>> vocabulary, Map<Lang, List<String>> needsContext, Map<Lang, List<String>> sectors,
    boolean frame) {

  public Theme {
    Objects.requireNonNull(id, "id");
    label = Map.copyOf(label);
    synonyms = Map.copyOf(synonyms);
    vocabulary = Map.copyOf(vocabulary);
    needsContext = Map.copyOf(needsContext);
    sectors = Map.copyOf(sectors);
    if (!label.containsKey(Lang.reference())) {
      throw new IllegalArgumentException("theme " + id + ": a label in " + Lang.reference().code() + " is required");
    }
  }

  /** The label in {@code lang}, else in the reference language. */
  public String label(Lang lang) {
    return label.getOrDefault(lang, label.get(Lang.reference()));
  }

  /** The vocabulary in {@code lang}, possibly empty. */
  public List<String> vocabulary(Lang lang) {
    return vocabulary.getOrDefault(lang, List.of());
  }

  /** The synonyms and vocabulary in {@code lang} that are also everyday words, possibly empty. */
  public List<String> needsContext(Lang lang) {
    return needsContext.getOrDefault(lang, List.of());
  }

  /** The vocabulary in {@code lang} that names a sector of public action, possibly empty. */
  public List<String> sectors(Lang lang) {
    return sectors.getOrDefault(lang, List.of());
  }

  /** The synonyms in {@code lang}, possibly empty. */
  public List<String> synonyms(Lang lang) {
    return synonyms.getOrDefault(lang, List.of());
  }
}
