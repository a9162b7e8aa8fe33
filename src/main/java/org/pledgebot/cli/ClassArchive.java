package org.pledgebot.cli;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.zip.CRC32;
import org.pledgebot.base.AtomicFiles;

/**
 * The class-data archive of {@code search}'s second JVM ({@link ShortRun}): the application's
 * classes, as HotSpot parsed, verified and linked them, kept in the data folder
 * ({@code classes/pledgebot-KEY-CRC-LENGTH.jsa}) and mapped at the next start instead of being
 * read from the jar again (Java's dynamic AppCDS: {@code -XX:SharedArchiveFile}; the JDK's own
 * archive holds only the JDK's classes). KEY names the jar (its path, size and time) and the JVM;
 * CRC and LENGTH are the file's CRC-32 and length. A run that finds no archive of its key has its JVM write one at exit
 * ({@code -XX:ArchiveClassesAtExit}) under a temporary name, which is renamed once that JVM has
 * exited with 0; one run at a time writes (a lock file), and the archives of other keys go then.
 *
 * <p>An archive that does not match its name (truncated, altered) is not used: HotSpot checks the
 * jar and the JVM an archive was made for, but a truncated one crashes it. Nothing here may fail a
 * search: any problem (no data folder yet, a read-only one, a busy lock, an I/O error) only means
 * a run without the archive, and the options keep HotSpot's own messages about archives off the
 * output.
 */
final class ClassArchive {

  /** The folder of the archive in the data folder. */
  static final String FOLDER = "classes";

  /** HotSpot prints its warnings on standard output, where the answers go. */
  static final String QUIET = "-Xlog:cds*=off";

  private static final String PREFIX = "pledgebot-";
  private static final String SUFFIX = ".jsa";
  private static final String PARTIAL = ".partial";
  private static final String STAMP = ".checked";

  private final Path folder;
  private final String key;

  ClassArchive(Path folder, String key) {
    this.folder = folder;
    this.key = key;
  }

