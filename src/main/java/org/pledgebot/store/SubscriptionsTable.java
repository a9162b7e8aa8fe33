package org.pledgebot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;

/** All SQL on {@code subscriptions}. */
final class SubscriptionsTable {

  private static final String COLUMNS = "s.id, s.chat_id, s.kind, s.value, s.lang, s.created";

  private SubscriptionsTable() {}

  /** The chat's subscription to {@code target}; for themes and pledgers whatever language it was made in. */
  static Optional<Subscription> find(Connection c, long chatId, Target target) throws SQLException {
    boolean query = target instanceof Target.Query;
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions s "
        + "WHERE s.chat_id = ? AND s.kind = ? AND s.value = ?" + (query ? " AND s.lang = ?" : ""))) {
      s.setLong(1, chatId);
      s.setString(2, Codes.kind(target));
      s.setString(3, Codes.value(target));
      if (query) {
        s.setString(4, ((Target.Query) target).lang().code());
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(row(r)) : Optional.empty();
      }
    }
  }

  /**
   * Adds the subscription; empty when the chat already has one to this target (another instance
   * of the bot made it meanwhile: the caller reads that one).
   */
  static Optional<Subscription> insert(Connection c, long chatId, Target target, Lang lang, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, chatId);
      s.setString(2, Codes.kind(target));
      s.setString(3, Codes.value(target));
      s.setString(4, Codes.lang(lang));
      s.setLong(5, Codes.millis(now));
      if (s.executeUpdate() == 0) {
        return Optional.empty();
      }
      try (ResultSet keys = s.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id returned for the new subscription of chat " + chatId);
        }
        return Optional.of(new Subscription(keys.getLong(1), chatId, target, Instant.ofEpochMilli(Codes.millis(now))));
      }
    }
  }

  static List<Subscription> byChat(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM subscriptions s WHERE s.chat_id = ? ORDER BY s.id")) {
      s.setLong(1, chatId);
      return rows(s);
    }
  }

  static Optional<Subscription> byId(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions s WHERE s.id = ?")) {
      s.setLong(1, id);
      List<Subscription> rows = rows(s);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
  }

  static boolean delete(Connection c, long chatId, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriptions WHERE id = ? AND chat_id = ?")) {
      s.setLong(1, id);
      s.setLong(2, chatId);
      return s.executeUpdate() == 1;
    }
  }

  static int deleteAll(Connection c, long chatId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriptions WHERE chat_id = ?")) {
      s.setLong(1, chatId);
      return s.executeUpdate();
    }
  }

  /** Subscriptions of active chats to one of the themes, to the pledger, or to any query; by id. */
  static List<Subscription> candidates(Connection c, Dialect dialect, String pledgeId, Collection<String> themes)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(candidatesSql(dialect, themes.size()))) {
      int i = 1;
      s.setString(i++, pledgeId);
      for (String theme : themes) {
        s.setString(i++, theme);
      }
      return rows(s);
    }
  }

  /**
   * The candidates' SQL for {@code themes} theme ids. NOT INDEXED on SQLite: every query
   * subscription is a candidate, so the candidates are a large share of the table, and reading the
   * table in id order beats the {@code subscriptions_match} index, which gathers the rows out of
   * order and then sorts them all for ORDER BY (100 ms instead of 20 ms for 47,000 of 100,000
   * rows). PostgreSQL's planner weighs that itself from its statistics, and has no such hint.
   */
  static String candidatesSql(Dialect dialect, int themes) {
    String hint = switch (dialect) {
      case SQLITE -> " NOT INDEXED";
      case POSTGRESQL -> "";
    };
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM subscriptions s" + hint + " "
        + "JOIN chats c ON c.id = s.chat_id "
        + "WHERE c.active = 1 AND ((s.kind = 'pledger' AND s.value = ?) OR s.kind = 'query'");
    if (themes > 0) {
      sql.append(" OR (s.kind = 'theme' AND s.value IN (").append("?,".repeat(themes - 1)).append("?))");
    }
    return sql.append(") ORDER BY s.id").toString();
  }

  /** The distinct questions of active chats' query subscriptions, in no particular order. */
  static List<Target.Query> questions(Connection c) throws SQLException {
    List<Target.Query> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT s.value, s.lang FROM subscriptions s "
        + "JOIN chats c ON c.id = s.chat_id WHERE s.kind = 'query' AND c.active = 1");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String text = r.getString(1);
        out.add(new Target.Query(text, Codes.lang(r.getString(2)).orElseThrow(
            () -> new StoreException("the question \"" + text + "\" is saved without a language"))));
      }
    }
    return out;
  }

  private static List<Subscription> rows(PreparedStatement s) throws SQLException {
    List<Subscription> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(row(r));
      }
    }
    return out;
  }

  /** Reads the six {@link #COLUMNS} starting at column 1. */
  static Subscription row(ResultSet r) throws SQLException {
    return row(r, 1);
  }

  /** Reads the six {@link #COLUMNS} starting at column {@code first}. */
  static Subscription row(ResultSet r, int first) throws SQLException {
    long id = r.getLong(first);
    Target target = Codes.target(r.getString(first + 2), r.getString(first + 3), r.getString(first + 4), id);
    return new Subscription(id, r.getLong(first + 1), target, Codes.instant(r.getLong(first + 5)));
  }
}
