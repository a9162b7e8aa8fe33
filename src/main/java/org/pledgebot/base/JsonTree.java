package org.pledgebot.base;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON text read into Jackson's tree ({@link JsonNode}) by the streaming parser alone: the tree
 * {@code ObjectMapper.readTree} builds, with its number types, without the object mapper, whose
 * set-up (hundreds of classes for data binding nobody here uses) was a tenth of every start of the
 * command line. Duplicate keys are an error, as every JSON file of this project requires.
 */
public final class JsonTree {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * The first JSON value of {@code json} (what follows it is not read), or null when there is
   * none (empty or blank input).
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException for malformed JSON and duplicate
   *     keys, with the parser's message and location
   */
  public static JsonNode read(byte[] json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      return first == null ? null : value(p, first);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(p);
      case START_ARRAY -> array(p);
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> NODES.numberNode(p.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
          ? NODES.numberNode(p.getDecimalValue())
          : NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected JSON token " + token + " at " + p.currentLocation());
    };
  }

  private static ObjectNode object(JsonParser p) throws IOException {
    ObjectNode node = NODES.objectNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      node.set(name, value(p, p.nextToken()));
    }
    return node;
  }

  private static ArrayNode array(JsonParser p) throws IOException {
    ArrayNode node = NODES.arrayNode();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      node.add(value(p, t));
    }
    return node;
  }
}
