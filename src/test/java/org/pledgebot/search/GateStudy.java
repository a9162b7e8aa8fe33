package org.pledgebot.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pledgebot.testing.Shipped;

/**
 * A study harness, not a test: with {@code -Dgate.study=OUT} it writes, for each row of the dev sets
 * named by {@code -Drelevance.files}, what the compiler read (the gate's verdict, the detected themes
 * and their weights, the content words), so that a candidate signal for the gate can be measured on
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
              + q.themes() + "\t" + q.content().stream().map(Word::surface).toList() + "\t" + p[2]);
        }
      }
    }
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
