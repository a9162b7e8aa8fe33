package org.pledgebot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;

/**
 * Benchmark data, generated deterministically from the shipped corpus: pledges with new ids,
 * invented names and acronyms, and texts whose sentences are reordered and salted with invented
 * words, so that the index has realistic field lengths and a vocabulary that grows with its size.
 */
final class Synthetic {

  private static final String[] SYLLABLES = {
      "ka", "lo", "mi", "ra", "te", "vu", "no", "sa", "di", "pe", "zo", "ga", "ri", "ta", "bel", "mon",
      "dor", "vik", "stan", "lia", "ren", "col", "sur", "pra"};

  private Synthetic() {}

  static Thesaurus thesaurus() throws Exception {
    return Thesaurus.load(Path.of("config/themes.json"));
  }

  static Corpus shipped(Thesaurus thesaurus) throws IOException {
    return new CorpusReader(thesaurus).read(Path.of("index/pledges"));
  }

  /**
   * {@code size} pledges derived from the shipped ones; the same for the same size. Each is a
   * shipped pledge's text in another sentence order, so every copy of a pledge has the same words
   * and length, and each 128-document block holds a copy of every pledge: the worst case for the
   * block maxima that let a search skip pledges.
   */
  static Corpus corpus(Corpus shipped, int size) {
    return corpus(shipped, size, false);
  }

  /**
   * {@code size} pledges as {@link #corpus(Corpus, int)} derives them, or ({@code varied}) each
   * keeping only some of its sentences (at least one) and a varied number of invented words, so
   * that copies of a pledge differ in length and in the words they keep, as a real large index's
   * pledges on one theme do; the same for the same size.
   */
  static Corpus corpus(Corpus shipped, int size, boolean varied) {
    Random random = new Random(size);
    List<Pledge> base = shipped.pledges();
    List<Pledge> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(derive(base.get(i % base.size()), i, random, varied));
    }
    return new Corpus(out, List.of());
  }

  /** The synthetic corpus a benchmark parameter names: {@code copies} or {@code varied}. */
  static Corpus corpus(Corpus shipped, int size, String kind) {
    return switch (kind) {
      case "copies" -> corpus(shipped, size, false);
      case "varied" -> corpus(shipped, size, true);
      default -> throw new IllegalArgumentException("corpus must be copies or varied, got \"" + kind + "\"");
    };
  }

  private static Pledge derive(Pledge p, int i, Random random, boolean varied) {
    String invented = capitalised(word(random, 2 + random.nextInt(2)));
    Map<Lang, String> name = new EnumMap<>(Lang.class);
    p.name().forEach((lang, n) -> name.put(lang, n + " " + invented));
    String acronym = (invented.substring(0, 2) + Integer.toString(i, 36)).toUpperCase();
    Map<Lang, List<String>> aliases = Map.of(Lang.EN, List.of(acronym), Lang.FR, List.of(acronym));
    Map<Lang, String> text = new EnumMap<>(Lang.class);
    // in the languages' order, not the map's: an immutable map's order changes with each JVM, and so
    // would the random draws, the corpus and a saved index's ids
    for (Lang lang : Lang.values()) {
      String t = p.pledge().get(lang);
      if (t != null) {
        text.put(lang, (varied ? some(t, random) : shuffle(t, random)) + " " + invented + " " + word(random, 3) + ".");
      }
    }
    return new Pledge("syn-" + i, p.kind(), name, aliases, p.themes(), text, p.url(), p.sources(), p.published(),
        p.basis());
  }

  /** Some of the text's sentences (each kept at even odds, at least one) and 0 to 29 invented words. */
  private static String some(String text, Random random) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
    java.util.Collections.rotate(sentences, random.nextInt(sentences.size()));
    List<String> kept = new ArrayList<>(List.of(sentences.get(0)));
    sentences.subList(1, sentences.size()).stream().filter(x -> random.nextBoolean()).forEach(kept::add);
    StringBuilder out = new StringBuilder(String.join(" ", kept));
    for (int k = random.nextInt(30); k > 0; k--) {
      out.append(' ').append(word(random, 2 + random.nextInt(3)));
    }
    return out.toString();
  }

  private static String shuffle(String text, Random random) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
    java.util.Collections.rotate(sentences, random.nextInt(sentences.size()));
    return String.join(" ", sentences);
  }

  static String word(Random random, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The questions of the relevance set, as users type them. */
  static List<String> questions() throws IOException {
    return typedQuestions().stream().map(Typed::text).toList();
  }

  /** A question of the relevance set with the language it is in. */
  record Typed(Lang lang, String text) {}

  /** The questions of the relevance set with their language (second column). */
  static List<Typed> typedQuestions() throws IOException {
    return typedQuestions(List.of(RELEVANCE.resolve("questions.tsv")));
  }

  private static final Path RELEVANCE = Path.of("src/test/resources/relevance");

  /** Chat messages of 2-3 sentences written for timing, one a line (its header says how). */
  private static final Path LONG_MESSAGES = Path.of("src/test/resources/bench/long-messages.txt");

  /**
   * The questions of one set of relevance files: {@code regression} is {@code questions.tsv}, the
   * set search is tuned to hold exactly; {@code heldout} is every {@code heldout*.tsv}, written
   * before the changes they judge and never tuned on, so timings on it are timings on questions
   * the code was not shaped around; {@code long} is no relevance file but the chat messages of
   * {@code bench/long-messages.txt}, 2-3 sentences each, the tail of a search's time.
   */
  static List<String> questions(String set) throws IOException {
    if (set.equals("long")) {
      return Files.readAllLines(LONG_MESSAGES).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
    List<Path> files = switch (set) {
      case "regression" -> List.of(RELEVANCE.resolve("questions.tsv"));
      case "heldout" -> {
        try (Stream<Path> all = Files.list(RELEVANCE)) {
          yield all.filter(f -> f.getFileName().toString().matches("heldout.*\\.tsv")).sorted().toList();
        }
      }
      default -> throw new IllegalArgumentException("question set must be regression, heldout or long, got \"" + set + "\"");
    };
    return typedQuestions(files).stream().map(Typed::text).toList();
  }

  private static List<Typed> typedQuestions(List<Path> files) throws IOException {
    List<Typed> out = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          out.add(new Typed(Lang.parse(cols[1]).orElseThrow(), cols[2]));
        }
      }
    }
    return out;
  }
}
