package org.pledgebot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The package order of src/main/java, read from its imports and fully-qualified names:
 * base -> corpus / pace -> search -> message -> alerts -> chat -> store / telegram / console / ops -> cli. A
 * package may use only packages in layers to its left (chat may use alerts, not the reverse;
 * packages of one layer do not use one another). ARCHITECTURE.md and README.md say the same.
 */
class ArchitectureTest {

  /** The layers, lowest first. Keep in step with ARCHITECTURE.md. */
  static final List<List<String>> LAYERS = List.of(
      List.of("base"),
      List.of("corpus", "pace"),
      List.of("search"),
      List.of("message"),
      List.of("alerts"),
      List.of("chat"),
      List.of("store", "telegram", "console", "ops"),
      List.of("cli"));

  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void theMainPackagesHaveNoCycle() throws Exception {
    PackageGraph graph = PackageGraph.read(MAIN);
    assertTrue(graph.packages().containsAll(List.of("corpus", "search", "cli")), "read " + graph.packages());
    String cycles = graph.cycles().stream().map(graph::describe).collect(Collectors.joining("\n"));
    assertEquals("", cycles, "package cycles in " + MAIN);
  }

  @Test
  void theMainPackagesUseOnlyLayersToTheirLeft() throws Exception {
    List<String> problems = violations(PackageGraph.read(MAIN), LAYERS);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theDocsGiveThisOrderAndNameEveryPackage() throws Exception {
    String architecture = Files.readString(Path.of("ARCHITECTURE.md"), StandardCharsets.UTF_8);
    String line = LAYERS.stream().map(layer -> String.join(", ", layer)).collect(Collectors.joining(" -> "));
    assertTrue(architecture.contains("\n" + line + "\n"), "ARCHITECTURE.md gives the order " + line);
    List<String> order = LAYERS.stream().flatMap(List::stream).toList();
    assertEquals(Set.copyOf(order), PackageGraph.read(MAIN).packages(), "LAYERS holds every package");
    assertEquals(order, tableRows(architecture), "ARCHITECTURE.md's package table, in the order of LAYERS");
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertEquals(order, tableRows(readme), "README.md's package table, in the order of LAYERS");
  }

  /** The packages of a document's table rows that start with a package name, as {@code | `chat` |}. */
  static List<String> tableRows(String doc) {
    return doc.lines().map(TABLE_ROW::matcher).filter(Matcher::lookingAt).map(m -> m.group(1)).toList();
  }

  private static final Pattern TABLE_ROW = Pattern.compile("\\| `([a-z]+)` \\|");

  // ------------------------------------------------------------------ the checks themselves

  @Test
  void aCycleIsFoundAndNamedWithTheFilesThatMakeIt() {
    PackageGraph graph = PackageGraph.of(Map.of(
        "a/A.java", """
            package org.pledgebot.a;

            import org.pledgebot.b.B;
            // org.pledgebot.z.Commented is not a use
            class A { String s = "org.pledgebot.y.Quoted"; char c = '"'; }
            """,
        "b/B.java", "package org.pledgebot.b;\n/* org.pledgebot.x */ class B { org.pledgebot.c.C c; }\n",
        "c/C.java", "package org.pledgebot.c;\nimport static org.pledgebot.a.A.x;\nclass C {}\n",
        "c/D.java", "package org.pledgebot.c.inner;\nclass D { org.pledgebot.a.A a; }\n",
        "d/E.java", "package org.pledgebot.d;\nimport org.pledgebot.a.A;\nclass E {}\n"));

    assertEquals(Set.of("a", "b", "c", "d"), graph.packages(), "comments and strings are not uses");
    assertEquals(List.of(List.of("a", "b", "c", "a")), graph.cycles());
    assertEquals("""
        a -> b -> c -> a:
          a -> b: [a/A.java]
          b -> c: [b/B.java]
          c -> a: [c/C.java, c/D.java]""", graph.describe(graph.cycles().get(0)));
  }

  @Test
  void anAcyclicGraphHasNoCycle() {
    PackageGraph graph = PackageGraph.of(Map.of(
        "A.java", "package org.pledgebot.a;\nimport org.pledgebot.b.B;\nimport org.pledgebot.c.C;\n",
        "B.java", "package org.pledgebot.b;\nimport org.pledgebot.c.C;\n",
        "C.java", "package org.pledgebot.c;\nimport java.util.List;\n"));
    assertEquals(List.of(), graph.cycles());
  }

  @Test
  void aUseToTheRightWithinALayerOrOfAnUnknownPackageIsReported() {
    PackageGraph graph = PackageGraph.of(Map.of(
        "corpus/X.java", "package org.pledgebot.corpus;\nimport org.pledgebot.search.S;\n",
        "search/S.java", "package org.pledgebot.search;\nimport org.pledgebot.corpus.X;\n",
        "store/T.java", "package org.pledgebot.store;\nimport org.pledgebot.telegram.U;\n",
        "telegram/U.java", "package org.pledgebot.telegram;\nimport org.pledgebot.chat.V;\n",
        "chat/V.java", "package org.pledgebot.chat;\nimport org.pledgebot.alerts.W;\n",
        "alerts/W.java", "package org.pledgebot.alerts;\n",
        "base/B.java", "package org.pledgebot.base;\nimport org.pledgebot.corpus.X;\n",
        "fresh/F.java", "package org.pledgebot.fresh;\n"));
    assertEquals(List.of(
        "base may not use corpus (layer 1, not left of layer 0): [base/B.java]",
        "corpus may not use search (layer 2, not left of layer 1): [corpus/X.java]",
        "org.pledgebot.fresh is in no layer: place it in ArchitectureTest.LAYERS and ARCHITECTURE.md",
        "store may not use telegram (layer 6, not left of layer 6): [store/T.java]"),
        violations(graph, LAYERS));
  }

  /** Every use of a package that is not in a layer to the left, and every package in no layer. */
  static List<String> violations(PackageGraph graph, List<List<String>> layers) {
    List<String> problems = new ArrayList<>();
    for (String from : graph.packages()) {
      int fromLayer = layerOf(from, layers);
      if (fromLayer < 0) {
        problems.add("org.pledgebot." + from + " is in no layer: place it in ArchitectureTest.LAYERS and ARCHITECTURE.md");
        continue;
      }
      graph.uses(from).forEach((to, files) -> {
        int toLayer = layerOf(to, layers);
        if (toLayer >= fromLayer) {
          problems.add(from + " may not use " + to + " (layer " + toLayer + ", not left of layer " + fromLayer + "): "
              + files);
        }
      });
    }
    return problems;
  }

  private static int layerOf(String pkg, List<List<String>> layers) {
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }
}
