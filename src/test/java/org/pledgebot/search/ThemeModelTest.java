package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

class ThemeModelTest {

  private static TreeSet<Integer> sorted(int[] buckets) {
    return Arrays.stream(buckets).boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  /** The buckets of the features as strings, hashed by String itself: what {@link ThemeModel#buckets} must give. */
  private static TreeSet<Integer> byStrings(String text) {
    return ThemeModel.features(text).stream().map(f -> Math.floorMod(f.hashCode(), ThemeModel.BUCKETS))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void featuresAreTheWordsPairsAndCharacterGramsOfTheFoldedWords() {
    assertEquals(List.of("w:a"), ThemeModel.features("A !")); // "<a>" is shorter than a gram
    assertEquals(List.of("w:ab", "c4:<ab>", "w:cd", "b:ab_cd", "c4:<cd>"), ThemeModel.features("Ab, cd?"));
    assertEquals(List.of("w:open", "c4:<ope", "c4:open", "c4:pen>"), ThemeModel.features("open"));
    assertEquals(List.of(), ThemeModel.features(" ?! "));
  }

  @Test
  void functionWordsAreLeftOutOfAQuestionThatHasOtherWords() {
    // the pair joins the words around them
    assertEquals(ThemeModel.features("natural resources"),
        ThemeModel.features("is the natural resources of it"));
    assertEquals(ThemeModel.features("donnees ouvertes"), ThemeModel.features("les données ouvertes de la ville").subList(0,
        ThemeModel.features("donnees ouvertes").size()));
    assertFalse(ThemeModel.features("¿dónde están los datos?").contains("w:los"));
    // a question of function words alone keeps them
    assertEquals(List.of("w:it", "c4:<it>", "w:is", "b:it_is", "c4:<is>"), ThemeModel.features("it is"));
    assertEquals(byStrings("is it the natural resources"), sorted(ThemeModel.buckets("is it the natural resources")));
  }

  @Test
  void bucketsAreHandComputedHashes() {
    // "w:a".hashCode() = 119 * 31^2 + 58 * 31 + 97 = 116254
    assertEquals(new TreeSet<>(List.of(116254)), sorted(ThemeModel.buckets("a")));
    // "c4:<ab>".hashCode() = -787284950, mod 2^18 = 195626
    assertTrue(sorted(ThemeModel.buckets("ab")).contains(195626));
    TreeSet<Integer> open = sorted(ThemeModel.buckets("Open data"));
    // w:open, w:data, b:open_data, c4:<ope, c4:ata>
    assertTrue(open.containsAll(List.of(142189, 62669, 257895, 209553, 5401)), open.toString());
    // folded as Folding.words folds: "w:donnees"
    assertTrue(sorted(ThemeModel.buckets("Données")).contains(161893));
  }

  @Test
  void bucketsWorkedOutInPlaceAreThoseOfTheFeatureStrings() {
    for (String text : List.of("", "a", "open data", "Who publishes the MINISTRY's budget, line by line?",
        "¿Dónde están los datos abiertos del año 2014?", "l'accès à l'information — œuvre, straße",
        "supercalifragilisticexpialidocious antidisestablishmentarianism", "x y z 1 22 333 4444 55555",
        "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a")) {
      assertEquals(byStrings(text), sorted(ThemeModel.buckets(text)), text);
      assertEquals(ThemeModel.buckets(text).length, sorted(ThemeModel.buckets(text)).size(), "distinct: " + text);
      assertArrayEquals(ThemeModel.buckets(text), ThemeModel.buckets(text), "deterministic: " + text);
    }
  }

  private static final List<String> TWO = List.of("open-data", "budget-transparency");

  private static List<ThemeModelTrainer.Example> tiny() {
    List<ThemeModelTrainer.Example> out = new ArrayList<>();
    String[][] rows = {
        {"0", "publish the spreadsheets online"}, {"0", "machine readable files for developers"},
        {"0", "download the datasets in csv"}, {"0", "an open portal of spreadsheets"},
        {"1", "how the ministry spends its money"}, {"1", "line by line spending of the city"},
        {"1", "where the tax money goes"}, {"1", "the money the council spends each year"},
        {"2", "my cat sleeps on the sofa"}, {"2", "a recipe for apple pie"},
        {"2", "the football match tonight"}, {"2", "my sofa is too small for the cat"}};
    for (String[] row : rows) {
      out.add(new ThemeModelTrainer.Example(ThemeModel.buckets(row[1]), Integer.parseInt(row[0])));
    }
    return out;
  }

  @Test
  void aModelTrainedOnATinyCorpusSeparatesItsClasses() {
    ThemeModel model = ThemeModelTrainer.train(tiny(), TWO, ThemeModelTrainer.LAMBDA).model();
    assertEquals("open-data", model.probabilities("spreadsheets for developers to download").best());
    assertEquals("budget-transparency", model.probabilities("how does the city spend money").best());
    ThemeModel.Probabilities cat = model.probabilities("the cat on my sofa");
    assertTrue(cat.offTopic() > cat.bestProbability(), cat.toString());
    ThemeModel.Probabilities data = model.probabilities("datasets in csv");
    assertTrue(data.bestProbability() > data.offTopic() && data.bestProbability() > data.themes().get("budget-transparency"),
        data.toString());
  }

  @Test
  void probabilitiesSumToOne() {
    ThemeModel model = ThemeModelTrainer.train(tiny(), TWO, ThemeModelTrainer.LAMBDA).model();
    for (String text : List.of("", "the money of the city", "zzz qqq", "open spreadsheets and the tax money")) {
      ThemeModel.Probabilities p = model.probabilities(text);
      double sum = p.offTopic() + p.themes().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(1, sum, 1e-9, text);
      assertEquals(TWO, List.copyOf(p.themes().keySet()));
      assertEquals(p.themes().get(p.best()), p.bestProbability(), 0);
    }
    ThemeModel.Probabilities none = model.probabilities("");
    assertEquals(1 / 3.0, none.offTopic(), 1e-9, "no word: no evidence");
  }

  @Test
  void aWrittenModelReadsBackAndACorruptOneIsRefused() throws IOException {
    ThemeModel model = ThemeModelTrainer.train(tiny(), TWO, ThemeModelTrainer.LAMBDA).model();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 42);
    ThemeModel read = ThemeModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(42, ThemeModel.digest(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(TWO, read.themes());
    assertEquals(model.probabilities("csv files"), read.probabilities("csv files"));

    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThrows(IOException.class, () -> ThemeModel.read(new ByteArrayInputStream(cut)));
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(other)) {
      zip.write("these bytes are no model at all, only some words".getBytes(StandardCharsets.UTF_8));
    }
    IOException e = assertThrows(IOException.class, () -> ThemeModel.read(new ByteArrayInputStream(other.toByteArray())));
    assertTrue(e.getMessage().contains("not a theme model"), e.getMessage());

    // a bucket out of range: the file's first bucket set to BUCKETS, past the header and the classes' names
    byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())).readAllBytes();
    int first = 3 * Integer.BYTES + Long.BYTES + Integer.BYTES + Integer.BYTES;
    for (String name : List.of("open-data", "budget-transparency", ThemeModel.OFF_TOPIC)) {
      first += Integer.BYTES + name.getBytes(StandardCharsets.UTF_8).length;
    }
    ByteBuffer.wrap(inflated).putInt(first, ThemeModel.BUCKETS);
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bad)) {
      zip.write(inflated);
    }
    IOException range = assertThrows(IOException.class, () -> ThemeModel.read(new ByteArrayInputStream(bad.toByteArray())));
    assertTrue(range.getMessage().contains("bucket " + ThemeModel.BUCKETS + " at 0 is out of range or order"),
        range.getMessage());
  }

  @Test
  void theTrainerWritesTheSameBytesTwiceAndKeepsAModelOfTheSameInputs(@TempDir Path dir) throws Exception {
    Path sets = Files.createDirectory(dir.resolve("relevance"));
    Files.writeString(sets.resolve("dev-1.tsv"), String.join("\n",
        "# kind\tlang\tquestion\texpected",
        "theme\tEN\tpublish the spreadsheets online\topen-data",
        "theme\tEN\thow the ministry spends its money\tbudget-transparency",
        "theme\tEN\tspending data of the city\tbudget-transparency,open-data",
        "name\tEN\twhat did Norway pledge\tNO",
        "offtopic\tEN\ta recipe for apple pie\t-", ""));
    Files.writeString(sets.resolve("questions.tsv"), String.join("\n",
        "theme\tEN\tmachine readable files for developers\topen-data",
        "offtopic\tEN\tthe football match tonight\t-", ""));
    Files.writeString(sets.resolve("heldout.tsv"), "theme\tEN\tnever trained on\topen-data\n"
        + "offtopic\tEN\tThe football match, tonight?\t-\n");
    String themes = Shipped.THEMES.toString();
    Path first = dir.resolve("one/theme-model.bin");
    Path second = dir.resolve("two/theme-model.bin");
    ThemeModelTrainer.main(new String[] {sets.toString(), themes, first.toString()});
    ThemeModelTrainer.main(new String[] {sets.toString(), themes, second.toString()});
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertEquals(List.of(sets.resolve("dev-1.tsv"), sets.resolve("questions.tsv")), ThemeModelTrainer.sets(sets));
    assertEquals(List.of(sets.resolve("heldout.tsv")), ThemeModelTrainer.heldOut(sets));
    assertEquals(5, ThemeModelTrainer.examples(ThemeModelTrainer.sets(sets), Shipped.thesaurus().ids(), Set.of()).size(),
        "the theme rows of one theme and the off-topic rows");
    assertEquals(4, ThemeModelTrainer.examples(ThemeModelTrainer.sets(sets), Shipped.thesaurus().ids(),
        ThemeModelTrainer.questions(ThemeModelTrainer.heldOut(sets))).size(),
        "a question a held-out set holds, in its words, is not trained on");

    // the same inputs: the file is left as it is; another set: trained again
    FileTime longAgo = FileTime.fromMillis(0);
    Files.setLastModifiedTime(first, longAgo);
    ThemeModelTrainer.main(new String[] {sets.toString(), themes, first.toString()});
    assertEquals(longAgo, Files.getLastModifiedTime(first), "a model whose digest matches is not written again");
    Files.writeString(sets.resolve("dev-2.tsv"), "offtopic\tEN\tmy cat sleeps\t-\n");
    ThemeModelTrainer.main(new String[] {sets.toString(), themes, first.toString()});
    assertFalse(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
  }

  @Test
  void theShippedModelLoadsAndReadsFreshSentences() {
    Thesaurus thesaurus = Shipped.thesaurus();
    ThemeModel model = ThemeModel.load(thesaurus);
    assertEquals(thesaurus.ids(), model.themes());
    // written for this test, in three languages
    Map<String, String> obvious = Map.of(
        "how do we gather residents' ideas before the council redesigns the park?", "citizen-engagement",
        "un ancien ministre embauché par la banque qu'il surveillait, est-ce du pantouflage ?", "public-integrity",
        "¿cómo se reparten las regalías del cobre entre las provincias mineras?", "natural-resources",
        "a portal where anyone can download the government's raw spreadsheets", "open-data");
    obvious.forEach((text, theme) -> {
      ThemeModel.Probabilities p = model.probabilities(text);
      assertEquals(theme, p.best(), text + " -> " + p);
      assertTrue(p.bestProbability() > p.offTopic(), text + " -> " + p);
    });
    for (String text : List.of("what time does the bakery open on sundays?", "mi perro no quiere comer pienso",
        "quel film regarder ce soir avec les enfants ?")) {
      ThemeModel.Probabilities p = model.probabilities(text);
      assertTrue(p.offTopic() > 0.5, text + " -> " + p);
    }
  }

  @Test
  void aModelOfOtherThemesIsAClearStartupError() {
    Theme other = new Theme("other", Map.of(Lang.EN, "Other"), Map.of(), Map.of(), Map.of(), Map.of(), false);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ThemeModel.load(new Thesaurus(List.of(other))));
    assertTrue(e.getMessage().contains("org/pledgebot/search/theme-model.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("[other]"), e.getMessage());
  }
}
