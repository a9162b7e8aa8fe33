package org.pledgebot.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.pledgebot.base.JsonTree;

/** Reads corpus and config JSON strictly, turning every failure into a {@link CorpusException}. */
final class Json {

  /** Pledge files are a few kilobytes; anything this large is a mistake, not a pledge. */
  static final long MAX_FILE_BYTES = 1 << 20;

  private Json() {}

  static JsonNode read(Path file) throws CorpusException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new CorpusException(file, "file is " + size + " bytes, over the limit of " + MAX_FILE_BYTES);
      }
      return parse(file, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read: " + e.getMessage());
    }
  }

  /** Parses {@code bytes}, naming {@code source} in errors. */
  static JsonNode parse(Path source, byte[] bytes) throws CorpusException {
    try {
      JsonNode root = JsonTree.read(bytes);
      if (root == null) {
        throw new CorpusException(source, "file is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new CorpusException(source, syntaxError(e));
    } catch (IOException e) {
      throw new CorpusException(source, "cannot read: " + e.getMessage());
    }
  }

  /** Jackson's "(start marker at [Source: ...; line: 1, column: 1])": noise next to our own location. */
  private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(start marker at \\[Source: .*?\\]\\)");

  private static String syntaxError(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "invalid JSON" + where + ": " + SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("");
  }
}
