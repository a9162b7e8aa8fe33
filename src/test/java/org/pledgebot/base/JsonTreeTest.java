package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  private static JsonNode read(String json) throws IOException {
    return JsonTree.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void buildsTheTreeAnObjectMapperReads() throws IOException {
    String json = "{\"id\": \"FR\", \"n\": [1, 12345678901, 123456789012345678901234567890, 1.5, -0.25e3],"
        + " \"ok\": true, \"no\": false, \"none\": null, \"deep\": {\"a\": [], \"b\": {}, \"c\": [\"é\", {\"d\": 2}]}}";
    JsonNode tree = read(json);
    assertEquals(new ObjectMapper().readTree(json), tree);
    assertTrue(tree.path("n").get(0).isInt());
    assertTrue(tree.path("n").get(1).isLong());
    assertTrue(tree.path("n").get(2).isBigInteger());
    assertTrue(tree.path("n").get(3).isDouble());
    assertEquals("é", tree.path("deep").path("c").get(0).asText());
  }

  @Test
  void emptyOrBlankInputHasNoValue() throws IOException {
    assertNull(read(""));
    assertNull(read(" \n\t"));
  }

  @Test
  void readsTheFirstValueOnly() throws IOException {
    assertEquals("[1]", read("[1] [2]").toString());
  }

  @Test
  void duplicateKeysAndBadSyntaxAreErrorsWithTheirPlace() {
    JsonProcessingException dup = assertThrows(JsonProcessingException.class, () -> read("{\"a\": 1,\n \"a\": 2}"));
    assertTrue(dup.getOriginalMessage().contains("Duplicate field 'a'"), dup.getOriginalMessage());
    assertEquals(2, dup.getLocation().getLineNr());
    assertThrows(JsonProcessingException.class, () -> read("{\"a\": [1, 2}"));
    assertThrows(JsonProcessingException.class, () -> read("{\"a\": "));
  }
}
