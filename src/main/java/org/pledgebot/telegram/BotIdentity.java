package org.pledgebot.telegram;

/**
 * Who the bot is, from {@code getMe}: needed to tell in groups what is addressed to it.
 *
 * @param id the bot's user id
 * @param username its username without the {@code @}
 */
record BotIdentity(long id, String username) {

  BotIdentity {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("bot " + id + " has no username; Telegram gives every bot one");
    }
  }
}
