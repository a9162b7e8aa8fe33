package org.pledgebot.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A relevance set of {@code src/test/resources/relevance}: the questions search is judged with
 * (the tests and {@code bench.RelevanceReport}), and those of the dev sets the theme model is trained
 * on at build time ({@link ThemeModelTrainer}).
 *
 * <p>A set is a UTF-8 file of tab-separated lines {@code kind lang question expected}; blank lines
 * and lines starting with {@code #} are comments. {@code kind} is {@code theme} (expected = theme
 * ids; every pledger with one of them is relevant, grade 1), {@code name} (expected = the pledger
 * id that must come first) or {@code offtopic} (expected = {@code -}: no hit at all).
 */
public final class RelevanceSet {

  private static final Set<String> KINDS = Set.of("theme", "name", "offtopic");

  private RelevanceSet() {}

  /** One question of a set; {@code langCode} is the answer language as written (EN, FR, ES...). */
  public record Case(Path file, int line, String kind, String langCode, String question, List<String> expected) {

    /** The answer language; fails for a language the code does not know. */
    public Lang lang() {
      return Lang.valueOf(langCode);
    }

    /** The answer language, empty when the code does not know it yet. */
    public Optional<Lang> knownLang() {
      return Arrays.stream(Lang.values()).filter(l -> l.name().equals(langCode)).findFirst();
    }
  }

  /**
   * Reads a set; fails naming the file and line on a line that is not four tab-separated fields,
   * an unknown kind, a language that is not two or three capital letters, an empty question, or an
   * off-topic question that expects something.
   */
  public static List<Case> read(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(where + "expected 4 tab-separated fields: " + line);
      }
      if (!KINDS.contains(f[0])) {
        throw new IllegalArgumentException(where + "unknown kind " + f[0] + ", expected one of " + KINDS);
      }
      if (!f[1].matches("[A-Z]{2,3}")) {
        throw new IllegalArgumentException(where + "bad language " + f[1]);
      }
      if (f[2].isBlank()) {
        throw new IllegalArgumentException(where + "empty question");
      }
      List<String> expected = Arrays.asList(f[3].split(","));
      if (f[3].isBlank() || expected.stream().anyMatch(String::isBlank)
          || f[0].equals("offtopic") != f[3].equals("-")) {
        throw new IllegalArgumentException(where + "bad expected answer " + f[3] + " for kind " + f[0]);
      }
      out.add(new Case(file, i + 1, f[0], f[1], f[2], expected));
    }
    return out;
  }
}
