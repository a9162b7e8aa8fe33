package org.pledgebot.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.pledgebot.corpus.Fingerprint;
import org.pledgebot.corpus.Lang;

/**
 * The {@link Letters} model kept beside the index, so that opening an index whose pledges did not
 * change reads the model instead of learning it again (learning was the largest part of opening).
 *
 * <p>The file carries the fingerprint of everything the model is learned from: the code that
 * learns it (the class files of {@link Letters} and {@link Folding}), the base texts (packs and
 * thesaurus, in sorted order) and the id and fingerprint of each sampled pledge. A model whose fingerprint differs,
 * or a file that is missing, truncated or of another version, is learned again and rewritten: the
 * model used is always the one learning would give.
 */
final class StoredLetters {

  /** The file in the index directory; no Lucene file name starts this way, so Lucene leaves it be. */
  static final String FILE = "pledgebot-letters.bin";

  private static final String CODEC = "PledgebotLetters";
  private static final int VERSION = 1;

  /** The code the model is learned by: a change to any of it changes what a model would hold. */
  private static final List<String> CODE = List.of("Letters.class", "Letters$Counts.class", "Folding.class");

  private StoredLetters() {}

  /**
   * The model learned from {@code base} and {@code sample} (sorted by id, at most {@link
   * Letters#SAMPLE}): read from {@code directory} when stored there for the same inputs, otherwise
   * learned and stored.
   *
   * @throws IOException when the learned model cannot be written
   */
  static Letters load(Directory directory, Map<Lang, List<String>> base, List<Indexed> sample) throws IOException {
    String fingerprint = fingerprint(base, sample);
    Letters stored = read(directory, fingerprint);
    if (stored != null) {
      return stored;
    }
    Letters learned = Letters.learn(base, sample.stream().map(Indexed::pledge).toList());
    write(directory, fingerprint, learned);
    return learned;
  }

  /** The stored model, or null when there is none for {@code fingerprint} or it cannot be read. */
  private static Letters read(Directory directory, String fingerprint) {
    try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      String stored = in.readString();
      if (!fingerprint.equals(stored)) {
        return null;
      }
      Letters letters = Letters.read(in);
      CodecUtil.checkFooter(in);
      return letters;
    } catch (IOException | RuntimeException e) {
      return null; // missing, truncated, corrupt or of another version: learned again and rewritten
    }
  }

  static void write(Directory directory, String fingerprint, Letters letters) throws IOException {
    try {
      directory.deleteFile(FILE);
    } catch (NoSuchFileException | FileNotFoundException e) {
      // none yet
    }
    try (IndexOutput out = directory.createOutput(FILE, IOContext.DEFAULT)) {
      CodecUtil.writeHeader(out, CODEC, VERSION);
      out.writeString(fingerprint);
      letters.write(out);
      CodecUtil.writeFooter(out);
    } catch (IOException e) {
      throw new IOException("cannot store the letters model in " + directory + " (" + FILE + "): "
          + e.getMessage(), e);
    }
  }

  /** The hex SHA-256 of the learning code, the base texts and the sampled pledges' ids and fingerprints. */
  static String fingerprint(Map<Lang, List<String>> base, List<Indexed> sample) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String name : CODE) {
        try (InputStream in = StoredLetters.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("class file " + name + " is not on the classpath");
          }
          field(out, in.readAllBytes());
        }
      }
      for (Lang lang : Lang.values()) {
        // sorted: the thesaurus' sets iterate in another order at every start, and the model counts
        // letters, so it depends on which texts there are, not on their order
        List<String> texts = base.getOrDefault(lang, List.of()).stream().sorted().toList();
        field(out, lang.code().getBytes(StandardCharsets.UTF_8));
        out.writeInt(texts.size());
        for (String text : texts) {
          field(out, text.getBytes(StandardCharsets.UTF_8));
        }
      }
      out.writeInt(sample.size());
      for (Indexed ix : sample) {
        field(out, ix.pledge().id().getBytes(StandardCharsets.UTF_8));
        field(out, ix.hash().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint the letters model's inputs", e);
    }
    return Fingerprint.sha256(bytes.toByteArray());
  }

  /** Length-prefixed, so that no two different inputs serialise alike. */
  private static void field(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }
}
