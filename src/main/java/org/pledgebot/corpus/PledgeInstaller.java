package org.pledgebot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code add FILE}: validates a pledge file and places it into the corpus directory atomically,
 * as {@code <id>.json} whatever the source file is called. Readers (a running bot's
 * {@link PledgeWatcher}, or the next start) see either the old file or the whole new one: the
 * content is written to {@code .<id>.json.tmp} beside it, forced to disk, then renamed over.
 * A bot that is down picks the pledge up at its next start.
 */
public final class PledgeInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(PledgeInstaller.class);

  /** Only names like these can be a pledge id; anything else never reaches the file system. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

  private static final ObjectMapper JSON = new ObjectMapper();

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
   * @throws CorpusException naming {@code source} and every reason when it is not a valid pledge,
   *     or when another file of the corpus already uses its id in another case
   * @throws IOException when the corpus directory cannot be written
   */
  public Installed install(Path source) throws CorpusException, IOException {
    byte[] content = read(source);
    String id = idOf(source, content);
    Pledge pledge = validate(source, id, content);
    if (!Files.isDirectory(corpusDir)) {
      throw new IOException("corpus directory " + corpusDir + " does not exist or is not a directory");
    }
    Path target = corpusDir.resolve(id + ".json");
    checkNoCaseTwin(source, id, target);
    boolean replaced = Files.exists(target);
    Path temp = corpusDir.resolve("." + id + ".json.tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename " + temp + " to " + target + " atomically on this file system", e);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory();
    LOG.info("installed pledge {} as {}{}", id, target, replaced ? " (replacing the previous version)" : "");
    return new Installed(pledge, target, replaced);
  }

  private static byte[] read(Path source) throws CorpusException {
    try {
      return Files.readAllBytes(source);
    } catch (IOException e) {
      throw new CorpusException(source, "cannot read: " + e);
    }
  }

  /** The id the content declares; when there is none, the parser's full verdict on the file. */
  private String idOf(Path source, byte[] content) throws CorpusException {
    JsonNode id = null;
    try {
      JsonNode root = JSON.readTree(content);
      id = root == null ? null : root.get("id");
    } catch (JsonProcessingException e) {
      // not JSON: the parser below says so with line and column
    } catch (IOException e) {
      throw new CorpusException(source, "cannot read: " + e);
    }
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      parser.parse(source);
      throw new CorpusException(source, "missing required field id");
    }
    String value = id.asText().strip();
    if (!SAFE_ID.matcher(value).matches()) {
      throw new CorpusException(source,
          "id \"" + value + "\" must be an ISO 3166-1 alpha-2 code such as GB or a lowercase slug such as world-bank");
    }
    return value;
  }

  /**
   * The parser insists that the id matches the file name, and the source may be called anything:
   * so it checks a copy named after the id, and its verdict is given in the source's name.
   */
  private Pledge validate(Path source, String id, byte[] content) throws CorpusException, IOException {
    Path scratch = Files.createTempDirectory("pledgebot-add-");
    try {
      Path copy = scratch.resolve(id + ".json");
      Files.write(copy, content);
      try {
        return parser.parse(copy);
      } catch (CorpusException e) {
        throw new CorpusException(source, e.problem().reason());
      }
    } finally {
      try (Stream<Path> paths = Files.walk(scratch)) {
        for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(path);
        }
      }
    }
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

  /** Makes the rename itself durable; Linux allows opening a directory for this. */
  private void forceDirectory() throws IOException {
    try (FileChannel channel = FileChannel.open(corpusDir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
