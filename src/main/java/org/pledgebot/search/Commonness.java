package org.pledgebot.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * How common a word is in everyday language: whether it is among the ten thousand or so words
 * that ordinary sentences of a language use most. A word of public life that is also one of them
 * ("council", "prix", "nuevo") says little on its own; a rarer word of the field ("procurement",
 * "budgétaire") says which field a question is in.
 *
 * <p>The lists are LanguageTool's {@code common_words.txt} (LGPL-2.1), one per language, which the
 * build unpacks from its language modules into {@value #RESOURCE} (see README, "Where the word lists
 * come from"). Their French and Spanish lists are ordered by frequency, the English one
 * alphabetically: only being listed is used, the same way in every language. Words are folded with
 * the bot's one folding ({@link Folding}); lines that are not one word once folded ("j'ai",
 * "10%") are left out. Immutable; loaded once where the search parts are wired.
 */
public final class Commonness {

  /** Where the build puts the lists on the classpath: {@code RESOURCE/<lang>/common_words.txt}. */
  static final String RESOURCE = "common-words";

  /** Per language, the listed words, folded. */
  private final Map<Lang, Set<String>> words;

  /** Every language's listed words in one set: {@link #everydayAnywhere} is asked of every question word. */
  private final Set<String> anywhere;

  private Commonness(Map<Lang, Set<String>> words) {
    this.words = words;
    Set<String> all = new HashSet<>();
    words.values().forEach(all::addAll);
    this.anywhere = WordSet.copyOf(all);
  }

  /**
   * The lists the build put on the classpath.
   *
   * @throws IllegalStateException naming the resource when a language's list is missing or empty
   */
  public static Commonness load() {
    Map<Lang, Set<String>> words = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      String path = RESOURCE + "/" + lang.code() + "/common_words.txt";
      try (InputStream in = Commonness.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("word list " + path + " is not on the classpath (built by mvn"
              + " process-resources from LanguageTool's language-" + lang.code() + ")");
        }
        words.put(lang, listed(lang, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read word list " + path, e);
      }
    }
    return new Commonness(words);
  }

  /**
   * The listed words of a UTF-8 list, split into lines as {@link java.io.BufferedReader#readLine} splits
   * them. It runs at every start, in the interpreter: a line of lowercase ASCII letters alone (most
   * of them) is its own folded word and is taken as it is, without decoding it to fold it.
   */
  private static Set<String> listed(Lang lang, byte[] utf8) {
    Set<String> listed = new HashSet<>(utf8.length / 4);
    int start = 0;
    boolean plain = true;
    for (int i = 0; i <= utf8.length; i++) {
      byte b = i < utf8.length ? utf8[i] : (byte) '\n';
      if (b == '\n' || b == '\r') {
        if (i > start) {
          if (plain) {
            listed.add(new String(utf8, start, i - start, StandardCharsets.ISO_8859_1));
          } else {
            add(listed, new String(utf8, start, i - start, StandardCharsets.UTF_8));
          }
        }
        start = i + 1;
        plain = true;
      } else if (b < 'a' || b > 'z') {
        plain = false;
      }
    }
    return done(lang, listed);
  }

  /**
   * Commonness from the lines of each language's list.
   *
   * @throws IllegalArgumentException naming the language whose list is missing or holds no word
   */
  static Commonness of(Map<Lang, List<String>> lists) {
    Map<Lang, Set<String>> words = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      Set<String> listed = new HashSet<>();
      for (String line : lists.getOrDefault(lang, List.of())) {
        add(listed, line);
      }
      words.put(lang, done(lang, listed));
    }
    return new Commonness(words);
  }

  /** Adds the line's word, folded, unless the line is not one word once folded. */
  private static void add(Set<String> listed, String line) {
    String word = Folding.words(line);
    if (!word.isEmpty() && word.indexOf(' ') < 0) {
      listed.add(word);
    }
  }

  /**
   * The listed words of {@code lang}, unmodifiable (a view, not a copy: copying ten thousand words
   * at every start costs more than it saves).
   *
   * @throws IllegalArgumentException naming the language when it holds no word
   */
  private static Set<String> done(Lang lang, Set<String> listed) {
    if (listed.isEmpty()) {
      throw new IllegalArgumentException("no everyday words for " + lang);
    }
    return WordSet.copyOf(listed);
  }

  /** Whether {@code folded}, a folded word, is one of the everyday words of {@code lang}. */
  boolean everyday(Lang lang, String folded) {
    return words.get(lang).contains(folded);
  }

  /**
   * Whether {@code folded}, a folded word of a question in {@code lang}, is everyday there, counting
   * loanwords: a French or Spanish question uses an everyday English word its own list does not know
   * ("online", "app", "email") in its English everyday sense, so it is as everyday there as in
   * English; English borrows from no list here.
   */
  boolean everydayOrBorrowed(Lang lang, String folded) {
    return everyday(lang, folded) || switch (lang) {
      case EN -> false;
      case FR, ES -> everyday(Lang.EN, folded);
    };
  }

  /** Whether {@code folded}, a folded word, is one of the everyday words of some language. */
  boolean everydayAnywhere(String folded) {
    return anywhere.contains(folded);
  }

  /** How many words {@code lang}'s list holds, once folded. */
  int size(Lang lang) {
    return words.get(lang).size();
  }
}
