package org.pledgebot.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.pledgebot.base.AtomicFiles;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.Thesaurus;

/**
 * Trains the {@link ThemeModel} at build time (Maven runs it at {@code process-classes}): on the
 * {@code theme} rows of one theme and the {@code offtopic} rows of every {@code dev*.tsv} set and of
 * {@code questions.tsv} ({@link RelevanceSet}), never on a held-out set: a row whose words ({@link
 * Folding#words}) are those of a held-out row is left out too, so that no held-out question is trained on
 * (short ones, a greeting or two words of a theme, recur across sets). The objective is the mean
 * cross-entropy plus {@link #LAMBDA}/2 times the squared weights, minimised by L-BFGS from zero
 * weights: no randomness, so the same inputs give the same bytes. A model file whose recorded digest
 * is that of the inputs (the sets, the thesaurus, and the classes that read them) is left as it is.
 */
public final class ThemeModelTrainer {

  /** The weight of the squared weights in the objective. */
  static final double LAMBDA = 1e-5;

  /** L-BFGS's memory: how many past steps shape the next. */
  private static final int MEMORY = 5;

  /** The most iterations; the descent stops before, once an iteration lowers the loss by less than {@link #TOLERANCE}. */
  private static final int MAX_ITERATIONS = 300;

  /** The relative decrease of the loss below which the descent stops: far inside 1 % of the optimum. */
  private static final double TOLERANCE = 1e-5;

  /** The parts the examples are split into for the objective's sums, worked out at once: a fixed number. */
  private static final int PARTS = 4;

  /** The classes whose code decides the features or the training: a change to one is a change of inputs. */
  private static final List<Class<?>> CODE = List.of(ThemeModel.class, ThemeModelTrainer.class, Folding.class,
      RelevanceSet.class, StopWords.class, LanguagePack.class);

  private ThemeModelTrainer() {}

  /** A training question: its distinct feature buckets and its class. */
  record Example(int[] buckets, int label) {}

  /** A model and how its training went. */
  record Trained(ThemeModel model, double loss, int iterations) {}

