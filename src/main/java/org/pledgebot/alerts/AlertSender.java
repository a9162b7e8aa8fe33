package org.pledgebot.alerts;

import java.time.Duration;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;

/** Sends one alert message to one chat, keeping the transport's limits, and says how it went. */
public interface AlertSender {

  /** Sends {@code html} to {@code chatId}; never throws for API or network errors. */
  Delivery send(long chatId, ChatType chatType, String html, Keyboard keyboard) throws InterruptedException;

  /**
   * How long {@link #send} to {@code chatId} would wait for that chat's own limits (e.g. an answer
   * went to it less than a second ago, a group used its quota), not counting the overall pace;
   * zero when it may go now. The dispatcher sends to the chats that may be written to first.
   */
  default Duration chatWait(long chatId, ChatType chatType) {
    return Duration.ZERO;
  }

  /** How one send ended. */
  sealed interface Delivery permits Sent, Blocked, Retry, Failed {}

  /** Delivered. */
  record Sent() implements Delivery {}

  /**
   * The chat will never accept messages (the user blocked the bot, the chat is gone): 403.
   *
   * @param reason the API's description
   */
  record Blocked(String reason) implements Delivery {}

  /**
   * Not delivered this time (429, 5xx, network down): try again after {@code after}.
   *
   * @param after how long to wait first
   * @param reason what went wrong
   */
  record Retry(Duration after, String reason) implements Delivery {}

  /**
   * Not delivered and retrying cannot help (400 bad request).
   *
   * @param reason the API's description
   */
  record Failed(String reason) implements Delivery {}
}
