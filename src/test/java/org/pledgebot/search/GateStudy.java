package org.pledgebot.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

/**
 * A study harness, not a test: with {@code -Dgate.study=OUT} it writes, for each row of the dev sets
 * named by {@code -Drelevance.files}, what the compiler read (the gate's verdict, the detected themes
 * and their weights, the content words, and each content word's reading: whether the thesaurus speaks
 * of it and the compiler's flags of it), so that a candidate signal for the gate can be measured on
 * every row before it is coded in. Skipped without the property.
 */
class GateStudy {

  @Test
  void study() throws Exception {
    String out = System.getProperty("gate.study");
    Assumptions.assumeTrue(out != null);
    try (PledgeSearch shipped = Shipped.index();
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      QuestionCompiler compiler = (QuestionCompiler) field(shipped, "compiler");
      Catalog catalog = (Catalog) field(shipped, "catalog");
      for (String file : System.getProperty("relevance.files").split(",")) {
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
          String[] p = line.split("\t");
          if (line.startsWith("#") || p.length < 4) {
            continue;
          }
          Question q = compiler.compile(p[2], Optional.empty(), catalog.names()::nameVotes);
          w.println(Path.of(file).getFileName() + "\t" + p[0] + "\t" + q.lang() + "\t" + q.offTopic() + "\t"
              + q.themes() + "\t" + q.content().stream().map(Word::surface).toList() + "\t" + p[2]
              + "\t" + read(compiler, q));
        }
      }
    }
  }

  /**
   * Each content word as the gate might weigh it: "+" where some thesaurus entry, in any language,
   * holds one of its lookup forms (the field's own texts speak of it), "-" where none does, then the
   * compiler's flags of it ("printer-", "documents+", "office+[ROLE, SERVICE]").
   */
  private static String read(QuestionCompiler compiler, Question q) throws ReflectiveOperationException {
    ThemeDetector themes = (ThemeDetector) field(compiler, "themes");
    Map<?, ?> byForm = (Map<?, ?>) field(themes, "byForm");
    Method forms = ThemeDetector.class.getDeclaredMethod("forms", Word.class);
    forms.setAccessible(true);
    Method flags = QuestionCompiler.class.getDeclaredMethod("flags", List.class, Lang.class);
    flags.setAccessible(true);
    List<String> surface = q.content().stream().map(Word::surface).toList();
    List<?> flagged = (List<?>) flags.invoke(compiler, surface, q.lang());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < surface.size(); i++) {
      boolean spoken = ((List<?>) forms.invoke(null, q.content().get(i))).stream().anyMatch(byForm::containsKey);
      Set<?> f = (Set<?>) flagged.get(i);
      out.append(surface.get(i)).append(spoken ? '+' : '-').append(f.isEmpty() ? "" : f.toString()).append(' ');
    }
    return out.toString().trim();
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
