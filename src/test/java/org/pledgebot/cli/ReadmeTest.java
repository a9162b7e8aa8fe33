package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.RelevanceSet;
import org.pledgebot.testing.Shipped;

/**
 * What README.md shows still holds: each example command of its "Examples" section is run
 * through {@link Main} in-process and must print the lines shown (a "…" stands for any text: on
 * a line of its own, for any lines), and the counts it states (the corpus, the relevance set)
 * are the real ones.
 */
class ReadmeTest {

  static final Path README = Path.of("README.md");
  private static final Pattern COMMAND =
      Pattern.compile("\\$ (?:printf '(?<stdin>[^']*)' \\| )?java -jar target/pledgebot\\.jar(?<args>.*)");

  @TempDir Path data;

  record Example(String command, String stdin, List<String> args, List<String> shown) {}

  static String readme() throws Exception {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The commands of the Examples section's text blocks, with the lines shown after each. */
  static List<Example> examples() throws Exception {
    String readme = readme();
    String section = readme.substring(readme.indexOf("## Examples"), readme.indexOf("\n## ", readme.indexOf("## Examples") + 3));
    List<Example> out = new ArrayList<>();
    Matcher blocks = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (blocks.find()) {
      Example current = null;
      for (String line : blocks.group(1).split("\n")) {
        Matcher command = COMMAND.matcher(line);
        if (command.matches()) {
          String stdin = command.group("stdin") == null ? "" : command.group("stdin").replace("\\n", "\n");
          String args = command.group("args").strip();
          current = new Example(line, stdin, args.isEmpty() ? List.of() : Arrays.asList(args.split(" +")),
              new ArrayList<>());
          out.add(current);
        } else if (current != null && !line.isBlank()) {
          current.shown().add(line);
        }
      }
    }
    return out;
  }

  @Test
  void everyExampleCommandPrintsWhatTheReadmeShows() throws Exception {
    List<Example> examples = examples();
    assertEquals(4, examples.size(), "the README's examples: " + examples);
    for (Example example : examples) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Map<String, String> env = new HashMap<>(Map.of("PLEDGEBOT_DATA", data.toString()));
      int code = Main.run(example.args().toArray(String[]::new), env,
          new ByteArrayInputStream(example.stdin().getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
          new PrintWriter(err));
      assertEquals(0, code, example.command() + "\n" + err);
      List<String> printed = out.toString().lines().toList();
      int at = 0;
      for (String shown : example.shown()) {
        if (shown.strip().equals("…")) {
          continue;
        }
        int found = -1;
        for (int i = at; i < printed.size() && found < 0; i++) {
          if (matches(shown, printed.get(i))) {
            found = i;
          }
        }
        assertTrue(found >= 0, example.command() + "\nshows: " + shown + "\nbut printed:\n" + out);
        at = found + 1;
      }
    }
  }

  /** Whether {@code printed} is the {@code shown} line, each "…" in it standing for any text. */
  static boolean matches(String shown, String printed) {
    String[] parts = shown.split("…", -1);
    if (parts.length == 1) {
      return printed.stripTrailing().equals(shown.stripTrailing());
    }
    if (!printed.startsWith(parts[0]) || !printed.stripTrailing().endsWith(parts[parts.length - 1].stripTrailing())) {
      return false;
    }
    int from = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = printed.indexOf(parts[i], from);
      if (found < 0) {
        return false;
      }
      from = found + parts[i].length();
    }
    return true;
  }

  @Test
  void theCorpusCountsItStatesAreTheShippedCorpus() throws Exception {
    Matcher counts = Pattern.compile("one file per pledger \\((\\d+): (\\d+) countries, (\\d+) civil society\\s+"
        + "organisations, (\\d+) OGP Working Groups, (\\d+) multilateral partners\\)").matcher(readme());
    assertTrue(counts.find(), "the README states the corpus counts");
    List<Pledge> pledges = Shipped.corpus().pledges();
    assertEquals(pledges.size(), Integer.parseInt(counts.group(1)), "pledgers");
    Kind[] kinds = {Kind.COUNTRY, Kind.CIVIL_SOCIETY, Kind.WORKING_GROUP, Kind.MULTILATERAL};
    for (int i = 0; i < kinds.length; i++) {
      Kind kind = kinds[i];
      assertEquals(pledges.stream().filter(p -> p.kind() == kind).count(), Long.parseLong(counts.group(i + 2)),
          kind.toString());
    }
  }

  @Test
  void theRelevanceSetSizeItStatesIsTheSet() throws Exception {
    Matcher size = Pattern.compile("questions\\.tsv` holds (\\d+)").matcher(readme());
    assertTrue(size.find(), "the README states the relevance set's size");
    assertEquals(RelevanceSet.read(Path.of("src/test/resources/relevance/questions.tsv")).size(),
        Integer.parseInt(size.group(1)));
    assertFalse(examples().isEmpty());
  }
}
