package org.pledgebot.telegram;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Ends the poller's long getUpdates call at once when the bot closes, with an empty answer.
 * Cancelling the call would do it too, but the library logs a cancelled getUpdates as an error
 * with a stack trace; an empty answer lets it stop quietly. The real call is left to finish on its
 * own (within the poll timeout) and its answer is dropped: Telegram keeps the updates it carried,
 * since their offset was never confirmed, and delivers them again to the next run.
 */
final class QuietStop implements Interceptor {

  private final ExecutorService calls;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();

  /** @param calls runs the real calls, so that this thread can stop waiting for them */
  QuietStop(ExecutorService calls) {
    this.calls = calls;
  }

  /** Makes every call in flight, and every later one, answer empty at once. */
  void stop() {
    stopped.complete(null);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (stopped.isDone()) {
      return empty(chain);
    }
    CompletableFuture<Response> real = CompletableFuture.supplyAsync(() -> {
      try {
        return chain.proceed(chain.request());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, calls);
    try {
      CompletableFuture.anyOf(real, stopped).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the real call failed: reported below
    }
    if (!real.isDone()) {
      real.thenAccept(Response::close);
      return empty(chain);
    }
    try {
      return real.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return empty(chain);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause);
    }
  }

  /** The answer of a getUpdates call that brought nothing. */
  private static Response empty(Chain chain) {
    return LocalAnswer.ok(chain, "[]");
  }
}
