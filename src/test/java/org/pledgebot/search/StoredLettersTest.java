package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Fingerprint;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

class StoredLettersTest {

  private static final Map<Lang, List<String>> BASE = Letters.base(Shipped.thesaurus());
  private static final List<Indexed> SAMPLE = Shipped.corpus().pledges().stream()
      .map(p -> new Indexed(p, Fingerprint.of(p), List.of())).toList();
  private static final List<String> TEXTS = List.of("participación ciudadana", "données ouvertes",
      "open budget", "OCDE", "ll", "eau", "xyzzy qwk", "the", "");

  private static List<Pledge> pledges(List<Indexed> sample) {
    return sample.stream().map(Indexed::pledge).toList();
  }

  /** Per text, the log-probabilities the model gives each language, and whether it would grow at 10. */
  private static List<String> judged(Letters letters) {
    List<String> out = new ArrayList<>();
    for (String text : TEXTS) {
      float[] sum = new float[Lang.values().length];
      int runs = letters.logs(text, sum);
      out.add(text + " " + runs + " " + Arrays.toString(sum));
    }
    out.add("grows " + letters.wouldGrow(10) + " " + letters.wouldGrow(SAMPLE.size()));
    return out;
  }

  @Test
  void storedModelReadsBackAsTheLearnedOne() throws IOException {
    Letters learned = Letters.learn(BASE, pledges(SAMPLE));
    try (Directory dir = new ByteBuffersDirectory()) {
      Letters first = StoredLetters.load(dir, BASE, SAMPLE);
      assertTrue(Arrays.asList(dir.listAll()).contains(StoredLetters.FILE));
      Letters second = StoredLetters.load(dir, BASE, SAMPLE);
      assertArrayEquals(judged(learned).toArray(), judged(first).toArray());
      assertArrayEquals(judged(learned).toArray(), judged(second).toArray());
    }
  }

  /** The stored model is used only for the very inputs it was stored for. */
  @Test
  void modelStoredForOtherInputsIsLearnedAgain() throws IOException {
    Letters empty = Letters.learn(BASE, List.of());
    Letters learned = Letters.learn(BASE, pledges(SAMPLE));
    assertNotEquals(judged(empty), judged(learned));
    try (Directory dir = new ByteBuffersDirectory()) {
      // a model stored under these inputs' fingerprint is read, not learned
      StoredLetters.write(dir, StoredLetters.fingerprint(BASE, SAMPLE), empty);
      assertArrayEquals(judged(empty).toArray(), judged(StoredLetters.load(dir, BASE, SAMPLE)).toArray());

      // one pledge edited (another fingerprint): learned again, and stored for the new inputs
      List<Indexed> edited = new ArrayList<>(SAMPLE);
      edited.set(0, new Indexed(SAMPLE.get(0).pledge(), "edited", List.of()));
      StoredLetters.write(dir, StoredLetters.fingerprint(BASE, SAMPLE), empty);
      assertArrayEquals(judged(learned).toArray(), judged(StoredLetters.load(dir, BASE, edited)).toArray());

      // another base text (a thesaurus edit): learned again
      StoredLetters.write(dir, StoredLetters.fingerprint(BASE, SAMPLE), empty);
      Map<Lang, List<String>> base = new EnumMap<>(BASE);
      List<String> fr = new ArrayList<>(base.get(Lang.FR));
      fr.add("transparence budgétaire");
      base.put(Lang.FR, fr);
      assertArrayEquals(judged(Letters.learn(base, pledges(SAMPLE))).toArray(),
          judged(StoredLetters.load(dir, base, SAMPLE)).toArray());
    }
  }

  @Test
  void truncatedFileIsLearnedAgain() throws IOException {
    Letters learned = Letters.learn(BASE, pledges(SAMPLE));
    try (Directory dir = new ByteBuffersDirectory()) {
      StoredLetters.load(dir, BASE, SAMPLE);
      byte[] half;
      try (IndexInput in = dir.openInput(StoredLetters.FILE, IOContext.READONCE)) {
        half = new byte[(int) in.length() / 2];
        in.readBytes(half, 0, half.length);
      }
      dir.deleteFile(StoredLetters.FILE);
      try (IndexOutput out = dir.createOutput(StoredLetters.FILE, IOContext.DEFAULT)) {
        out.writeBytes(half, half.length);
      }
      assertArrayEquals(judged(learned).toArray(), judged(StoredLetters.load(dir, BASE, SAMPLE)).toArray());
    }
  }
}
