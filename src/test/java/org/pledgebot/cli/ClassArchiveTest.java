package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real JVMs run a small jar with the archive's options, as {@code search}'s second JVM does. */
class ClassArchiveTest {

  private static final String JVM = "this-jvm";

  @TempDir
  Path dir;

  private Path jar;
  private Path data;

  @BeforeEach
  void jarAndDataFolder() throws IOException {
    jar = dir.resolve("hello.jar");
    writeJar(jar);
    data = Files.createDirectory(dir.resolve("var"));
  }

  @Test
  void theFirstRunWritesTheArchiveAndTheNextOnesMapTheirClassesFromIt() throws Exception {
    ClassArchive archive = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    assertEquals("hello a", run(archive, false), "the writing run answers as any");
    List<Path> written = archives();
    assertEquals(1, written.size(), written.toString());
    assertEquals(written.get(0).getFileName().toString(), archive.name(written.get(0)), "named by its CRC and length");

    assertEquals("hello a", run(archive, true), "read from the archive: " + written);
    assertEquals(written, archives(), "used as it is, not written again");
  }

  @Test
  void anArchiveThatDoesNotMatchItsNameIsWrittenAgainWithTheSameAnswers() throws Exception {
    ClassArchive archive = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    run(archive, false);
    Path whole = archives().get(0);
    long size = Files.size(whole);

    try (FileChannel file = FileChannel.open(whole, StandardOpenOption.WRITE)) {
      file.truncate(size / 2); // a truncated archive crashes HotSpot: it must never reach it
    }
    assertEquals(Optional.empty(), archive.sound());
    assertEquals("hello a", run(archive, false));
    whole = soleAndSound(archive);

    byte[] bytes = Files.readAllBytes(whole);
    bytes[bytes.length / 2] ^= 1;
    whole.toFile().setWritable(true);
    Files.write(whole, bytes);
    assertEquals(Optional.empty(), archive.sound(), "one bit changed");
    assertEquals("hello a", run(archive, false));
    soleAndSound(archive);
    assertEquals("hello a", run(archive, true));
  }