  /**
   * {@code RELEVANCE_DIR THEMES_JSON MODEL_FILE}: trains on the sets of the folder with the classes of
   * the thesaurus and writes the model, unless the model file there was trained from the same inputs.
   */
  public static void main(String[] args) throws IOException, CorpusException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ThemeModelTrainer RELEVANCE_DIR THEMES_JSON MODEL_FILE, got "
          + Arrays.toString(args));
    }
    Path dir = Path.of(args[0]);
    Path themes = Path.of(args[1]);
    Path target = Path.of(args[2]);
    List<Path> sets = sets(dir);
    List<Path> heldOut = heldOut(dir);
    long digest = digest(Stream.concat(sets.stream(), heldOut.stream()).toList(), themes);
    if (digestOf(target) == digest) {
      System.out.println("theme model " + target + " is up to date");
      return;
    }
    long start = System.nanoTime();
    Thesaurus thesaurus = Thesaurus.load(themes);
    List<Example> examples = examples(sets, thesaurus.ids(), questions(heldOut));
    Trained trained = train(examples, thesaurus.ids(), LAMBDA);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.model().write(bytes, digest);
    Files.createDirectories(target.toAbsolutePath().getParent());
    AtomicFiles.write(target, target.resolveSibling(target.getFileName() + ".partial"), bytes.toByteArray());
    System.out.printf("theme model %s: %d questions of %d sets, loss %.5f after %d iterations, %d buckets,"
        + " %d bytes, %d ms%n", target, examples.size(), sets.size(), trained.loss(), trained.iterations(),
        trained.model().size(), bytes.size(), (System.nanoTime() - start) / 1_000_000);
  }

  /** The sets trained on: every {@code dev*.tsv} of the folder by name, then {@code questions.tsv}. */
  static List<Path> sets(Path dir) throws IOException {
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.getFileName().toString().startsWith("dev") && f.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .forEach(sets::add);
    }
    sets.add(dir.resolve("questions.tsv"));
    return sets;
  }

  /** The held-out sets of the folder, by name: every {@code heldout*.tsv}, read only to leave their questions out. */
  static List<Path> heldOut(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("heldout")
              && f.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .toList();
    }
  }

  /** The questions of {@code sets} as their words, {@link Folding#words}. */
  static Set<String> questions(List<Path> sets) throws IOException {
    Set<String> out = new HashSet<>();
    for (Path set : sets) {
      for (RelevanceSet.Case c : RelevanceSet.read(set)) {
        out.add(Folding.words(c.question()));
      }
    }
    return out;
  }

  /**
   * The training questions of {@code sets}: each {@code theme} row whose expected answer is one theme
   * of {@code themes}, of that theme's class, and each {@code offtopic} row, of the last class; rows
   * naming a pledger, rows of several themes and rows whose words are among {@code excluded} are left out.
   */
  static List<Example> examples(List<Path> sets, List<String> themes, Set<String> excluded) throws IOException {
    List<Example> out = new ArrayList<>();
    for (Path set : sets) {
      for (RelevanceSet.Case c : RelevanceSet.read(set)) {
        if (excluded.contains(Folding.words(c.question()))) {
          continue;
        }
        int label = switch (c.kind()) {
          case "theme" -> c.expected().size() == 1 ? themes.indexOf(c.expected().get(0)) : -1;
          case "offtopic" -> themes.size();
          default -> -1;
        };
        if (label >= 0) {
          out.add(new Example(ThemeModel.buckets(c.question()), label));
        }
      }
    }
    return out;
  }

  /**
   * A model of {@code themes} fitted to {@code examples}: the weights minimising the mean cross-entropy
   * plus {@code lambda}/2 times their squares, over the buckets the examples hold (the others' stay 0).
   */
  static Trained train(List<Example> examples, List<String> themes, double lambda) {
    Problem problem = new Problem(examples, themes.size() + 1, lambda);
    double[] x = new double[problem.columns.length * problem.classes];
    double[] g = new double[x.length];
    double f = problem.evaluate(x, g);
    double[][] s = new double[MEMORY][];
    double[][] y = new double[MEMORY][];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    int iterations = 0;
    double[] next = new double[x.length];
    double[] nextG = new double[x.length];
    double[] spareS = new double[x.length];
    double[] spareY = new double[x.length];
    while (iterations < MAX_ITERATIONS) {
      iterations++;
      double[] d = direction(g, s, y, rho, alpha, stored);
      double slope = dot(g, d);
      if (slope >= 0) { // not a descent: start the memory afresh, along the gradient
        stored = 0;
        d = direction(g, s, y, rho, alpha, 0);
        slope = dot(g, d);
      }
      // backtracking until the loss falls enough (Armijo's condition)
      double step = 1;
      double fNext;
      while (true) {
        for (int i = 0; i < x.length; i++) {
          next[i] = x[i] + step * d[i];
        }
        fNext = problem.evaluate(next, nextG);
        if (fNext <= f + 1e-4 * step * slope || step < 1e-10) {
          break;
        }
        step /= 2;
      }
      double sy = 0;
      for (int i = 0; i < x.length; i++) {
        spareS[i] = next[i] - x[i];
        spareY[i] = nextG[i] - g[i];
        sy += spareS[i] * spareY[i];
      }
      if (sy > 1e-12) { // kept newest first; the oldest, when the memory is full, is the next spare
        double[] oldS = s[MEMORY - 1];
        double[] oldY = y[MEMORY - 1];
        System.arraycopy(s, 0, s, 1, MEMORY - 1);
        System.arraycopy(y, 0, y, 1, MEMORY - 1);
        System.arraycopy(rho, 0, rho, 1, MEMORY - 1);
        s[0] = spareS;
        y[0] = spareY;
        rho[0] = 1 / sy;
        stored = Math.min(stored + 1, MEMORY);
        spareS = oldS != null ? oldS : new double[x.length];
        spareY = oldY != null ? oldY : new double[x.length];
      }
      double decrease = f - fNext;
      double[] t = x;
      x = next;
      next = t;
      t = g;
      g = nextG;
      nextG = t;
      f = fNext;
      if (decrease <= TOLERANCE * Math.max(1, Math.abs(f))) {
        break;
      }
    }
    return new Trained(problem.model(x, themes), f, iterations);
  }

  /**
   * L-BFGS's direction from the gradient and the {@code stored} newest steps, newest first (two loops);
   * the first direction is the gradient's, of unit length.
   */
  private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, double[] alpha,
      int stored) {
    double[] q = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      q[i] = -g[i];
    }
    if (stored == 0) {
      double norm = Math.sqrt(dot(g, g));
      if (norm > 0) {
        for (int i = 0; i < q.length; i++) {
          q[i] /= norm;
        }
      }
      return q;
    }
    for (int m = 0; m < stored; m++) {
      alpha[m] = rho[m] * dot(s[m], q);
      axpy(-alpha[m], y[m], q);
    }
    double gamma = dot(s[0], y[0]) / dot(y[0], y[0]);
    for (int i = 0; i < q.length; i++) {
      q[i] *= gamma;
    }
    for (int m = stored - 1; m >= 0; m--) {
      double beta = rho[m] * dot(y[m], q);
      axpy(alpha[m] - beta, s[m], q);
    }
    return q;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  /**
   * The examples as sparse rows over the buckets they hold (a column each, in bucket order), with the
   * objective and its gradient.
   */
  private static final class Problem {
    final int classes;
    final double lambda;
    /** The bucket of each column. */
    final int[] columns;
    final int[] start;
    final int[] cells;
    final double[] value;
    final int[] label;
    /** Per part of the examples, its share of the gradient. */
    final double[][] partials = new double[PARTS][];

    Problem(List<Example> examples, int classes, double lambda) {
      this.classes = classes;
      this.lambda = lambda;
      // the buckets held, as columns by how many examples hold them, most first (ties by bucket): the
      // rows of weights the most examples read stay together, in the processor's caches
      int[] count = new int[ThemeModel.BUCKETS];
      int total = 0;
      for (Example e : examples) {
        for (int b : e.buckets()) {
          count[b]++;
        }
        total += e.buckets().length;
      }
      columns = IntStream.range(0, count.length).filter(b -> count[b] > 0).boxed()
          .sorted(Comparator.comparingInt((Integer b) -> -count[b]).thenComparingInt(b -> b))
          .mapToInt(Integer::intValue).toArray();
      int[] columnOf = new int[ThemeModel.BUCKETS];
      for (int c = 0; c < columns.length; c++) {
        columnOf[columns[c]] = c;
      }
      start = new int[examples.size() + 1];
      cells = new int[total];
      value = new double[examples.size()];
      label = new int[examples.size()];
      int at = 0;
      for (int r = 0; r < examples.size(); r++) {
        Example e = examples.get(r);
        int[] sorted = e.buckets().clone();
        Arrays.sort(sorted); // a fixed order of summing: the same weights, to the bit, whatever the set's order
        for (int b : sorted) {
          cells[at++] = columnOf[b];
        }
        start[r + 1] = at;
        value[r] = sorted.length == 0 ? 0 : 1 / Math.sqrt(sorted.length);
        label[r] = e.label();
      }
      for (int p = 0; p < PARTS; p++) {
        partials[p] = new double[columns.length * classes];
      }
    }

    /**
     * The objective at {@code w}, its gradient written into {@code grad}: the examples' part worked out
     * in {@link #PARTS} fixed parts, at once, and added up in their order, so that the sums are the same
     * to the bit whatever the number of processors.
     */
    double evaluate(double[] w, double[] grad) {
      double[] losses = new double[PARTS];
      IntStream.range(0, PARTS).parallel().forEach(part -> losses[part] = part(w, part));
      double loss = 0;
      double squares = 0;
      for (int i = 0; i < w.length; i++) {
        double sum = lambda * w[i];
        for (double[] partial : partials) {
          sum += partial[i];
        }
        grad[i] = sum;
        squares += w[i] * w[i];
      }
      for (double l : losses) {
        loss += l;
      }
      return loss / label.length + lambda / 2 * squares;
    }

    /** The cross-entropy summed over one part of the examples, its gradient (divided by their number) into its partial. */
    private double part(double[] w, int part) {
      int rows = label.length;
      double[] grad = partials[part];
      Arrays.fill(grad, 0);
      double loss = 0;
      double[] z = new double[classes];
      for (int r = part * rows / PARTS; r < (part + 1) * rows / PARTS; r++) {
        Arrays.fill(z, 0);
        for (int c = start[r]; c < start[r + 1]; c++) {
          int at = cells[c] * classes;
          for (int k = 0; k < classes; k++) {
            z[k] += w[at + k];
          }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
          z[k] *= value[r];
          max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
          z[k] = Math.exp(z[k] - max);
          sum += z[k];
        }
        loss -= Math.log(z[label[r]] / sum);
        // the cross-entropy's gradient by the scores is p - y; by a weight, that times the cell's value
        for (int k = 0; k < classes; k++) {
          z[k] = (z[k] / sum - (k == label[r] ? 1 : 0)) * value[r] / rows;
        }
        for (int c = start[r]; c < start[r + 1]; c++) {
          int at = cells[c] * classes;
          for (int k = 0; k < classes; k++) {
            grad[at + k] += z[k];
          }
        }
      }
      return loss;
    }

    /** The model of weights {@code w}, as floats, bucket by bucket. */
    ThemeModel model(double[] w, List<String> themes) {
      int[] byBucket = IntStream.range(0, columns.length).boxed()
          .sorted(Comparator.comparingInt(c -> columns[c])).mapToInt(Integer::intValue).toArray();
      int[] buckets = new int[columns.length];
      float[] weights = new float[w.length];
      for (int i = 0; i < byBucket.length; i++) {
        buckets[i] = columns[byBucket[i]];
        for (int k = 0; k < classes; k++) {
          weights[i * classes + k] = (float) w[byBucket[i] * classes + k];
        }
      }
      return new ThemeModel(themes, buckets, weights);
    }
  }

  /**
   * A digest of what the model is trained from: each set's name and bytes, the thesaurus's bytes,
   * and the class files of {@link #CODE}, their nested classes included.
   */
  static long digest(List<Path> sets, Path themes) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (Path set : sets) {
      sha.update(set.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(set));
    }
    sha.update(Files.readAllBytes(themes));
    for (Class<?> code : CODE) {
      update(sha, code);
      for (Class<?> nested : code.getDeclaredClasses()) {
        update(sha, nested);
      }
    }
    byte[] hash = sha.digest();
    long out = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      out = out << 8 | (hash[i] & 0xff);
    }
    return out;
  }

  private static void update(MessageDigest sha, Class<?> code) throws IOException {
    String file = code.getName().substring(code.getPackageName().length() + 1) + ".class";
    try (InputStream in = code.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("class file " + file + " of " + code.getName() + " not found");
      }
      sha.update(in.readAllBytes());
    }
  }

  /** The digest the model file at {@code target} was written with; 0 when there is none or it is unreadable. */
  private static long digestOf(Path target) {
    try (InputStream in = Files.newInputStream(target)) {
      return ThemeModel.digest(in);
    } catch (IOException e) {
      return 0; // none, or unreadable: written again
    }
  }
}
