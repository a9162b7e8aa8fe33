package org.pledgebot.ops;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.pledgebot.base.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance can serve: its index is loaded (it holds pledges) and its database
 * answers within a deadline. A load balancer reads it through {@code GET /healthz}. Only changes
 * are logged (a balancer asks every few seconds), never the failure's text.
 */
public final class Health implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Health.class);

  /** Asks the database something cheap; throws when it cannot answer. */
  @FunctionalInterface
  public interface Probe {
    void ping() throws Exception;
  }

  /**
   * One check.
   *
   * @param index pledges in the index, 0 when it is not loaded or empty
   * @param database whether the database answered in time
   */
  public record Report(int index, boolean database) {

    /** Serving: pledges to search and a database that answers. */
    public boolean up() {
      return index > 0 && database;
    }

    /** {@code {"status":"ok","index":N,"database":"ok"}}, or {@code unavailable} / {@code down}. */
    public String json() {
      return "{\"status\":\"" + (up() ? "ok" : "unavailable") + "\",\"index\":" + index + ",\"database\":\""
          + (database ? "ok" : "down") + "\"}";
    }
  }

  private final IntSupplier index;
  private final Probe database;
  private final Duration timeout;
  private final ExecutorService probes = Executors.newSingleThreadExecutor(Threads.daemon("health"));
  private Future<?> probe; // guarded by this
  private Boolean lastUp; // guarded by this

  /**
   * @param index the number of pledges in the index; a throw counts as not loaded
   * @param database the database probe, run with {@code timeout}
   */
  public Health(IntSupplier index, Probe database, Duration timeout) {
    this.index = index;
    this.database = database;
    this.timeout = timeout;
  }

  /** Checks now; a probe still hanging from an earlier check is waited for, not doubled. */
  public synchronized Report check() {
    int pledges;
    try {
      pledges = Math.max(0, index.getAsInt());
    } catch (RuntimeException e) {
      pledges = 0;
    }
    boolean answered = databaseAnswers();
    Report report = new Report(pledges, answered);
    if (lastUp == null || lastUp != report.up()) {
      if (report.up()) {
        log.info("healthy: {} pledges, database answers", pledges);
      } else {
        log.warn("unhealthy: {} pledges, database {}", pledges, answered ? "answers" : "does not answer");
      }
      lastUp = report.up();
    }
    return report;
  }

  private boolean databaseAnswers() {
    if (probe == null || probe.isDone()) {
      probe = probes.submit(() -> {
        database.ping();
        return null;
      });
    }
    try {
      probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    probes.shutdownNow();
  }
}
