package org.pledgebot.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Turns an answer that is no Bot API answer (a proxy's or gateway's page, {@code {"message": …}}
 * without {@code ok}) into an {@link IOException}, which TelegramBots reports as a failed call.
 * Left to the library, such a body makes it throw inside its HTTP callback: the call's future
 * never completes and the caller waits for ever. A Bot API answer is a JSON object whose
 * {@code ok} is a boolean; Telegram writes {@code ok} first, so reading stops after a few bytes.
 */
final class BotAnswerCheck implements Interceptor {

  /** How much of an answer is looked at; beyond it, without {@code ok} seen, the library decides. */
  private static final long PEEK = 1024 * 1024;

  /** How much of a bad body the error quotes. */
  private static final int QUOTED = 120;

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    String peeked = response.peekBody(PEEK).string();
    if (!isBotApiAnswer(peeked, peeked.length() >= PEEK)) {
      response.close();
      String quoted = peeked.length() > QUOTED ? peeked.substring(0, QUOTED) + "…" : peeked;
      throw new IOException("not a Bot API answer (HTTP " + response.code() + "): "
          + quoted.replaceAll("\\s+", " ").strip());
    }
    return response;
  }

  /** Whether {@code text} is a JSON object with a boolean {@code ok}; a cut text without it yet passes. */
  static boolean isBotApiAnswer(String text, boolean cut) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("ok")) {
          return value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE;
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return cut;
    }
  }
}
