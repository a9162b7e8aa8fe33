package org.pledgebot.telegram;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.base.Backoff;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;
import org.pledgebot.pace.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts through the Bot API, one try per call, and leaves retrying to the alerts dispatcher:
 * 403 is {@link AlertSender.Blocked}, 429 is {@link AlertSender.Retry} after Telegram's
 * {@code retry_after} (and the throttle is told), a 5xx or a network error is a retry after a
 * backoff that doubles while failures go on, and a 400 is {@link AlertSender.Failed}.
 * Each send first takes a permit from the throttle at {@link Throttle.Priority#ALERT}, behind
 * the answers to people. Get one from {@link TelegramBot#alertSender()}.
 */
public final class TelegramAlertSender implements AlertSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramAlertSender.class);

  private final BotApi api;
  private final Throttle throttle;
  private final Backoff backoff;
  private final AtomicInteger failuresInARow = new AtomicInteger();

  TelegramAlertSender(BotApi api, Throttle throttle, Backoff backoff) {
    this.api = api;
    this.throttle = throttle;
    this.backoff = backoff;
  }

  @Override
  public Delivery send(long chatId, ChatType chatType, String html, Keyboard keyboard) throws InterruptedException {
    throttle.acquire(chatId, chatType.isGroup(), Throttle.Priority.ALERT);
    try {
      api.once(ReplyMapper.send(chatId, html, keyboard, null), "alert to chat " + chatId);
      throttle.sent(chatId, chatType.isGroup());
      failuresInARow.set(0);
      return new Sent();
    } catch (ApiCallException e) {
      throttle.sent(chatId, chatType.isGroup());
      log.debug("{}", e.getMessage());
      return switch (e.kind()) {
        case BLOCKED -> new Blocked(e.description());
        case RATE_LIMITED -> {
          throttle.backOff(chatId, e.retryAfter());
          yield new Retry(e.retryAfter(), e.getMessage());
        }
        case TRANSIENT -> new Retry(backoff.delay(failuresInARow.incrementAndGet()), e.getMessage());
        case REJECTED -> new Failed(e.getMessage());
      };
    } catch (RuntimeException e) {
      // a message the client would not even build (e.g. an invalid keyboard): sending it again cannot help
      return new Failed("alert to chat " + chatId + " not sent: " + api.redactor().describe(e));
    }
  }

  @Override
  public Duration chatWait(long chatId, ChatType chatType) {
    return throttle.chatWait(chatId, chatType.isGroup());
  }

  @Override
  public String toString() {
    return "TelegramAlertSender";
  }
}
