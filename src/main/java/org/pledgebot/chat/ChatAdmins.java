package org.pledgebot.chat;

/**
 * Who administers a group: in groups and supergroups only administrators may delete what the
 * group follows ({@code /forget}, {@code /unsubscribe}, their buttons). Transports implement it
 * (Telegram asks {@code getChatMember}); a transport with one user in each chat answers true.
 */
@FunctionalInterface
public interface ChatAdmins {

  /** Everyone administers their own chat: for transports without groups, such as the console. */
  ChatAdmins EVERYONE = (chatId, userId) -> true;

  /**
   * Whether {@code userId} is the creator or an administrator of the group {@code chatId}.
   *
   * @throws RuntimeException when it cannot be found out; the user then gets an apology
   */
  boolean isAdmin(long chatId, long userId);
}
