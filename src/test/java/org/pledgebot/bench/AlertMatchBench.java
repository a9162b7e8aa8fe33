package org.pledgebot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.pledgebot.alerts.ForwardingPledgeLedger;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.alerts.SavedQueries;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.store.AlertRecord;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresServer;
import org.pledgebot.store.PostgresStore;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;

/**
 * Alert matching on the real path: one new pledge offered to {@link NewPledges} over a store
 * ({@link SqliteStore} by default, {@link PostgresStore} with {@code --database postgresql}, on an
 * embedded PostgreSQL server started for the run) that holds 100,000 subscriptions of many chats. Each offer reads the candidate
 * subscriptions, matches them ({@code SubscriptionMatcher}, {@link SavedQueries} over
 * {@link PledgeMatcher}) and writes the seen row and the outbox rows in one transaction. A
 * different new pledge every time, so the outbox grows by each pledge's alerts, as in production.
 *
 * <p>The store is timed through a decorating {@link PledgeLedger}, which splits every offer into
 * the candidate read, the matching in between, and the write. The very first offer after the
 * store is opened compiles every saved question: it is reported apart (cold), and once more on a
 * warm JVM with an empty question cache (a restart without the JIT's cold start).
 *
 * <p>The subscriptions are written straight into the store's database in one transaction, as rows
 * {@link Store#subscribe} would write, because 100,000 separate durable commits would take
 * minutes and are not what is measured. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx1g -cp %classpath org.pledgebot.bench.AlertMatchBench"
 * </pre>
 *
 * Options: {@code --database sqlite} (or {@code postgresql}), {@code --subscriptions 100000}, {@code --chats 25000}, {@code --warmup 30} and
 * {@code --pledges 200} (offers not measured, then measured), {@code --seed 7}.
 */
public final class AlertMatchBench {

  private static final String[] PREFIXES = {"", "alert me about ", "tell me when someone offers ",
      "nouveaux engagements sur ", "préviens-moi pour ", "who else does ", "any news on "};

  private AlertMatchBench() {}

