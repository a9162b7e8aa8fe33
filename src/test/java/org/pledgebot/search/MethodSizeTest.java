package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the search package, but a constructor or a static initialiser (run once, when the index
 * opens), is longer than {@link #MAX_BYTES} bytes of bytecode. A search runs its readings once per
 * question; HotSpot's optimising compiler works on a method with all it inlines at once, and one
 * method that grows by a reading or two at a time went from seconds of compiling to giving up on it
 * ("out of nodes"), left in the quick tier: {@code QuestionCompiler.onTopic} at 4.3 KB. A reading added
 * goes in its own method, or a long method is split along its readings.
 */
class MethodSizeTest {

  /** The longest method allowed, in bytes of bytecode: the longest of the question's path was 2.7 KB. */
  static final int MAX_BYTES = 3_000;

  @Test
  void noMethodOfTheSearchPathIsTooLongToCompile() throws Exception {
    Path dir = Path.of(QuestionCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/pledgebot/search");
    List<String> tooLong = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          for (Method m : methods(in)) {
            read++;
            if (!m.name().equals("<init>") && !m.name().equals("<clinit>") && m.codeBytes() > MAX_BYTES) {
              tooLong.add(file.getFileName() + " " + m.name() + ": " + m.codeBytes() + " bytes");
            }
          }
        }
      }
    }
    assertTrue(read > 500, "read the package's methods: " + read);
    assertEquals(List.of(), tooLong);
  }

  @Test
  void readsALongMethodsLength() throws Exception {
    try (InputStream in = QuestionCompiler.class.getResourceAsStream("QuestionCompiler.class")) {
      Method ruled = methods(in).stream().filter(m -> m.name().equals("ruled")).reduce((a, b) ->
          a.codeBytes() > b.codeBytes() ? a : b).orElseThrow();
      assertTrue(ruled.codeBytes() > 500, "ruled: " + ruled.codeBytes());
    }
  }

  private record Method(String name, int codeBytes) {}

  /** The methods of a class file and the length of each one's code (JVMS 4.1, 4.6, 4.7.3). */
  private static List<Method> methods(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipNBytes(6); // access, this, super
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    int n = in.readUnsignedShort();
    List<Method> out = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      in.skipNBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipNBytes(2);
      int code = 0;
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipNBytes(4); // max stack, max locals
          code = in.readInt();
          in.skipNBytes(length - 8L);
        } else {
          in.skipNBytes(length);
        }
      }
      out.add(new Method(name, code));
    }
    return out;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt() & 0xffffffffL);
    }
  }
}
