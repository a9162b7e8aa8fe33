package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheContentWholeOverTheTargetAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("a.json");
    AtomicFiles.write(target, dir.resolve(".a.json.tmp"), "first".getBytes(StandardCharsets.UTF_8));
    assertEquals("first", Files.readString(target));
    byte[] large = new byte[3 << 20];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) i;
    }
    Files.writeString(dir.resolve(".a.json.tmp"), "left by a crash, longer than what replaces it");
    AtomicFiles.write(target, dir.resolve(".a.json.tmp"), large);
    assertArrayEquals(large, Files.readAllBytes(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
    Path target = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(target.resolve("inside"), "kept");
    assertThrows(IOException.class,
        () -> AtomicFiles.write(target, dir.resolve("taken.partial"), "new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("kept", Files.readString(target.resolve("inside")));
    assertEquals(List.of("taken"), names());
    assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("x"), dir.resolve("no/such/folder/x.tmp"),
        new byte[1]));
    assertEquals(List.of("taken"), names());
  }

  @Test
  void aFileWrittenElsewhereTakesItsNameWholeOrIsDeleted() throws Exception {
    Path written = Files.writeString(dir.resolve("archive.partial"), "whole");
    AtomicFiles.rename(written, dir.resolve("archive.jsa"));
    assertEquals("whole", Files.readString(dir.resolve("archive.jsa")));
    assertFalse(Files.exists(written));
    Path again = Files.writeString(dir.resolve("again.partial"), "whole");
    Path taken = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(taken.resolve("inside"), "kept");
    assertThrows(IOException.class, () -> AtomicFiles.rename(again, taken));
    assertEquals(List.of("archive.jsa", "taken"), names(), "the file not renamed is deleted");
  }
}
