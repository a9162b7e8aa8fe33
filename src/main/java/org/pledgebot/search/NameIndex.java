package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * Finds pledger names and aliases in a question. A name matches when its tokens stand
 * contiguously in the question ("who is Norway", "qui sont les Pays-Bas"), or, for names of one to
 * three words, when the words are a typo away ("Norwy"). One-word names that are also common
 * words ("US", "ONE") match only when typed in capitals, so "help us" is not the United States.
 * Immutable; built from all indexed pledges, or from one new pledge for alert matching.
 */
final class NameIndex {

  static final int MAX_FUZZY_WORDS = 3;

  private final Map<String, List<NameKey>> byFirstToken = new HashMap<>();
  private final Map<String, List<NameKey>> byJoined = new HashMap<>();
  private final Vocabulary joined;
  private final Analysis analysis;

  NameIndex(Analysis analysis, Collection<NameKey> keys) {
    this.analysis = analysis;
    for (NameKey key : keys) {
      byFirstToken.computeIfAbsent(key.tokens().get(0), k -> new ArrayList<>()).add(key);
      byJoined.computeIfAbsent(key.joined(), k -> new ArrayList<>()).add(key);
    }
    this.joined = new Vocabulary(byJoined.keySet());
  }

  /** Whether a one-word key is an ordinary word too, so that it needs capitals to count. */
  boolean commonWord(NameKey key) {
    return key.tokens().size() == 1
        && (analysis.isStop(key.tokens().get(0)) || CommonWords.ALSO_NAMES.contains(key.tokens().get(0)));
  }

  /**
   * The pledgers named in the question, mapped to true for an exact match and false for a typo.
   *
   * @param tokens the question's folded surface tokens
   * @param upper for each token, whether the user typed it in capitals
   */
  Map<String, Boolean> match(List<String> tokens, boolean[] upper) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (NameKey key : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
        if (matchesAt(key, tokens, upper, i)) {
          out.put(key.id(), true);
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = 1; n <= MAX_FUZZY_WORDS && i + n <= tokens.size(); n++) {
        fuzzy(tokens.subList(i, i + n), out);
      }
    }
    return out;
  }

  private boolean matchesAt(NameKey key, List<String> tokens, boolean[] upper, int i) {
    List<String> k = key.tokens();
    if (i + k.size() > tokens.size() || !tokens.subList(i, i + k.size()).equals(k)) {
      return false;
    }
    return !commonWord(key) || upper[i];
  }

  private void fuzzy(List<String> shingle, Map<String, Boolean> out) {
    String first = shingle.get(0);
    String last = shingle.get(shingle.size() - 1);
    if (analysis.isStop(first) || analysis.isStop(last)) {
      return;
    }
    String text = String.join(" ", shingle);
    for (String near : joined.near(text)) {
      for (NameKey key : byJoined.get(near)) {
        if (key.tokens().size() == shingle.size() && !commonWord(key)) {
          out.putIfAbsent(key.id(), false);
        }
      }
    }
  }

  /** The ids whose key is exactly this whole text (already folded and tokenized). */
  List<String> exact(List<String> tokens) {
    return ids(byJoined.getOrDefault(String.join(" ", tokens), List.of()));
  }

  /** The ids whose key is a typo away from this whole text, nearest first. */
  List<String> near(List<String> tokens) {
    String text = String.join(" ", tokens);
    List<NameKey> keys = new ArrayList<>();
    for (String near : joined.near(text)) {
      keys.addAll(byJoined.get(near));
    }
    return ids(keys);
  }

  /** The languages in which these tokens name a pledger; empty when they name none. */
  Set<Lang> languages(List<String> tokens) {
    Set<Lang> out = EnumSet.noneOf(Lang.class);
    byJoined.getOrDefault(String.join(" ", tokens), List.of()).forEach(k -> out.addAll(k.langs()));
    return out;
  }

  private static List<String> ids(List<NameKey> keys) {
    return keys.stream().map(NameKey::id).distinct().sorted().toList();
  }

  /**
   * Language evidence from names in the tokens: +1 for each name written only in French
   * ("Norvège", "OCDE"), -1 for each written only in English.
   */
  int frenchVotes(List<String> tokens) {
    int votes = 0;
    for (int i = 0; i < tokens.size(); i++) {
      for (NameKey key : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
        int n = key.tokens().size();
        if (i + n <= tokens.size() && tokens.subList(i, i + n).equals(key.tokens())) {
          Set<Lang> langs = languages(key.tokens());
          votes += langs.equals(Set.of(Lang.FR)) ? 1 : langs.equals(Set.of(Lang.EN)) ? -1 : 0;
        }
      }
    }
    return votes;
  }
}
