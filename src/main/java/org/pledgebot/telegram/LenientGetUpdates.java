package org.pledgebot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates read one update at a time and leniently. The library reads the whole batch strictly,
 * so one update it cannot read (a field added by a newer Bot API) fails the batch, the offset never
 * moves past it, and the bot is stuck on it for ever. Here such an update is logged and replaced
 * by an empty one with the same id, which the mapper ignores and the offset skips.
 */
final class LenientGetUpdates extends GetUpdates {

  private static final Logger log = LoggerFactory.getLogger(LenientGetUpdates.class);

  /** The kinds of update the bot acts on; Telegram then sends no others. */
  static final List<String> ALLOWED = List.of("message", "callback_query", "inline_query");

  private static final ObjectMapper LENIENT =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  LenientGetUpdates(int offset, int limit, int timeoutSeconds) {
    super(offset, limit, timeoutSeconds, ALLOWED);
  }

  /** The generator the long-polling session calls with the last update id it received. */
  static Function<Integer, GetUpdates> generator(Duration pollTimeout) {
    int seconds = (int) Math.max(0, pollTimeout.toSeconds());
    return lastReceived -> new LenientGetUpdates(lastReceived + 1, 100, seconds);
  }

  @Override
  public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
    JsonNode root;
    try {
      root = LENIENT.readTree(answer);
    } catch (Exception e) {
      throw new TelegramApiRequestException("Unable to read getUpdates answer", e);
    }
    if (root == null || !root.path("ok").isBoolean()) {
      throw new TelegramApiRequestException("getUpdates answer is no Bot API answer (no boolean ok)");
    }
    JsonNode result = root.get("result");
    if (!root.path("ok").asBoolean(false) || result == null || !result.isArray()) {
      return super.deserializeResponse(answer); // the library's error for a refused call
    }
    ArrayList<Update> updates = new ArrayList<>(result.size());
    for (JsonNode node : result) {
      updates.add(read(node));
    }
    return updates;
  }

  /** One update, or an empty one with its id when it cannot be read; fails only without an update_id. */
  static Update read(JsonNode node) throws TelegramApiRequestException {
    try {
      return LENIENT.treeToValue(node, Update.class);
    } catch (Exception e) {
      JsonNode id = node.get("update_id");
      if (id == null || !id.canConvertToInt()) {
        throw new TelegramApiRequestException("getUpdates answer has an update without update_id", e);
      }
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      // the exception text may quote user text: log its type and the update's shape only
      log.warn("update {} could not be read ({}, fields {}); skipped", id.asInt(),
          e.getClass().getSimpleName(), fields);
      Update skipped = new Update();
      skipped.setUpdateId(id.asInt());
      return skipped;
    }
  }
}
