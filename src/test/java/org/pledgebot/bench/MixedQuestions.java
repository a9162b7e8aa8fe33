package org.pledgebot.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

/**
 * A fresh mix of questions for the batch throughput of {@code search}: not the relevance sets,
 * but French and English questions put together at random from question frames, the thesaurus'
 * phrases and vocabulary, pledger names and everyday topics, a quarter of them with a typo
 * (a letter dropped, doubled or swapped with the next). One question a line, UTF-8.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.pledgebot.bench.MixedQuestions --count 20000 --seed 11 --out target/mixed.txt"</pre>
 */
public final class MixedQuestions {

  private static final Map<Lang, List<String>> FRAMES = Map.of(
      Lang.EN, List.of("who can help with %s?", "%s", "looking for peers on %s", "which countries work on %s",
          "we need advice about %s in our ministry", "how do others handle %s?", "%s experts", "tell me about %s",
          "is anyone doing %s at the local level?", "what did they pledge on %s"),
      Lang.FR, List.of("qui peut nous aider sur %s ?", "%s", "nous cherchons des pairs pour %s",
          "quels pays travaillent sur %s", "conseils sur %s pour notre ministère", "comment faire pour %s ?",
          "experts en %s", "parlez-moi de %s", "quelqu'un fait-il %s au niveau local ?",
          "qu'ont-ils promis sur %s"));

  private static final Map<Lang, List<String>> EVERYDAY = Map.of(
      Lang.EN, List.of("the weather tomorrow", "cheap flights to Lisbon", "my phone bill", "a good pizza recipe",
          "football results", "learning the guitar", "renting a flat", "my bank card", "yoga classes",
          "the train timetable", "fixing a leaking tap", "a birthday present"),
      Lang.FR, List.of("la météo de demain", "des vols pas chers pour Lisbonne", "ma facture de téléphone",
          "une recette de crêpes", "les résultats du foot", "apprendre la guitare", "louer un appartement",
          "ma carte bancaire", "des cours de yoga", "les horaires du train", "réparer un robinet",
          "un cadeau d'anniversaire"));

  private MixedQuestions() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    int count = Integer.parseInt(opts.getOrDefault("count", "20000"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "11"));
    Thesaurus thesaurus = Shipped.thesaurus();
    Corpus corpus = Shipped.corpus(thesaurus);
    List<String> questions = generate(thesaurus, corpus, count, new Random(seed));
    String out = opts.get("out");
    try (PrintWriter w = out == null
        ? new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))
        : new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      questions.forEach(w::println);
    }
  }

  /** {@code count} questions, half French and half English on average. */
  static List<String> generate(Thesaurus thesaurus, Corpus corpus, int count, Random random) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Lang lang = random.nextBoolean() ? Lang.EN : Lang.FR;
      String topic = topic(thesaurus, corpus, lang, random);
      if (random.nextInt(4) == 0) {
        topic = typo(topic, random);
      }
      List<String> frames = FRAMES.get(lang);
      out.add(String.format(frames.get(random.nextInt(frames.size())), topic));
    }
    return out;
  }

  private static String topic(Thesaurus thesaurus, Corpus corpus, Lang lang, Random random) {
    int kind = random.nextInt(10);
    if (kind < 6) {
      Theme theme = thesaurus.themes().get(random.nextInt(thesaurus.themes().size()));
      List<String> words = new ArrayList<>(theme.synonyms(lang));
      words.addAll(theme.vocabulary(lang));
      return words.get(random.nextInt(words.size()));
    }
    if (kind < 8) {
      List<Pledge> pledges = corpus.pledges();
      return pledges.get(random.nextInt(pledges.size())).name(lang);
    }
    List<String> everyday = EVERYDAY.get(lang);
    return everyday.get(random.nextInt(everyday.size()));
  }

  private static String typo(String text, Random random) {
    if (text.length() < 4) {
      return text;
    }
    int at = 1 + random.nextInt(text.length() - 2);
    return switch (random.nextInt(3)) {
      case 0 -> text.substring(0, at) + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
      default -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    };
  }
}
