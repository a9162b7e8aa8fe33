package org.pledgebot.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;

/**
 * The shipped corpus inside the jar ({@code pledges/*.json}, copied there by the build as the
 * thesaurus is), for a bot run away from the repository: read-only, so it is read once and never
 * watched, and {@code add} cannot write to it. Closing it closes the jar's file system.
 */
public final class EmbeddedCorpus implements AutoCloseable {

  /** Where the build puts the pledge files, beside the classes. */
  static final String FOLDER = "pledges";

  private final FileSystem jar;
  private final Path dir;

  private EmbeddedCorpus(FileSystem jar, Path dir) {
    this.jar = jar;
    this.dir = dir;
  }

  /**
   * The corpus next to this class: in the jar, or in the classes folder of a build.
   *
   * @throws IOException when there is none (a build without it) or it cannot be opened
   */
  public static EmbeddedCorpus open() throws IOException {
    CodeSource source = EmbeddedCorpus.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("the jar's embedded corpus cannot be located");
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("the jar's embedded corpus cannot be located: " + e.getMessage(), e);
    }
    if (Files.isDirectory(location)) {
      return checked(null, location.resolve(FOLDER));
    }
    FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of());
    try {
      return checked(jar, jar.getPath("/" + FOLDER));
    } catch (IOException | RuntimeException e) {
      jar.close();
      throw e;
    }
  }

  private static EmbeddedCorpus checked(FileSystem jar, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("the jar has no embedded corpus (" + FOLDER + "/): rebuild it");
    }
    return new EmbeddedCorpus(jar, dir);
  }

  /** The folder of pledge files, for {@link CorpusReader#read}. */
  public Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    if (jar != null) {
      jar.close();
    }
  }

  @Override
  public String toString() {
    return "the jar's embedded corpus";
  }
}
