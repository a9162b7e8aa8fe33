package org.pledgebot.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a corpus directory: every {@code *.json} file below it, each parsed and validated on its
 * own, so that one bad file never hides the others. Hidden and temporary files are skipped.
 */
public final class CorpusReader {

  private final PledgeParser parser;

  public CorpusReader(Thesaurus thesaurus) {
    this.parser = new PledgeParser(thesaurus);
  }

  /** The parser this reader uses, for single files. */
  public PledgeParser parser() {
    return parser;
  }

  /**
   * Reads every pledge file below {@code dir}. Duplicate ids (compared without case) reject every
   * file after the first, by path order.
   *
   * @throws IOException when the directory itself cannot be listed
   */
  public Corpus read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus directory " + dir + " does not exist or is not a directory");
    }
    List<Pledge> pledges = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : pledgeFiles(dir)) {
      try {
        Pledge pledge = parser.parse(file);
        Path first = seen.putIfAbsent(pledge.id().toLowerCase(Locale.ROOT), file);
        if (first != null) {
          problems.add(new CorpusProblem(file, "duplicate id \"" + pledge.id() + "\", already used by " + first));
        } else {
          pledges.add(pledge);
        }
      } catch (CorpusException e) {
        problems.add(e.problem());
      }
    }
    pledges.sort(Comparator.comparing(Pledge::id));
    return new Corpus(pledges, problems);
  }

  /** The files below {@code dir} that are pledge files, in path order. */
  public static List<Path> pledgeFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    walk(dir, (path, attributes) -> {
      if (attributes.isRegularFile()) {
        files.add(path);
      }
    });
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /** What {@link #walk} hands each folder and pledge file it finds. */
  interface Visitor {
    void visit(Path path, BasicFileAttributes attributes) throws IOException;
  }

  /**
   * Visits {@code dir}, each folder below it and each pledge file in them. A file that vanishes
   * while it is walked (the temporary file {@code add} renames into place) is skipped, not an
   * error: the directory changed, and the next read sees it as it is.
   */
  static void walk(Path dir, Visitor visitor) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path path, BasicFileAttributes attributes) throws IOException {
        visitor.visit(path, attributes);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isRegularFile() && isPledgeFile(path)) {
          visitor.visit(path, attributes);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
        if (e instanceof NoSuchFileException && !path.equals(dir)) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
  }

  /** Whether a path names a pledge file: {@code *.json}, not hidden, not a temporary name. */
  public static boolean isPledgeFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") && !name.startsWith(".") && !name.startsWith("~");
  }
}
