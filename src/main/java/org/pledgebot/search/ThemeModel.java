package org.pledgebot.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.pledgebot.corpus.Thesaurus;

/**
 * A learned reading of a question's theme: multinomial logistic regression over hashed features of
 * its words, trained at build time on the dev sets ({@link ThemeModelTrainer}) and read beside the
 * rules by {@link QuestionCompiler}. Its classes are the thesaurus themes, in the thesaurus's order,
 * then {@link #OFF_TOPIC}.
 *
 * <p>The features of a question are those of its words as {@link Folding#words} gives them, but its
 * function words ({@link StopWords#functionWords}: "the", "is", "de", "los"...) where it has any other:
 * those carried the off-topic class's share of every question (everyday questions outnumber each
 * theme's), so that a term of the field asked in a long frame of them read as off topic; left out, the
 * model reads the frame no more than the term. Each word
 * {@code w} as {@code "w:"+w}, each pair of consecutive words as {@code "b:"+prev+"_"+w}, and the
 * character 4-grams of {@code "<"+w+">"} as {@code "c4:"+gram} (grams of 3, 4 and 5 were no better on
 * dev files held apart, 0.886 against 0.885, for more than twice the buckets read); each hashed to a bucket,
 * {@code Math.floorMod(feature.hashCode(), BUCKETS)}. A question is the set of its distinct buckets,
 * each of value 1/sqrt(their number); its class scores are the sums of their weights times that value,
 * and its probabilities their softmax. The hashes are worked out from the characters as {@link
 * String#hashCode} would, without building the strings ({@link #buckets}; {@link #features} builds them).
 *
 * <p>Immutable and thread-safe.
 */
final class ThemeModel {

  /** The model file beside this class, which the build writes. */
  static final String RESOURCE = "theme-model.bin";

  /** How many buckets the features are hashed into. */
  static final int BUCKETS = 1 << 18;

  /** The version of the file's layout, which {@link #read} checks. */
  static final int FORMAT = 1;

  /** The class of a question about something else: the off-topic rows' expected value. */
  static final String OFF_TOPIC = "-";

  /** The first bytes of the file after its gzip header: "PBTM". */
  private static final int MAGIC = 0x5042544d;

  private static final int WORD = "w:".hashCode();
  private static final int PAIR = "b:".hashCode();
  private static final int[] GRAMS = {"c4:".hashCode()};
  private static final int MIN_GRAM = 4;

  /** The words left out of a question that has others ({@link StopWords#functionWords}), looked up in place. */
  private static final CharArraySet FUNCTION_WORDS =
      CharArraySet.unmodifiableSet(new CharArraySet(StopWords.functionWords(), false));

  private final List<String> themes;
  private final int classes;
  /**
   * The weights of every bucket, one per class, bucket by bucket (0 for a bucket no training question
   * held): a question's buckets are read at random, one place each, and a table of the buckets that
   * have weights would cost each a second read, a cache miss as often as not.
   */
  private final float[] weights;
  /** The buckets that have weights, ascending. */
  private final int[] buckets;

  /**
   * A model of {@code thesaurus}'s classes that knows no feature: every class as likely, so that none of
   * {@link QuestionCompiler}'s rules of the model fires and a question is read by the rules alone.
   */
  static ThemeModel none(Thesaurus thesaurus) {
    return new ThemeModel(thesaurus.ids(), new int[0], new float[0]);
  }

  /**
   * @param themes the thesaurus ids the first classes stand for ({@link #OFF_TOPIC} is the last class)
   * @param buckets the buckets with weights, ascending
   * @param weights their weights, {@code themes.size() + 1} per bucket, bucket by bucket
   */
  ThemeModel(List<String> themes, int[] buckets, float[] weights) {
    this.themes = List.copyOf(themes);
    this.classes = themes.size() + 1;
    if (weights.length != buckets.length * classes) {
      throw new IllegalArgumentException(weights.length + " weights for " + buckets.length + " buckets of "
          + classes + " classes");
    }
    this.buckets = buckets.clone();
    this.weights = new float[BUCKETS * classes];
    for (int i = 0; i < buckets.length; i++) {
      if (buckets[i] < 0 || buckets[i] >= BUCKETS || i > 0 && buckets[i] <= buckets[i - 1]) {
        throw new IllegalArgumentException("bucket " + buckets[i] + " at " + i + " is out of range or order");
      }
      System.arraycopy(weights, i * classes, this.weights, buckets[i] * classes, classes);
    }
  }