  /**
   * Where the outbox write of a pledge goes on PostgreSQL: EXPLAIN ANALYZE of queuing one alert per
   * chat that follows the first theme (the insert's shape, its indexes), in a transaction rolled
   * back; twice as the schema is, and twice with the foreign keys the outbox had before V8 put
   * back (NOT VALID: checked on insert only), alternately, so that both see the same load.
   */
  private static void explainOutboxInsert(Connector connector) throws Exception {
    for (int round = 0; round < 4; round++) {
      boolean withKeys = round % 2 == 1;
      try (Connection c = connector.connect()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          if (withKeys) {
            s.execute("ALTER TABLE outbox ADD FOREIGN KEY (chat_id) REFERENCES chats (id) ON DELETE CASCADE NOT VALID, "
                + "ADD FOREIGN KEY (pledge_id) REFERENCES seen_pledges (pledge_id) NOT VALID, "
                + "ADD FOREIGN KEY (subscription_id) REFERENCES subscriptions (id) ON DELETE SET NULL NOT VALID");
          }
          s.executeUpdate("INSERT INTO seen_pledges (pledge_id, content_hash, first_seen, updated) VALUES ('explain', 'x', 0, 0)");
          try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) INSERT INTO outbox "
              + "(chat_id, pledge_id, subscription_id, next_attempt, created) "
              + "SELECT s.chat_id, 'explain', s.id, 0, 0 FROM (SELECT array_agg(id) AS subs, array_agg(chat_id) AS chats "
              + "FROM (SELECT DISTINCT ON (chat_id) id, chat_id FROM subscriptions WHERE kind = 'theme' ORDER BY chat_id, id) d) x, "
              + "unnest(x.subs, x.chats) WITH ORDINALITY AS a(sub, chat, n) "
              + "JOIN subscriptions s ON s.id = a.sub AND s.chat_id = a.chat JOIN chats c ON c.id = s.chat_id "
              + "WHERE c.active = 1 ORDER BY a.n ON CONFLICT (chat_id, pledge_id) DO NOTHING")) {
            System.out.println("EXPLAIN of the outbox insert, " + (withKeys ? "with the foreign keys before V8:" : "as the schema is:"));
            while (r.next()) {
              String line = r.getString(1);
              if (!line.startsWith(" ") || line.contains("Insert on") || line.contains("Subquery Scan")) {
                System.out.println("  " + line);
              }
            }
          }
        } finally {
          c.rollback();
        }
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    int subscriptions = Integer.parseInt(opts.getOrDefault("subscriptions", "100000"));
    int chats = Integer.parseInt(opts.getOrDefault("chats", "25000"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "30"));
    int measured = Integer.parseInt(opts.getOrDefault("pledges", "200"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
    String database = opts.getOrDefault("database", "sqlite");

    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    List<Pledge> incoming = Synthetic.corpus(shipped, 3 + warmup + measured).pledges();
    Path dir = Files.createTempDirectory("alert-match-bench");
    Path file = dir.resolve("pledgebot.db");
    PostgresServer postgres = null;
    Supplier<Store> opener;
    Connector connector;
    StoreInspector inspect;
    switch (database) {
      case "sqlite" -> {
        opener = () -> SqliteStore.open(file);
        connector = () -> DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        inspect = new StoreInspector(file);
      }
      case "postgresql" -> {
        postgres = PostgresServer.start();
        PostgresConfig config = postgres.newDatabase();
        opener = () -> PostgresStore.open(config);
        connector = () -> DriverManager.getConnection(config.url(), config.user().orElse(null), null);
        inspect = new StoreInspector(config);
      }
      default -> throw new IllegalArgumentException("--database " + database + ": expected sqlite or postgresql");
    }
    opener.get().close(); // creates the schema

    long t0 = System.nanoTime();
    Population population = populate(connector, shipped, thesaurus, subscriptions, chats, new Random(seed));
    System.out.printf(Locale.ROOT, "populated %s in %.1f s: %s%n", database, (System.nanoTime() - t0) / 1e9,
        population);

    try (Store store = opener.get()) {
      TimedLedger ledger = new TimedLedger(store);
      NewPledges news = new NewPledges(ledger, new SavedQueries(new PledgeMatcher(thesaurus)), () -> { });
      news.synced(shipped); // the first start: the shipped pledges are seen, nobody alerted
      int next = 0;

      Sample cold = offer(news, ledger, incoming.get(next++));
      System.out.println("cold, first pledge after start (JVM and question cache cold): " + cold);

      for (int i = 0; i < warmup; i++) {
        offer(news, ledger, incoming.get(next++));
      }
      long outboxBefore = inspect.alertCount(AlertRecord.Status.PENDING);
      List<Sample> samples = new ArrayList<>();
      for (int i = 0; i < measured; i++) {
        samples.add(offer(news, ledger, incoming.get(next++)));
      }

      // a restart on a warm JVM: a fresh question cache, the JIT's work kept
      NewPledges restarted = new NewPledges(ledger, new SavedQueries(new PledgeMatcher(thesaurus)), () -> { });
      restarted.synced(shipped);
      Sample recompiled = offer(restarted, ledger, incoming.get(next++));

      // a restart as the bot does it: the saved questions compiled before the first pledge
      SavedQueries warmed = new SavedQueries(new PledgeMatcher(thesaurus));
      long w0 = System.nanoTime();
      int compiled = warmed.warm(store.questions());
      System.out.printf(Locale.ROOT, "warming: %d saved questions compiled in %.1f ms%n", compiled,
          (System.nanoTime() - w0) / 1e6);
      NewPledges warmedNews = new NewPledges(ledger, warmed, () -> { });
      warmedNews.synced(shipped);
      Sample afterWarming = offer(warmedNews, ledger, incoming.get(next++));

      report(samples, outboxBefore, cold, recompiled, inspect, warmup);
      if (database.equals("postgresql") && Boolean.parseBoolean(opts.getOrDefault("explain", "false"))) {
        explainOutboxInsert(connector);
      }
      System.out.println("first pledge after warming, JVM warm:   " + afterWarming);
    } finally {
      for (String name : new String[] {"pledgebot.db-wal", "pledgebot.db-shm", "pledgebot.db"}) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Files.deleteIfExists(dir);
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** A plain connection to the bench's database, beside the store's. */
  private interface Connector {
    Connection connect() throws SQLException;
  }

  /** What was written into the store. */
  record Population(int chats, int groups, int themes, int pledgers, int queries, int distinctQuestions) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d chats (%d groups), %d subscriptions: %d theme, %d pledger, %d query"
          + " (%d distinct questions)", chats, groups, themes + pledgers + queries, themes, pledgers, queries,
          distinctQuestions);
    }
  }

  /**
   * Chats 1..{@code chats} (every twentieth a group, with a negative id), each subscription to a
   * chat drawn at random: 50% themes, 10% pledgers, 40% questions from the relevance set with a
   * prefix and, half the time, an invented word, so that there are many distinct questions.
   */
  private static Population populate(Connector connector, Corpus shipped, Thesaurus thesaurus, int total, int chats,
      Random random) throws Exception {
    List<String> themeIds = thesaurus.ids();
    List<String> pledgeIds = shipped.pledges().stream().map(Pledge::id).toList();
    List<Synthetic.Typed> questions = Synthetic.typedQuestions();
    long created = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    long[] chatIds = new long[chats];
    String[] chatLangs = new String[chats];
    int groups = 0;
    try (Connection c = connector.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO chats (id, type, language, active, created) VALUES (?, ?, ?, 1, ?)")) {
        for (int i = 0; i < chats; i++) {
          boolean group = i % 20 == 19;
          groups += group ? 1 : 0;
          chatIds[i] = group ? -1_000_000_000_000L - i : i + 1;
          int l = random.nextInt(10);
          chatLangs[i] = l < 6 ? "en" : l < 9 ? "fr" : null;
          s.setLong(1, chatIds[i]);
          s.setString(2, group ? "supergroup" : "private");
          s.setString(3, chatLangs[i]);
          s.setLong(4, created);
          s.addBatch();
        }
        s.executeBatch();
      }
      int themes = 0;
      int pledgers = 0;
      int queries = 0;
      Set<String> targets = new HashSet<>();
      Set<String> distinct = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO subscriptions (chat_id, kind, value, lang, created) VALUES (?, ?, ?, ?, ?)")) {
        while (themes + pledgers + queries < total) {
          int chat = random.nextInt(chats);
          String lang = chatLangs[chat] != null ? chatLangs[chat] : "en";
          double kind = random.nextDouble();
          String k;
          String value;
          if (kind < 0.5) {
            k = "theme";
            value = themeIds.get(random.nextInt(themeIds.size()));
          } else if (kind < 0.6) {
            k = "pledger";
            value = pledgeIds.get(random.nextInt(pledgeIds.size()));
          } else {
            k = "query";
            Synthetic.Typed q = questions.get(random.nextInt(questions.size()));
            value = PREFIXES[random.nextInt(PREFIXES.length)] + q.text();
            if (random.nextBoolean()) {
              value += " " + Synthetic.word(random, 3);
            }
            value = value.strip().replaceAll("\\s+", " "); // as Store.subscribe normalises it
            lang = q.lang().code();
          }
          if (!targets.add(chatIds[chat] + "\u001f" + k + "\u001f" + value + "\u001f" + (k.equals("query") ? lang : ""))) {
            continue; // the chat has this subscription already
          }
          switch (k) {
            case "theme" -> themes++;
            case "pledger" -> pledgers++;
            default -> {
              queries++;
              distinct.add(lang + "\u001f" + value);
            }
          }
          s.setLong(1, chatIds[chat]);
          s.setString(2, k);
          s.setString(3, value);
          s.setString(4, lang);
          s.setLong(5, created++);
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
      return new Population(chats, groups, themes, pledgers, queries, distinct.size());
    }
  }

  /** One offer, split into its parts; nanoseconds. */
  record Sample(long total, long read, long match, long write, int candidates, int alerts) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "total %.1f ms = read %.1f + match %.1f + write %.1f; %d candidates, %d alerts",
          total / 1e6, read / 1e6, match / 1e6, write / 1e6, candidates, alerts);
    }
  }

  private static Sample offer(NewPledges news, TimedLedger ledger, Pledge pledge) {
    long start = System.nanoTime();
    NewPledges.Outcome outcome = news.offer(pledge);
    long end = System.nanoTime();
    if (outcome.change() != NewPledges.Change.NEW) {
      throw new IllegalStateException(pledge.id() + " was not new: " + outcome);
    }
    return new Sample(end - start, ledger.readEnd - ledger.readStart, ledger.writeStart - ledger.readEnd,
        ledger.writeEnd - ledger.writeStart, ledger.candidates, outcome.alertsQueued());
  }

  private static double pct(List<Sample> samples, ToLongFunction<Sample> part, double p) {
    long[] sorted = samples.stream().mapToLong(part).sorted().toArray();
    return Percentiles.ms(Percentiles.of(sorted, p));
  }

  private static void report(List<Sample> samples, long outboxBefore, Sample cold, Sample recompiled,
      StoreInspector inspect, int warmup) {
    long[] total = samples.stream().mapToLong(Sample::total).toArray();
    long[] read = samples.stream().mapToLong(Sample::read).toArray();
    long[] match = samples.stream().mapToLong(Sample::match).toArray();
    long[] readAndMatch = samples.stream().mapToLong(s -> s.read() + s.match()).toArray();
    long[] write = samples.stream().mapToLong(Sample::write).toArray();
    int[] alerts = samples.stream().mapToInt(Sample::alerts).sorted().toArray();
    int[] candidates = samples.stream().mapToInt(Sample::candidates).sorted().toArray();
    System.out.println();
    System.out.printf(Locale.ROOT, "%d pledges measured after %d warm-up offers (ms):%n", samples.size(), warmup);
    System.out.println("  offer() end to end      " + Percentiles.summary(total));
    System.out.println("  read + match (no write) " + Percentiles.summary(readAndMatch));
    System.out.println("    read candidates       " + Percentiles.summary(read));
    System.out.println("    match                 " + Percentiles.summary(match));
    System.out.println("  write seen + outbox     " + Percentiles.summary(write));
    System.out.printf(Locale.ROOT, "candidates per pledge: min %d, median %d, max %d%n",
        candidates[0], candidates[candidates.length / 2], candidates[candidates.length - 1]);
    System.out.printf(Locale.ROOT, "alerts queued per pledge: min %d, median %d, mean %.0f, max %d%n",
        alerts[0], alerts[alerts.length / 2], Arrays.stream(alerts).average().orElse(0), alerts[alerts.length - 1]);
    System.out.printf(Locale.ROOT, "outbox at the end: %d pending rows%n",
        inspect.alertCount(AlertRecord.Status.PENDING));
    // the write inserts into outbox indexes that grow with every pledge: show its cost as they grow
    System.out.println("by quarter of the run, as the outbox grows (ms):");
    int quarter = Math.max(1, samples.size() / 4);
    long before = outboxBefore;
    for (int from = 0; from < samples.size(); from += quarter) {
      List<Sample> part = samples.subList(from, Math.min(samples.size(), from + quarter));
      long after = before + part.stream().mapToLong(Sample::alerts).sum();
      System.out.printf(Locale.ROOT, "  outbox %,9d to %,9d rows: offer p50 %6.1f p99 %6.1f, write p50 %6.1f p99 %6.1f%n",
          before, after, pct(part, Sample::total, 50), pct(part, Sample::total, 99),
          pct(part, Sample::write, 50), pct(part, Sample::write, 99));
      before = after;
    }
    System.out.println("cold, first pledge after start:         " + cold);
    System.out.println("question cache cold again, JVM warm:    " + recompiled);
  }

  /** The store, with the time of each call NewPledges makes during an offer. */
  private static final class TimedLedger extends ForwardingPledgeLedger {

    long readStart;
    long readEnd;
    long writeStart;
    long writeEnd;
    int candidates;

    TimedLedger(Store store) {
      super(store);
    }

    @Override
    public List<Subscription> candidates(String pledgeId, Collection<String> themes) {
      readStart = System.nanoTime();
      List<Subscription> out = super.candidates(pledgeId, themes);
      readEnd = System.nanoTime();
      candidates = out.size();
      return out;
    }

    @Override
    public int recordNew(String pledgeId, String contentHash, List<NewAlert> alerts) {
      writeStart = System.nanoTime();
      int queued = super.recordNew(pledgeId, contentHash, alerts);
      writeEnd = System.nanoTime();
      return queued;
    }
  }
}