  /**
   * The archive for the classes of {@code classPath} in {@code data}, when they come from one jar
   * file and the data folder exists (the first run, which creates it, writes none); else empty.
   */
  static Optional<ClassArchive> of(Path data, String classPath, String jvm) {
    try {
      Path jar = Path.of(classPath).toAbsolutePath();
      if (!classPath.endsWith(".jar") || !Files.isDirectory(data)) {
        return Optional.empty();
      }
      BasicFileAttributes file = Files.readAttributes(jar, BasicFileAttributes.class);
      if (!file.isRegularFile()) {
        return Optional.empty();
      }
      CRC32 names = new CRC32();
      names.update((jar + "\n" + jvm).getBytes(StandardCharsets.UTF_8));
      String key = Long.toHexString(file.size()) + "-" + Long.toHexString(file.lastModifiedTime().toMillis()) + "-"
          + Long.toHexString(names.getValue());
      return Optional.of(new ClassArchive(data.resolve(FOLDER), key));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * One run of the second JVM with this archive: its JVM options (none when it runs without the
   * archive), and what follows its exit.
   */
  record Run(List<String> options, IntConsumer afterExit) {

    /** Called once the JVM has exited with {@code code}. */
    void exited(int code) {
      afterExit.accept(code);
    }
  }

  /** A run without the archive. */
  static final Run WITHOUT = new Run(List.of(), code -> { });

  /** The run: with the archive when a sound one is there, else writing it when no other run does. */
  Run run() {
    try {
      Optional<Path> sound = sound();
      if (sound.isPresent()) {
        return use(sound.get());
      }
      return write();
    } catch (IOException | RuntimeException e) {
      return WITHOUT;
    }
  }

  /**
   * The archive of this key whose content matches its name, if any. Its CRC is read once per
   * file: a match is recorded beside it ({@link #stamp}: its length, time and file key), and an
   * archive that still has the length of its name and its recorded stamp is taken without reading
   * it again. Whatever changes a file through the file system (a write, a truncation, another file
   * copied or renamed in its place, a copy of the data folder) changes its time or file key, and
   * the CRC is read again. Only a change below the file system (a disk's decay) or a time put back
   * on purpose goes unseen, as it does for the jar and the JDK's own class archive, which HotSpot
   * maps without a check by default.
   */
  Optional<Path> sound() throws IOException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, PREFIX + key + "-*" + SUFFIX)) {
      for (Path archive : found) {
        String name = archive.getFileName().toString();
        Path stamped = folder.resolve(name + STAMP);
        String stamp = stamp(archive);
        if (stamp.equals(read(stamped))) { // recorded when the CRC, and so the length, matched the name
          return Optional.of(archive);
        }
        if (name(archive).equals(name)) {
          record(stamped, stamp);
          return Optional.of(archive);
        }
      }
    }
    return Optional.empty();
  }

  /** What the stamp of {@code archive} records: its length, time and file key (its inode). */
  static String stamp(Path archive) throws IOException {
    BasicFileAttributes file = Files.readAttributes(archive, BasicFileAttributes.class);
    return Long.toHexString(file.size()) + " " + file.lastModifiedTime() + " " + file.fileKey();
  }

  private static String read(Path stamp) {
    try {
      return Files.readString(stamp);
    } catch (IOException | RuntimeException e) {
      return ""; // none yet: the CRC is read
    }
  }

  /** Writes {@code stamp} under {@code file} whole or not at all; a failure only means the CRC is read again next time. */
  private static void record(Path file, String stamp) {
    try {
      AtomicFiles.write(file, file.resolveSibling(file.getFileName() + PARTIAL), stamp.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // no stamp: the CRC is read again; a partial file left behind goes with the next writer of archives
    }
  }

  /** The name {@code archive} has when whole: its key, CRC-32 and length. */
  String name(Path archive) throws IOException {
    try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
      long size = channel.size();
      CRC32 crc = new CRC32();
      for (long at = 0; at < size; at += Integer.MAX_VALUE) {
        MappedByteBuffer part = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(Integer.MAX_VALUE, size - at));
        crc.update(part);
      }
      return PREFIX + key + "-" + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(size) + SUFFIX;
    }
  }

  private static Run use(Path archive) {
    return new Run(List.of(QUIET, "-XX:SharedArchiveFile=" + archive), code -> { });
  }

  /**
   * A run whose JVM writes the archive under a temporary name; empty options when another run
   * holds the lock or the folder cannot be written.
   */
  private Run write() throws IOException {
    Files.createDirectories(folder);
    FileChannel lockFile = FileChannel.open(folder.resolve("write.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    Path partial = folder.resolve(PREFIX + key + PARTIAL);
    try {
      FileLock lock = lockFile.tryLock(); // held until the channel closes
      if (lock == null) {
        lockFile.close();
        return WITHOUT;
      }
      Files.deleteIfExists(partial);
      Files.createFile(partial); // HotSpot cannot start when it cannot create the file
    } catch (IOException | RuntimeException e) {
      lockFile.close();
      throw e;
    }
    return new Run(List.of(QUIET, "-XX:ArchiveClassesAtExit=" + partial), code -> {
      try (lockFile) {
        if (code == 0 && Files.size(partial) > 0) {
          Path archive = folder.resolve(name(partial));
          // on disk before its name says it is whole: a power cut cannot leave a hole under it
          AtomicFiles.rename(partial, archive);
          record(folder.resolve(archive.getFileName() + STAMP), stamp(archive));
          dropOthers(archive);
        }
      } catch (IOException | RuntimeException e) {
        // a run without a new archive; the next one tries again
      } finally {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException | RuntimeException e) {
          // left for the next writer, which deletes it first
        }
      }
    });
  }

  /**
   * Deletes every archive, stamp and partial file but {@code kept} and its stamp: those of other
   * keys (another jar or JVM), and any of this key that did not match its name.
   */
  private void dropOthers(Path kept) throws IOException {
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path other : found) {
        String name = other.getFileName().toString();
        if (!other.equals(kept) && !name.equals(kept.getFileName() + STAMP)
            && (name.endsWith(SUFFIX) || name.endsWith(PARTIAL) || name.endsWith(STAMP))) {
          Files.deleteIfExists(other);
        }
      }
    }
  }
}
