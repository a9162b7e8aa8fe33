package org.pledgebot.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that appear whole or not at all, and stay so through a power cut: the content is in a file
 * beside the target (under a name its readers ignore), forced to disk, then renamed over the target
 * in one step ({@code ATOMIC_MOVE}), and the rename forced to disk with the folder. Readers see the
 * old file or the whole new one; a crash never leaves the new name over blocks not yet written.
 *
 * <p>What a failure means is the caller's: a pledge not installed is an error, a cache entry not
 * written only means it is worked out again. Every method here throws, and leaves no temporary file.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code content} as {@code target} through {@code temp}, a file beside it that the
   * target's readers ignore.
   *
   * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename in
   *     one step: {@code target} is as it was
   * @throws IOException when a step fails: {@code target} is as it was, unless only the folder
   *     could not be forced, when it is already the new file
   */
  public static void write(Path target, Path temp, byte[] content) throws IOException {
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException | RuntimeException e) {
      delete(temp, e);
      throw e;
    }
    rename(temp, target);
  }

  /**
   * Gives {@code written}, a file written to the end (by this process or another), the name
   * {@code target}: forced to disk, renamed over it in one step, the rename forced with the folder.
   *
   * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename in
   *     one step: {@code target} is as it was, and {@code written} is deleted
   * @throws IOException as {@link #write}; {@code written} is deleted whenever it is not renamed
   */
  public static void rename(Path written, Path target) throws IOException {
    try {
      try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      delete(written, e);
      throw e;
    }
    Path folder = target.toAbsolutePath().getParent();
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) { // Linux opens a folder for this
      channel.force(true);
    }
  }

  /** Deletes {@code temp} after {@code failure}, which then also says why it could not be. */
  private static void delete(Path temp, Exception failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException | RuntimeException again) {
      failure.addSuppressed(again);
    }
  }
}
