package org.pledgebot.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgebot.chat.ChatAdmins;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Who administers a group, asked of Telegram with {@code getChatMember} (status {@code creator} or
 * {@code administrator}) and remembered for a minute, so that a confirmation and its button cost
 * one call. A call that fails is an {@link IllegalStateException}: the user gets an apology, not a
 * wrong refusal. Get one from {@link TelegramBot#builder(String, java.util.function.Function)}.
 */
final class TelegramChatAdmins implements ChatAdmins {

  /** A demoted administrator keeps the right this long at most. */
  static final Duration REMEMBERED = Duration.ofMinutes(1);

  /** Answers kept at once; past it they are all forgotten, as they soon would be. */
  private static final int MAX_REMEMBERED = 10_000;

  private record Asked(long chatId, long userId) {}

  private record Known(boolean admin, long untilNanos) {}

  private final BotApi api;
  private final Map<Asked, Known> known = new ConcurrentHashMap<>();

  TelegramChatAdmins(BotApi api) {
    this.api = api;
  }

  @Override
  public boolean isAdmin(long chatId, long userId) {
    Asked asked = new Asked(chatId, userId);
    long now = System.nanoTime();
    Known k = known.get(asked);
    if (k != null && now - k.untilNanos() < 0) {
      return k.admin();
    }
    ChatMember member;
    try {
      member = api.call(new GetChatMember(Long.toString(chatId), userId), "chat " + chatId, BotApi.Pacing.NONE);
    } catch (ApiCallException e) {
      throw new IllegalStateException("could not tell whether user " + userId + " administers chat " + chatId
          + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking who administers chat " + chatId);
    }
    boolean admin = member != null
        && ("creator".equals(member.getStatus()) || "administrator".equals(member.getStatus()));
    if (known.size() >= MAX_REMEMBERED) {
      known.clear();
    }
    known.put(asked, new Known(admin, now + REMEMBERED.toNanos()));
    return admin;
  }
}
