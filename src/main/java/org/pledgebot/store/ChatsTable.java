package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/** All SQL on {@code chats}. */
final class ChatsTable {

  private ChatsTable() {}

  /**
   * Makes sure the chat exists and is active: a chat that talks to the bot (subscribes, picks a
   * language) has evidently unblocked it. A null type keeps the one known.
   */
  static void touch(Connection c, long chatId, ChatType type, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO chats (id, type, active, created) VALUES (?, ?, 1, ?) "
            + "ON CONFLICT (id) DO UPDATE SET type = coalesce(excluded.type, chats.type), active = 1, blocked_at = NULL")) {
      s.setLong(1, chatId);
      s.setString(2, type == null ? null : Codes.type(type));
      s.setLong(3, Codes.millis(now));
      s.executeUpdate();
    }
  }

  /**
   * Marks the chat active again if it had blocked the bot, keeping its type when {@code type} is
   * null; changes nothing for an active or unknown chat.
   */
  static boolean reactivate(Connection c, long chatId, ChatType type) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE chats SET type = coalesce(?, type), active = 1, blocked_at = NULL WHERE id = ? AND active = 0")) {
      s.setString(1, type == null ? null : Codes.type(type));
      s.setLong(2, chatId);
      return s.executeUpdate() == 1;
    }
  }

  static Optional<Lang> language(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT language FROM chats WHERE id = ?")) {
      s.setLong(1, chatId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Codes.lang(r.getString(1)) : Optional.empty();
      }
    }
  }

  static void setLanguage(Connection c, long chatId, Lang lang) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE chats SET language = ? WHERE id = ?")) {
      s.setString(1, Codes.lang(lang));
      s.setLong(2, chatId);
      s.executeUpdate();
    }
  }

  /** Marks the chat inactive; returns false when there is no such chat. */
  static boolean markBlocked(Connection c, long chatId, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE chats SET active = 0, blocked_at = ? WHERE id = ?")) {
      s.setLong(1, Codes.millis(now));
      s.setLong(2, chatId);
      return s.executeUpdate() == 1;
    }
  }

  /** The ids of the chats that blocked the bot. */
  static Set<Long> inactive(Connection c) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM chats WHERE active = 0");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  /** Deletes the chat; its subscriptions and alerts go with it (ON DELETE CASCADE). */
  static boolean delete(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM chats WHERE id = ?")) {
      s.setLong(1, chatId);
      return s.executeUpdate() == 1;
    }
  }
}
