package org.pledgebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/**
 * The {@link Store} contract on a real PostgreSQL server (one for the run, a database per test),
 * and what several instances sharing it need: each alert handed out once, the claims of a dead
 * instance back after the lease, and no password in any error or log line.
 */
@ExtendWith(PostgresServer.Resolver.class)
class StorePostgresTest extends StoreTest {

  private PostgresServer server;
  private PostgresConfig database;

  @BeforeEach
  void freshDatabase(PostgresServer server) {
    this.server = server;
    this.database = server.newDatabase();
  }

  @Override
  Backend backend() {
    return new Backend() {
      @Override
      public Store open(Clock clock) {
        return PostgresStore.open(database, clock);
      }

      @Override
      public Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user().orElseThrow(), "");
      }
    };
  }

  @Test
  void twoInstancesHandOutEveryAlertExactlyOnce() throws Exception {
    int alerts = 400;
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Store a = backend().open(Clock.fixed(t0, ZoneOffset.UTC)); Store b = backend().open()) {
      a.initialise(Map.of());
      List<NewAlert> queue = new ArrayList<>();
      for (long chat = 1; chat <= alerts; chat++) {
        Subscription s = a.subscribe(chat, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
        queue.add(new NewAlert(chat, s.id()));
      }
      assertEquals(alerts, a.recordNew("GB", "h", queue));

      Map<Long, Integer> handedOut = new ConcurrentHashMap<>();
      AtomicInteger collisions = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> workers = new ArrayList<>();
        for (Store instance : List.of(a, b, a, b)) { // two threads on each instance, as the pool allows
          workers.add(pool.submit(() -> {
            go.await();
            int mine = 0;
            for (List<QueuedAlert> batch = instance.due(t0, 7); !batch.isEmpty(); batch = instance.due(t0, 7)) {
              for (QueuedAlert alert : batch) {
                if (handedOut.merge(alert.id(), 1, Integer::sum) > 1) {
                  collisions.incrementAndGet();
                }
                instance.markSent(alert.id(), t0);
                mine++;
              }
            }
            return mine;
          }));
        }
        go.countDown();
        int total = 0;
        List<Integer> shares = new ArrayList<>();
        for (Future<Integer> worker : workers) {
          int share = worker.get(60, TimeUnit.SECONDS);
          shares.add(share);
          total += share;
        }
        assertEquals(0, collisions.get(), "an alert handed out twice");
        assertEquals(alerts, handedOut.size(), "every alert handed out");
        assertEquals(alerts, total);
        assertTrue(shares.stream().filter(n -> n > 0).count() >= 2, "both instances worked: " + shares);
        assertEquals(alerts, backend().inspect().alertCount(AlertRecord.Status.SENT));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theClaimsOfAnInstanceThatDiedComeBackAfterTheLease() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    Clock clock = Clock.fixed(t0, ZoneOffset.UTC);
    try (Store survivor = backend().open(clock)) {
      survivor.initialise(Map.of());
      List<NewAlert> queue = new ArrayList<>();
      for (long chat = 1; chat <= 5; chat++) {
        queue.add(new NewAlert(chat, survivor.subscribe(chat, ChatType.PRIVATE, new Target.Theme("t"), Lang.EN).id()));
      }
      survivor.recordNew("GB", "h", queue);
      List<Long> lost;
      try (Store dying = backend().open(clock)) {
        lost = dying.due(t0, 3).stream().map(QueuedAlert::id).toList(); // and never marks them
      }
      List<QueuedAlert> rest = survivor.due(t0, 10);
      assertEquals(List.of(4L, 5L), rest.stream().map(QueuedAlert::chatId).toList());
      rest.forEach(alert -> survivor.markSent(alert.id(), t0));
      assertEquals(List.of(), survivor.due(t0.plus(JdbcStore.LEASE).minusSeconds(1), 10));
      assertEquals(lost, survivor.due(t0.plus(JdbcStore.LEASE), 10).stream().map(QueuedAlert::id).toList(),
          "the dead instance's alerts come back once its lease is over");
    }
  }

  @Test
  void aWrongPasswordShowsInNoErrorAndNoLogLine() throws Exception {
    String wrong = "Wr0ng-pa55word-q8z";
    String url = server.url(database.url().substring(database.url().lastIndexOf('/') + 1));
    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    List<Throwable> failures = new ArrayList<>();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      failures.add(assertThrows(StoreException.class, () -> PostgresStore.open(
          new PostgresConfig(url, Optional.of(PostgresServer.PASSWORD_USER), Optional.of(wrong)))));
      failures.add(assertThrows(StoreException.class, () -> PostgresStore.open(PostgresConfig.of(
          url + "?ApplicationName=test&password=" + wrong, Optional.of(PostgresServer.PASSWORD_USER), Optional.empty()))));
    } finally {
      System.setErr(err);
    }
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertTrue(trace.toString().contains("password authentication failed"), trace.toString());
      assertFalse(trace.toString().contains(wrong), trace.toString());
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    assertFalse(log.contains(wrong), log);

    try (Store store = PostgresStore.open(
        new PostgresConfig(url, Optional.of(PostgresServer.PASSWORD_USER), Optional.of(PostgresServer.PASSWORD)))) {
      assertEquals(List.of(), store.list(1), "the right password opens it: the server did check");
    }
  }
}