  /**
   * What the model reads in a question.
   *
   * @param themes per theme id, in the thesaurus's order, the probability the question is about it
   * @param offTopic the probability it is about something else
   * @param best the theme of the highest probability (the first of them in the thesaurus's order)
   * @param bestProbability its probability
   */
  record Probabilities(Map<String, Double> themes, double offTopic, String best, double bestProbability) {}

  /** The thesaurus ids of the model's first classes. */
  List<String> themes() {
    return themes;
  }

  /** How many buckets carry weights. */
  int size() {
    return buckets.length;
  }

  /** The probabilities of each class for {@code text}; uniform for a text without a word. */
  Probabilities probabilities(String text) {
    double[] p = scores(buckets(text));
    double max = Double.NEGATIVE_INFINITY;
    for (double z : p) {
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      p[k] = Math.exp(p[k] - max);
      sum += p[k];
    }
    Map<String, Double> byTheme = new LinkedHashMap<>();
    int best = 0;
    for (int k = 0; k < classes; k++) {
      p[k] /= sum;
      if (k < themes.size()) {
        byTheme.put(themes.get(k), p[k]);
        best = p[k] > p[best] ? k : best;
      }
    }
    return new Probabilities(Collections.unmodifiableMap(byTheme), p[classes - 1], themes.get(best), p[best]);
  }

  /** The linear score of each class for a question of these distinct buckets. */
  private double[] scores(int[] distinct) {
    double[] z = new double[classes];
    for (int b : distinct) {
      for (int k = 0, at = b * classes; k < classes; k++) {
        z[k] += weights[at + k];
      }
    }
    double value = distinct.length == 0 ? 0 : 1 / Math.sqrt(distinct.length);
    for (int k = 0; k < classes; k++) {
      z[k] *= value;
    }
    return z;
  }

  /**
   * The features of {@code text} as strings, in order, repeats kept: what {@link #buckets} hashes
   * without building them.
   */
  static List<String> features(String text) {
    List<String> out = new ArrayList<>();
    String prev = null;
    List<String> words = words(text);
    boolean content = words.stream().anyMatch(w -> !FUNCTION_WORDS.contains(w));
    for (String w : words) {
      if (content && FUNCTION_WORDS.contains(w)) {
        continue;
      }
      out.add("w:" + w);
      if (prev != null) {
        out.add("b:" + prev + "_" + w);
      }
      String marked = "<" + w + ">";
      for (int n = MIN_GRAM; n < MIN_GRAM + GRAMS.length; n++) {
        for (int j = 0; j + n <= marked.length(); j++) {
          out.add("c" + n + ":" + marked.substring(j, j + n));
        }
      }
      prev = w;
    }
    return out;
  }

  private static List<String> words(String text) {
    String words = Folding.words(text);
    return words.isEmpty() ? List.of() : List.of(words.split(" "));
  }