  /**
   * An archive's CRC is read once: its length, time and file key, recorded beside it then, stand for
   * it after; whatever changes it through the file system still has it refused.
   */
  @Test
  void theCrcIsReadOnceAndATruncatedOrReplacedArchiveIsStillRefused() throws Exception {
    ClassArchive archive = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    run(archive, false);
    Path whole = archives().get(0);
    Path stamp = whole.resolveSibling(whole.getFileName() + ".checked");
    assertEquals(ClassArchive.stamp(whole), Files.readString(stamp), "recorded when it was written");

    FileTime time = Files.getLastModifiedTime(whole);
    flip(whole, time);
    assertEquals(Optional.of(whole), archive.sound(),
        "taken on its stamp, unread: a change that keeps the length, the time and the file is not seen");
    flip(whole, time);

    try (FileChannel file = FileChannel.open(whole, StandardOpenOption.WRITE)) {
      file.truncate(Files.size(whole) / 2);
    }
    Files.setLastModifiedTime(whole, time);
    assertEquals(Optional.empty(), archive.sound(), "truncated, even with its time put back");
    assertEquals("hello a", run(archive, false));
    whole = soleAndSound(archive);

    time = Files.getLastModifiedTime(whole);
    Path other = dir.resolve("other.jsa");
    Files.copy(whole, other);
    flip(other, time); // another archive of this key and length (another CRC), its time that of the one replaced
    Files.move(other, whole, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(Optional.empty(), archive.sound(), "another file under its name");
    assertEquals("hello a", run(archive, false));
    whole = soleAndSound(archive);

    Path copy = Files.createDirectories(dir.resolve("copy").resolve(ClassArchive.FOLDER));
    try (Stream<Path> files = Files.list(whole.getParent())) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    ClassArchive copied = ClassArchive.of(copy.getParent(), jar.toString(), JVM).orElseThrow();
    Path itsCopy = copy.resolve(whole.getFileName());
    assertEquals(Optional.of(itsCopy), copied.sound(), "a copy of the data folder: read once, and used");
    assertEquals(ClassArchive.stamp(itsCopy), Files.readString(copy.resolve(whole.getFileName() + ".checked")),
        "stamped anew");
  }

  /** Changes one bit in the middle of {@code file} in place, and puts {@code time} back on it. */
  private static void flip(Path file, FileTime time) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
      long at = channel.size() / 2;
      channel.read(one, at);
      one.put(0, (byte) (one.get(0) ^ 1)).rewind();
      channel.write(one, at);
    }
    Files.setLastModifiedTime(file, time);
  }

  /** The one archive in the folder, written again in place of the one that did not match its name. */
  private Path soleAndSound(ClassArchive archive) throws IOException {
    List<Path> now = archives();
    assertEquals(1, now.size(), now.toString());
    assertEquals(Optional.of(now.get(0)), archive.sound());
    return now.get(0);
  }

  @Test
  void aNewJarGetsItsOwnArchiveAndTheOldOneGoes() throws Exception {
    run(ClassArchive.of(data, jar.toString(), JVM).orElseThrow(), false);
    Path old = archives().get(0);

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    ClassArchive rebuilt = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    assertEquals(Optional.empty(), rebuilt.sound());
    assertEquals("hello a", run(rebuilt, false));
    List<Path> now = archives();
    assertEquals(1, now.size());
    assertFalse(now.contains(old), "the archive of the jar as it was is deleted");
    assertEquals("hello a", run(rebuilt, true));
  }

  @Test
  void anArchiveHotSpotRefusesLeavesTheOutputClean() throws Exception {
    ClassArchive archive = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    run(archive, false);
    // the same jar with another time: HotSpot checks the jar an archive was made for and refuses it
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    List<String> command = java(archive.run().options());
    assertTrue(command.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")), command.toString());
    assertEquals("hello a", output(command), "no warning on standard output, none on standard error");
  }

  @Test
  void noDataFolderYetNoOtherJarAndABusyLockMeanARunWithoutIt() throws Exception {
    assertEquals(Optional.empty(), ClassArchive.of(dir.resolve("none"), jar.toString(), JVM),
        "the first run creates the data folder, and no archive");
    assertEquals(Optional.empty(), ClassArchive.of(data, dir.toString(), JVM), "classes from a folder");
    assertEquals(Optional.empty(), ClassArchive.of(data, jar + java.io.File.pathSeparator + jar, JVM));

    ClassArchive archive = ClassArchive.of(data, jar.toString(), JVM).orElseThrow();
    Files.createDirectories(data.resolve(ClassArchive.FOLDER));
    try (FileChannel lock = FileChannel.open(data.resolve(ClassArchive.FOLDER).resolve("write.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
      ClassArchive.Run run = archive.run();
      assertEquals(List.of(), run.options(), "another run is writing it");
      run.exited(0);
    }
    assertEquals(List.of(), archives());
  }

  /** Runs the jar with {@code archive}'s options; {@code mapped}: whether its class must come from the archive. */
  private String run(ClassArchive archive, boolean mapped) throws Exception {
    ClassArchive.Run run = archive.run();
    assertEquals(mapped, run.options().stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")),
        run.options().toString());
    List<String> options = new ArrayList<>(run.options());
    Path classes = dir.resolve("classes.txt");
    options.add("-Xlog:class+load=info:file=" + classes);
    String out = output(java(options));
    run.exited(0);
    String loaded = Files.readString(classes).lines()
        .filter(line -> line.contains(" " + ArchivedHello.class.getName() + " "))
        .findFirst().orElseThrow();
    assertEquals(mapped, loaded.contains("shared objects file"), loaded);
    assertEquals(List.of(), partials(), "no partial file is left");
    return out;
  }

  private List<String> java(List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString(), "a"));
    return command;
  }

  /** Standard output, asserting that the JVM exits 0 and says nothing on standard error. */
  private String output(List<String> command) throws Exception {
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    assertEquals("", Files.readString(err));
    return out.strip();
  }

  private List<Path> archives() throws IOException {
    return list(".jsa");
  }

  private List<Path> partials() throws IOException {
    return list(".partial");
  }

  private List<Path> list(String suffix) throws IOException {
    Path folder = data.resolve(ClassArchive.FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void writeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ArchivedHello.class.getName());
    String entry = ArchivedHello.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
        var in = ArchivedHello.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }
}
