package org.pledgebot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.alerts.PledgeLookup;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.chat.Listings;
import org.pledgebot.chat.UpdateInbox;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/**
 * The {@link Store} in SQL, once for both databases: the table classes hold the statements and
 * switch on the {@link Dialect} where SQLite and PostgreSQL differ. {@link SqliteStore} and
 * {@link PostgresStore} open it.
 */
abstract class JdbcStore implements Store {

  /** How long {@link #due} claims the alerts it hands out, unless the store is opened with another lease. */
  static final Duration LEASE = Duration.ofMinutes(5);

  final Database db;
  private final Dialect dialect;
  private final Clock clock;
  private final Duration lease;
  /**
   * The chats that blocked the bot, mirrored from {@code chats.active} so that {@link #chatSeen},
   * called for every message, writes only for the rare chat that comes back. Only SQLite trusts
   * it: there this process is the only writer, while on PostgreSQL another instance may have
   * marked a chat blocked.
   */
  private final Set<Long> inactive;
  private final UpdateInbox updates = new Updates();

  JdbcStore(Database db, Clock clock, Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the outbox lease must be positive, got " + lease);
    }
    this.db = db;
    this.dialect = db.dialect();
    this.clock = clock;
    this.lease = lease;
    this.inactive = ConcurrentHashMap.newKeySet();
    if (dialect == Dialect.SQLITE) {
      inactive.addAll(db.read("reading the inactive chats", ChatsTable::inactive));
    }
  }

  private Instant now() {
    return clock.instant();
  }

  // --- chats ---------------------------------------------------------------------------------

  /** Reactivates a chat that had blocked the bot; a chat already active costs no write. */
  @Override
  public void chatSeen(long chatId, ChatType type) {
    switch (dialect) {
      case SQLITE -> {
        if (inactive.contains(chatId)) {
          touch(chatId, type);
        }
      }
      // one indexed UPDATE that changes no row for an active chat: no cache to go stale
      case POSTGRESQL -> db.writeOne("reactivating chat " + chatId, c -> ChatsTable.reactivate(c, chatId, type));
    }
  }

  /** Creates the chat if new and marks it active, in its own transaction. */
  private void touch(long chatId, ChatType type) {
    db.write("recording chat " + chatId, c -> {
      ChatsTable.touch(c, chatId, type, now());
      return null;
    });
    inactive.remove(chatId);
  }

  @Override
  public Optional<Lang> language(long chatId) {
    return db.read("reading the language of chat " + chatId, c -> ChatsTable.language(c, chatId));
  }

  @Override
  public void setLanguage(long chatId, Lang lang) {
    Objects.requireNonNull(lang, "lang");
    db.write("setting the language of chat " + chatId, c -> {
      ChatsTable.touch(c, chatId, null, now());
      ChatsTable.setLanguage(c, chatId, lang);
      return null;
    });
    inactive.remove(chatId);
  }

  // --- subscriptions -------------------------------------------------------------------------

  @Override
  public Subscription subscribe(long chatId, ChatType chatType, Target target, Lang answeredIn) {
    Target normal = normalise(target);
    Subscription subscription = db.write("subscribing chat " + chatId + " to " + normal, c -> {
      ChatsTable.touch(c, chatId, chatType, now());
      Optional<Subscription> existing = SubscriptionsTable.find(c, chatId, normal);
      if (existing.isPresent()) {
        return existing.get();
      }
      Lang lang = normal instanceof Target.Query query ? query.lang()
          : ChatsTable.language(c, chatId).orElse(answeredIn);
      Optional<Subscription> added = SubscriptionsTable.insert(c, chatId, normal, lang, now());
      if (added.isPresent()) {
        return added.get();
      }
      return SubscriptionsTable.find(c, chatId, normal).orElseThrow(() -> new StoreException(
          "chat " + chatId + " has a subscription to " + normal + " that cannot be read"));
    });
    inactive.remove(chatId);
    return subscription;
  }

  /** Query texts are compared with their spaces tidied, so "open  data " and "open data" are one target. */
  private static Target normalise(Target target) {
    Objects.requireNonNull(target, "target");
    if (target instanceof Target.Query query) {
      String text = query.text().strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a query subscription needs some words");
      }
      return new Target.Query(text, Objects.requireNonNull(query.lang(), "query language"));
    }
    String value = target instanceof Target.Theme theme ? theme.themeId() : ((Target.Pledger) target).pledgeId();
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a " + Codes.kind(target) + " subscription needs an id");
    }
    return target;
  }

  @Override
  public List<Subscription> list(long chatId) {
    return db.read("listing the subscriptions of chat " + chatId, c -> SubscriptionsTable.byChat(c, chatId));
  }

  /** Also drops the alerts still pending because of this subscription: the chat no longer wants them. */
  @Override
  public boolean unsubscribe(long chatId, long subscriptionId) {
    return db.write("unsubscribing chat " + chatId + " from subscription " + subscriptionId, c -> {
      Optional<Subscription> subscription = SubscriptionsTable.byId(c, subscriptionId);
      if (subscription.isEmpty() || subscription.get().chatId() != chatId) {
        return false;
      }
      OutboxTable.dropPendingOfSubscription(c, subscriptionId, "unsubscribed");
      OutboxTable.forgetSubscription(c, subscriptionId);
      return SubscriptionsTable.delete(c, chatId, subscriptionId);
    });
  }

  /** Also drops every alert still pending for the chat. */
  @Override
  public int unsubscribeAll(long chatId) {
    return db.write("unsubscribing chat " + chatId + " from everything", c -> {
      OutboxTable.dropPendingOfChat(c, chatId, "unsubscribed from all");
      OutboxTable.forgetSubscriptionsOfChat(c, chatId);
      return SubscriptionsTable.deleteAll(c, chatId);
    });
  }

  @Override
  public void forget(long chatId) {
    db.write("forgetting chat " + chatId, c -> {
      OutboxTable.deleteOfChat(c, chatId);
      return ChatsTable.delete(c, chatId);
    });
    inactive.remove(chatId);
  }

  // --- seen pledges --------------------------------------------------------------------------

  @Override
  public Optional<Map<String, String>> seenPledges() {
    return db.read("reading the seen pledges", c -> MetaTable.get(c, MetaTable.SEEN_INITIALISED).isEmpty()
        ? Optional.empty()
        : Optional.of(SeenTable.all(c)));
  }

  @Override
  public void initialise(Map<String, String> hashById) {
    db.write("initialising the seen pledges", c -> {
      Instant now = now();
      SeenTable.insertAll(c, hashById, now);
      MetaTable.put(c, MetaTable.SEEN_INITIALISED, now.toString());
      return null;
    });
  }

  @Override
  public List<Subscription> candidates(String pledgeId, Collection<String> themes) {
    return db.read("reading the subscriptions that may match pledge " + pledgeId,
        c -> SubscriptionsTable.candidates(c, dialect, pledgeId, List.copyOf(themes)));
  }

  @Override
  public List<Target.Query> questions() {
    return db.read("reading the subscribed questions", SubscriptionsTable::questions);
  }

  @Override
  public int recordNew(String pledgeId, String contentHash, List<NewAlert> alerts) {
    return db.write("recording new pledge " + pledgeId + " and its " + alerts.size() + " alerts", c -> {
      Instant now = now();
      if (!SeenTable.insert(c, pledgeId, contentHash, now)) {
        return 0;
      }
      return OutboxTable.insert(c, dialect, pledgeId, alerts, now);
    });
  }

  @Override
  public void updateSeen(String pledgeId, String contentHash) {
    db.write("updating the hash of pledge " + pledgeId, c -> SeenTable.updateHash(c, pledgeId, contentHash, now()));
  }

  // --- outbox --------------------------------------------------------------------------------

  /** Claims what it returns until {@code now} plus {@link #LEASE} (see {@link org.pledgebot.alerts.Outbox#due}). */
  @Override
  public List<QueuedAlert> due(Instant now, int limit) {
    return db.write("claiming due alerts", c -> OutboxTable.claimDue(c, dialect, now, now.plus(lease), limit));
  }

  @Override
  public Optional<Duration> lease() {
    return Optional.of(lease);
  }

  @Override
  public Set<Long> renew(Collection<Long> alertIds, Instant now) {
    if (alertIds.isEmpty()) {
      return Set.of();
    }
    return db.write("renewing the claim on " + alertIds.size() + " alerts",
        c -> OutboxTable.renew(c, alertIds, now, now.plus(lease)));
  }

  @Override
  public void release(Collection<Long> alertIds) {
    if (!alertIds.isEmpty()) {
      db.write("releasing " + alertIds.size() + " claimed alerts", c -> OutboxTable.release(c, alertIds));
    }
  }

  @Override
  public Optional<Instant> nextDue() {
    return db.read("reading when the next alert is due", c -> OutboxTable.nextDue(c, dialect));
  }

  /** All the outcomes in one transaction: one commit for a group of sends. */
  @Override
  public int record(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return 0;
    }
    int changed = db.write("recording the outcomes of " + outcomes.size() + " alerts", c -> {
      int count = 0;
      for (Outcome outcome : outcomes) {
        count += switch (outcome.kind()) {
          case SENT -> OutboxTable.markSent(c, outcome.alertId(), outcome.at()) ? 1 : 0;
          case LATER -> OutboxTable.retryLater(c, outcome.alertId(), outcome.at(), outcome.reason()) ? 1 : 0;
          case DROPPED -> OutboxTable.drop(c, outcome.alertId(), outcome.reason()) ? 1 : 0;
          case BLOCKED -> {
            ChatsTable.markBlocked(c, outcome.chatId(), now());
            yield OutboxTable.dropPendingOfChat(c, outcome.chatId(), "chat blocked the bot: " + outcome.reason());
          }
        };
      }
      return count;
    });
    outcomes.stream().filter(o -> o.kind() == Outcome.Kind.BLOCKED).forEach(o -> inactive.add(o.chatId()));
    return changed;
  }

  @Override
  public int forgetDone(Instant before) {
    return db.write("forgetting alerts done before " + before, c -> OutboxTable.forgetDone(c, before));
  }

  @Override
  public OptionalLong pending() {
    return OptionalLong.of(db.read("counting the pending alerts", OutboxTable::pending));
  }

  @Override
  public Listings listings(PledgeLookup pledges) {
    return new StoredListings(db, pledges, clock);
  }

  // --- update inbox --------------------------------------------------------------------------

  @Override
  public UpdateInbox updates() {
    return updates;
  }

  /** {@link UpdateInbox} on {@code update_inbox}: each call one transaction, as for the rest of the store. */
  private final class Updates implements UpdateInbox {

    @Override
    public boolean accept(long updateId, String json, Instant leaseUntil) {
      return db.writeOne("accepting update " + updateId, c -> InboxTable.accept(c, updateId, json, leaseUntil));
    }

    @Override
    public Set<Long> renew(Collection<Long> updateIds, Instant now, Instant leaseUntil) {
      if (updateIds.isEmpty()) {
        return Set.of();
      }
      return db.write("renewing the lease on " + updateIds.size() + " updates",
          c -> InboxTable.renew(c, updateIds, now, leaseUntil));
    }

    @Override
    public void done(long updateId, Instant at) {
      db.writeOne("marking update " + updateId + " done", c -> InboxTable.done(c, updateId, at));
    }

    @Override
    public List<Claimed> claimExpired(Instant now, Instant leaseUntil, int limit) {
      return db.write("claiming the updates whose lease ran out",
          c -> InboxTable.claimExpired(c, dialect, now, leaseUntil, limit));
    }

    @Override
    public int forgetDone(Instant before) {
      return db.write("forgetting updates handled before " + before, c -> InboxTable.forgetDone(c, before));
    }

    @Override
    public String toString() {
      return "UpdateInbox[" + dialect + "]";
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