  /**
   * The distinct buckets of {@code text}'s {@link #features}, in no particular order: each feature's
   * hash worked out from the characters as {@link String#hashCode} does (a string's hash is a
   * polynomial in 31, so a concatenation's is its first part's times 31 to the length of the rest, plus
   * the rest's), and gathered in a small open-addressing set.
   */
  static int[] buckets(String text) {
    String s = Folding.words(text);
    char[] chars = s.toCharArray();
    boolean content = hasContent(chars);
    Distinct out = new Distinct(s.length());
    // each word between "<" and ">", read from here: its n-grams' hashes rolled along it
    char[] marked = new char[s.length() + 2];
    marked[0] = '<';
    int prevHash = 0;
    int prevPower = 0; // 31 to the previous word's length; 0 before the first word
    for (int start = 0; start < s.length(); ) {
      int end = s.indexOf(' ', start);
      end = end < 0 ? s.length() : end;
      int length = end - start;
      if (content && FUNCTION_WORDS.contains(chars, start, length)) {
        start = end + 1;
        continue;
      }
      int hash = 0;
      int power = 1;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        marked[i - start + 1] = c;
        hash = 31 * hash + c;
        power *= 31;
      }
      marked[length + 1] = '>';
      out.add(WORD * power + hash);
      if (prevPower != 0) {
        out.add(((PAIR * prevPower + prevHash) * 31 + '_') * power + hash);
      }
      for (int n = MIN_GRAM; n < MIN_GRAM + GRAMS.length && n <= length + 2; n++) {
        int gram = 0;
        int top = 1; // 31 to the power n - 1: the weight of the character leaving the window
        for (int i = 0; i < n; i++) {
          gram = 31 * gram + marked[i];
          top *= i > 0 ? 31 : 1;
        }
        int prefix = GRAMS[n - MIN_GRAM] * top * 31;
        out.add(prefix + gram);
        for (int j = n; j < length + 2; j++) {
          gram = (gram - marked[j - n] * top) * 31 + marked[j];
          out.add(prefix + gram);
        }
      }
      prevHash = hash;
      prevPower = power;
      start = end + 1;
    }
    return out.toArray();
  }

  /** Whether the space-separated words of {@code chars} hold one that is no function word. */
  private static boolean hasContent(char[] chars) {
    for (int start = 0; start < chars.length; ) {
      int end = start;
      while (end < chars.length && chars[end] != ' ') {
        end++;
      }
      if (end > start && !FUNCTION_WORDS.contains(chars, start, end - start)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** The bucket of a feature's hash: {@code Math.floorMod(hash, BUCKETS)}, which for a power of two is its low bits. */
  static int bucket(int hash) {
    return hash & (BUCKETS - 1);
  }

  /** A set of buckets, open addressing, sized for the features of a text of this many characters. */
  private static final class Distinct {
    private final int[] slots;
    private int size;

    Distinct(int chars) {
      // at most about three features a character (a word, a pair, a gram), in a table kept half empty
      int capacity = Integer.highestOneBit(Math.max(16, chars * 8)) << 1;
      slots = new int[capacity];
      Arrays.fill(slots, -1);
    }

    void add(int hash) {
      int b = bucket(hash);
      int mask = slots.length - 1;
      for (int i = (b * 0x9E3779B9) >>> 8 & mask; ; i = (i + 1) & mask) {
        if (slots[i] == b) {
          return;
        }
        if (slots[i] < 0) {
          slots[i] = b;
          size++;
          return;
        }
      }
    }

    int[] toArray() {
      int[] out = new int[size];
      int n = 0;
      for (int b : slots) {
        if (b >= 0) {
          out[n++] = b;
        }
      }
      return out;
    }
  }

  /**
   * The shipped model, checked against {@code thesaurus}: its themes must be the thesaurus's ids in
   * the thesaurus's order.
   *
   * @throws IllegalStateException naming the resource, when it is missing, unreadable or for other themes
   */
  static ThemeModel load(Thesaurus thesaurus) {
    String name = ThemeModel.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
    ThemeModel model;
    try (InputStream in = ThemeModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("theme model " + name + " is not on the classpath: the build trains it"
            + " (mvn process-classes runs ThemeModelTrainer)");
      }
      model = read(in);
    } catch (IOException e) {
      throw new IllegalStateException("theme model " + name + " is unreadable: " + e.getMessage()
          + "; rebuild it (mvn process-classes)", e);
    }
    if (!model.themes.equals(thesaurus.ids())) {
      throw new IllegalStateException("theme model " + name + " was trained for the themes " + model.themes
          + ", the thesaurus has " + thesaurus.ids() + ": rebuild it (mvn process-classes)");
    }
    return model;
  }

  /**
   * Writes the model, gzipped (whose header Java writes without a time): magic, {@link #FORMAT},
   * {@link #BUCKETS}, {@code digest} (what it was trained from, {@link ThemeModelTrainer}), the
   * classes' names (UTF-8, each after its length), then each bucket with weights, ascending, and its
   * weights; big-endian, as {@link DataOutputStream} writes.
   */
  void write(OutputStream out, long digest) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(zip);
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeInt(BUCKETS);
    data.writeLong(digest);
    data.writeInt(classes);
    List<String> names = new ArrayList<>(themes);
    names.add(OFF_TOPIC);
    for (String name : names) {
      byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
      data.writeInt(utf8.length);
      data.write(utf8);
    }
    data.writeInt(buckets.length);
    for (int b : buckets) {
      data.writeInt(b);
      for (int k = 0; k < classes; k++) {
        data.writeFloat(weights[b * classes + k]);
      }
    }
    data.flush();
    zip.finish();
  }

  /** The length of the header before the classes: magic, format, buckets, digest. */
  private static final int HEADER = 3 * Integer.BYTES + Long.BYTES;

  /** The digest a model file was written with ({@link #write}), read from its header alone. */
  static long digest(InputStream in) throws IOException {
    return header(new GZIPInputStream(in).readNBytes(HEADER)).getLong();
  }

  /**
   * Reads a model {@link #write} wrote, checking every part of it: inflated whole, then read from memory
   * (a stream read value by value takes a lock per byte, and the weights are some millions of bytes).
   */
  static ThemeModel read(InputStream in) throws IOException {
    ByteBuffer data = header(new GZIPInputStream(in, 1 << 16).readAllBytes());
    try {
      data.getLong();
      int classes = data.getInt();
      if (classes < 2 || classes > 1_000) {
        throw new IOException("bad class count " + classes);
      }
      List<String> names = new ArrayList<>();
      for (int k = 0; k < classes; k++) {
        int length = data.getInt();
        if (length < 0 || length > data.remaining()) {
          throw new IOException("bad class name length " + length);
        }
        byte[] utf8 = new byte[length];
        data.get(utf8);
        names.add(new String(utf8, StandardCharsets.UTF_8));
      }
      String last = names.remove(classes - 1);
      if (!last.equals(OFF_TOPIC)) {
        throw new IOException("last class \"" + last + "\" is not \"" + OFF_TOPIC + "\"");
      }
      int n = data.getInt();
      if (n < 0 || n > BUCKETS) {
        throw new IOException("bad bucket count " + n);
      }
      int[] buckets = new int[n];
      float[] weights = new float[n * classes];
      for (int i = 0; i < n; i++) {
        buckets[i] = data.getInt();
        for (int k = 0; k < classes; k++) {
          float w = data.getFloat();
          if (!Float.isFinite(w)) {
            throw new IOException("weight " + w + " of bucket " + buckets[i]);
          }
          weights[i * classes + k] = w;
        }
      }
      if (data.hasRemaining()) {
        throw new IOException(data.remaining() + " bytes after the last bucket");
      }
      return new ThemeModel(names, buckets, weights); // which checks the buckets' range and order
    } catch (BufferUnderflowException e) {
      throw new IOException("truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The model's bytes, past the checked magic, format and bucket count. */
  private static ByteBuffer header(byte[] bytes) throws IOException {
    if (bytes.length < HEADER) {
      throw new IOException("truncated header");
    }
    ByteBuffer data = ByteBuffer.wrap(bytes);
    int magic = data.getInt();
    if (magic != MAGIC) {
      throw new IOException("not a theme model (starts with " + Integer.toHexString(magic) + ")");
    }
    int format = data.getInt();
    if (format != FORMAT) {
      throw new IOException("format " + format + ", this code reads " + FORMAT);
    }
    int buckets = data.getInt();
    if (buckets != BUCKETS) {
      throw new IOException(buckets + " buckets, this code hashes into " + BUCKETS);
    }
    return data;
  }
}
