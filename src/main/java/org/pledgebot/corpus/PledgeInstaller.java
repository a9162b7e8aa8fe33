package org.pledgebot.corpus;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pledgebot.base.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code add FILE}: validates a pledge file by the rules {@code validate} applies to the corpus
 * (one parser: the id must be the file's name, {@code <id>.json}) and places it into the corpus
 * directory atomically. A pledger already in the corpus is replaced only when asked
 * ({@link IfPresent#REPLACE}). Readers (a running bot's {@link PledgeWatcher}, or the next start)
 * see either the old file or the whole new one ({@link AtomicFiles#write}, through
 * {@code .<id>.json.tmp} beside it, a hidden file the corpus ignores), and any failure is the
 * command's error. A bot that is down picks the pledge up at its next start.
 */
public final class PledgeInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(PledgeInstaller.class);

  /** What to do when the corpus already holds a pledger with the file's id. */
  public enum IfPresent {
    /** Refuse, naming the pledger: a new file must not silently overwrite another pledger. */
    REFUSE,
    /** Replace it: an edit of that pledger. */
    REPLACE
  }

  /**
   * A pledge now in the corpus.
   *
   * @param pledge the validated pledge
   * @param file where it now is
   * @param replaced whether a pledge with this id was there before (an edit, not news)
   */
  public record Installed(Pledge pledge, Path file, boolean replaced) {}

  private final Path corpusDir;
  private final PledgeParser parser;

  public PledgeInstaller(Path corpusDir, PledgeParser parser) {
    this.corpusDir = corpusDir;
    this.parser = parser;
  }

  /**
   * Validates {@code source} and installs it.
   *
   * @throws CorpusException naming {@code source} and every reason when it is not a valid pledge
   *     file (as {@code validate} would say), when another file of the corpus already uses its id
   *     in another case, or when its pledger is already in the corpus and {@code ifPresent} is
   *     {@link IfPresent#REFUSE}
   * @throws IOException when the corpus directory cannot be written
   */
  public Installed install(Path source, IfPresent ifPresent) throws CorpusException, IOException {
    Pledge pledge = parser.parse(source);
    byte[] content = Files.readAllBytes(source);
    String id = pledge.id();
    if (!Files.isDirectory(corpusDir)) {
      throw new IOException("corpus directory " + corpusDir + " does not exist or is not a directory");
    }
    Path target = corpusDir.resolve(id + ".json");
    checkNoCaseTwin(source, id, target);
    boolean replaced = Files.exists(target);
    if (replaced && ifPresent == IfPresent.REFUSE) {
      throw new CorpusException(source, "pledger " + id + " is already in the corpus (" + target
          + "); add --replace to replace it");
    }
    Path temp = corpusDir.resolve("." + id + ".json.tmp");
    try {
      AtomicFiles.write(target, temp, content); // a failure is the command's error: the pledge is not in the corpus
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename " + temp + " to " + target + " atomically on this file system", e);
    }
    LOG.info("installed pledge {} as {}{}", id, target, replaced ? " (replacing the previous version)" : "");
    return new Installed(pledge, target, replaced);
  }

  /** The corpus compares ids without case: {@code gb.json} beside {@code GB.json} would be rejected. */
  private void checkNoCaseTwin(Path source, String id, Path target) throws IOException, CorpusException {
    for (Path file : CorpusReader.pledgeFiles(corpusDir)) {
      String other = PledgeParser.expectedId(file);
      if (other.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)) && !file.equals(target)) {
        throw new CorpusException(source, "id \"" + id + "\" is already used by " + file);
      }
    }
  }
}
