package org.pledgebot.store;

import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.alerts.PledgeLookup;
import org.pledgebot.alerts.Subscriptions;
import org.pledgebot.chat.ChatMemory;
import org.pledgebot.chat.Listings;
import org.pledgebot.chat.UpdateInbox;

/**
 * The bot's durable state: chats and their language, subscriptions, the pledges seen so far and
 * the alert outbox, and the webhook's update inbox. Two implementations keep the same contract: {@link SqliteStore}, one file
 * for one bot (the default), and {@link PostgresStore}, one database that several bot instances
 * share. Each opens with its schema migrated; every change is one transaction; all methods are
 * thread-safe.
 *
 * <p>A chat that refused a message (403) is inactive: it gets no new alerts until it talks to
 * the bot again ({@link #subscribe}, {@link #setLanguage} or {@link #chatSeen}).
 */
public interface Store extends Subscriptions, ChatMemory, PledgeLedger, Outbox, AutoCloseable {

  /**
   * The webhook's updates as accepted by every instance that shares this store: a view, not a
   * parent interface, because its {@code forgetDone} forgets handled updates while the
   * {@link Outbox}'s forgets delivered alerts.
   */
  UpdateInbox updates();

  /**
   * The pages behind "More" buttons, kept in this store's database so that any instance sharing
   * it can serve any button; listings are read back with the pledges {@code pledges} finds.
   */
  Listings listings(PledgeLookup pledges);

  /** Closes the connections; further calls fail with {@link StoreException}. */
  @Override
  void close();
}
