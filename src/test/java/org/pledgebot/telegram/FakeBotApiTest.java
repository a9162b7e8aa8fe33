package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake itself, spoken to with a plain HTTP client in the encodings Bot API clients use. */
@Timeout(20)
class FakeBotApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  FakeBotApi api;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start("1:tok");
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void latencyDelaysTheArrivalByHalfAndTheAnswerByAllOfIt() throws Exception {
    api.latency(Duration.ofMillis(200));
    long sent = System.nanoTime();
    HttpResponse<String> answer = post("/bot1:tok/sendMessage", "application/json", "{\"chat_id\":5,\"text\":\"far\"}");
    long answered = System.nanoTime();
    assertEquals(200, answer.statusCode());
    assertTrue(api.calls("sendMessage").get(0).nanos() - sent >= TimeUnit.MILLISECONDS.toNanos(100),
        "the limits see the message half a round trip after it left");
    assertTrue(answered - sent >= TimeUnit.MILLISECONDS.toNanos(200), "the answer comes a round trip after");
  }

  @Test
  void jsonFormAndMultipartBodiesAreParsedAlike() throws Exception {
    post("/bot1:tok/sendMessage", "application/json",
        "{\"chat_id\":5,\"text\":\"json\",\"reply_markup\":{\"inline_keyboard\":[]}}");
    post("/bot1:tok/sendMessage", "application/x-www-form-urlencoded",
        "chat_id=6&text=form+%C3%A9t%C3%A9&reply_markup=%7B%22inline_keyboard%22%3A%5B%5D%7D");
    String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n7\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nmulti été\r\n--XyZ--\r\n";
    post("/bot1:tok/sendMessage", "multipart/form-data; boundary=XyZ", multipart);

    var calls = api.calls("sendMessage");
    assertEquals(3, calls.size());
    assertEquals(5L, calls.get(0).chatId());
    assertEquals("form été", calls.get(1).text());
    assertTrue(calls.get(1).params().path("reply_markup").isObject(), "JSON form values are parsed");
    assertEquals(7L, calls.get(2).chatId());
    assertEquals("multi été", calls.get(2).text());
    calls.forEach(c -> assertEquals(200, c.status()));
  }

  @Test
  void answersLikeTelegramAndRefusesAWrongToken() throws Exception {
    JsonNode me = JSON.readTree(post("/bot1:tok/getMe", null, "").body());
    assertTrue(me.path("ok").asBoolean());
    assertEquals(FakeBotApi.BOT_USERNAME, me.path("result").path("username").asText());
    JsonNode sent = JSON.readTree(post("/bot1:tok/sendMessage", "application/json", "{\"chat_id\":-9,\"text\":\"hi\"}").body());
    assertEquals("supergroup", sent.path("result").path("chat").path("type").asText());
    JsonNode unknown = JSON.readTree(post("/bot1:tok/setChatTitle", "application/json", "{}").body());
    assertTrue(unknown.path("result").asBoolean());
    HttpResponse<String> wrong = post("/bot2:other/getMe", null, "");
    assertEquals(401, wrong.statusCode());
    assertEquals(401, JSON.readTree(wrong.body()).path("error_code").asInt());
  }

  @Test
  void getUpdatesLongPollsAndForgetsWhatAnOffsetConfirms() throws Exception {
    long begin = System.nanoTime();
    JsonNode empty = JSON.readTree(post("/bot1:tok/getUpdates", "application/json", "{\"timeout\":1}").body());
    assertEquals(0, empty.path("result").size());
    assertTrue(System.nanoTime() - begin >= 900_000_000L, "waited for the timeout");

    int first = api.enqueue(Updates.privateText(1, "en", "a"));
    int second = api.enqueue(Updates.privateText(1, "en", "b"));
    JsonNode both = JSON.readTree(post("/bot1:tok/getUpdates", "application/json", "{\"timeout\":1}").body());
    assertEquals(2, both.path("result").size());
    assertEquals(first, both.path("result").path(0).path("update_id").asInt());
    assertEquals(2, api.unconfirmed(), "delivered is not confirmed");
    JsonNode rest = JSON.readTree(post("/bot1:tok/getUpdates", "application/json",
        "{\"offset\":" + second + ",\"timeout\":0}").body());
    assertEquals(1, rest.path("result").size());
    assertEquals(1, api.unconfirmed());
  }

  @Test
  void policiesAndScriptedFailuresDecideBeforeTheNormalAnswer() throws Exception {
    api.failNext("sendMessage", 1, FakeBotApi.Answer.tooManyRequests(2));
    api.addPolicy(call -> Long.valueOf(13).equals(call.chatId()) ? FakeBotApi.Answer.forbidden() : null);

    HttpResponse<String> limited = post("/bot1:tok/sendMessage", "application/json", "{\"chat_id\":1,\"text\":\"x\"}");
    assertEquals(429, limited.statusCode());
    assertEquals(2, JSON.readTree(limited.body()).path("parameters").path("retry_after").asInt());
    assertEquals(200, post("/bot1:tok/sendMessage", "application/json", "{\"chat_id\":1,\"text\":\"x\"}").statusCode());
    assertEquals(403, post("/bot1:tok/sendMessage", "application/json", "{\"chat_id\":13,\"text\":\"x\"}").statusCode());
    api.block(14);
    assertEquals(403, post("/bot1:tok/editMessageText", "application/json",
        "{\"chat_id\":14,\"message_id\":1,\"text\":\"x\"}").statusCode());
    assertEquals(java.util.List.of(429, 200, 403, 403), api.calls().stream().map(FakeBotApi.Call::status).toList());
  }

  @Test
  void stopRefusesConnectionsAndRestartListensOnTheSamePort() throws Exception {
    String url = api.url();
    api.stop();
    try {
      post("/bot1:tok/getMe", null, "");
      throw new AssertionError("connected to a stopped fake");
    } catch (java.net.ConnectException expected) {
      // refused, as when the Bot API is down
    }
    api.restart();
    assertEquals(url, api.url());
    assertEquals(200, post("/bot1:tok/getMe", null, "").statusCode());
  }
}
