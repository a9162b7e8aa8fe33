package org.pledgebot.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.pledgebot.base.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a bounded pool, one at a time and in submission order per queue key (a chat), and
 * concurrently across keys. Each key maps to the tail of its chain of pending tasks only while it
 * has some: an idle chat leaves nothing behind. The pool's queue holds at most one task per busy
 * chat, since a chat's next task is handed to the pool only when its previous one ended.
 */
final class ChatQueues {

  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
  private final ExecutorService pool;
  private final Executor guarded;
  private final Object idle = new Object();
  private int pending; // guarded by idle
  private volatile boolean closed;

  ChatQueues(int workers, String threadPrefix) {
    this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        Threads.daemon(threadPrefix));
    ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    // after a close that timed out, the chats' remaining tasks are dropped rather than thrown at
    // whichever thread completes their predecessor
    this.guarded = r -> {
      try {
        pool.execute(r);
      } catch (RejectedExecutionException e) {
        log.debug("closed: a queued chat task was dropped");
      }
    };
  }

  /**
   * Runs {@code task} after every task submitted before for {@code key}. A task that throws is
   * logged here and does not stop the ones after it.
   *
   * @return false when the queues are closed and the task was not taken
   */
  boolean submit(long key, Runnable task) {
    synchronized (idle) {
      if (closed) {
        return false;
      }
      pending++;
    }
    AtomicReference<CompletableFuture<Void>> created = new AtomicReference<>();
    tails.compute(key, (k, tail) -> {
      CompletableFuture<Void> next = (tail == null ? DONE : tail).handleAsync((ignored, error) -> {
        run(key, task);
        return null;
      }, guarded);
      created.set(next);
      return next;
    });
    CompletableFuture<Void> next = created.get();
    next.whenComplete((ignored, error) -> tails.remove(key, next));
    return true;
  }

  private void run(long key, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      log.error("task for chat {} failed", key, e);
    } finally {
      synchronized (idle) {
        if (--pending == 0) {
          idle.notifyAll();
        }
      }
    }
  }

  /** Chats with work pending or running. */
  int busyChats() {
    return tails.size();
  }

  /**
   * Takes no more tasks, waits up to {@code timeout} for those taken to finish, then interrupts
   * whatever still runs.
   *
   * @return the number of tasks that did not finish in time
   */
  int close(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int left;
    synchronized (idle) {
      closed = true;
      while (pending > 0) {
        long wait = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (wait <= 0) {
          break;
        }
        idle.wait(wait);
      }
      left = pending;
    }
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.SECONDS);
    return left;
  }
}
