package org.pledgebot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pledgebot.pace.Throttle;
import org.pledgebot.telegram.ApiCallException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API as the transport uses it: one call at a time, every failure turned into an
 * {@link ApiCallException} that says whether to retry, and an optional retry loop that honours
 * {@code retry_after} and backs off exponentially on server and network errors.
 */
final class BotApi {

  private static final Logger log = LoggerFactory.getLogger(BotApi.class);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  /** Paces the tries of one call: the throttle of the message-sending calls. */
  interface Pacing {
    /** Blocks until the next try may go out. */
    void beforeAttempt() throws InterruptedException;

    /** The try got an answer (or gave up waiting for one). */
    default void afterAttempt() {}

    /** Telegram answered 429 for this call. */
    void rateLimited(Duration retryAfter);

    /** For calls that send no message: no pacing. */
    Pacing NONE =
        new Pacing() {
          @Override
          public void beforeAttempt() {}

          @Override
          public void rateLimited(Duration retryAfter) {}
        };

    /** Paces with {@code throttle} for the chat {@code chatId}. */
    static Pacing of(Throttle throttle, long chatId, boolean group, Throttle.Priority priority) {
      return new Pacing() {
        @Override
        public void beforeAttempt() throws InterruptedException {
          throttle.acquire(chatId, group, priority);
        }

        @Override
        public void afterAttempt() {
          throttle.sent(chatId, group);
        }

        @Override
        public void rateLimited(Duration retryAfter) {
          throttle.backOff(chatId, retryAfter);
        }
      };
    }
  }

  private final TelegramClient client;
  private final Redactor redactor;
  private final RetryPolicy retry;
  private final Duration deadline;

  /**
   * @param deadline how long one call may take, getUpdates aside (its long-poll timeout plus
   *     {@link #POLL_MARGIN}); past it the call is a transient failure
   */
  BotApi(TelegramClient client, Redactor redactor, RetryPolicy retry, Duration deadline) {
    this.client = client;
    this.redactor = redactor;
    this.retry = retry;
    this.deadline = deadline;
  }

  /** What a getUpdates may take beyond the long-poll timeout it asks Telegram for. */
  static final Duration POLL_MARGIN = Duration.ofSeconds(15);

  /** How long {@code method} may take: its long-poll timeout and a margin for getUpdates, else the deadline. */
  Duration deadline(BotApiMethod<?> method) {
    if (method instanceof GetUpdates poll && poll.getTimeout() != null) {
      return Duration.ofSeconds(Math.max(0, poll.getTimeout())).plus(POLL_MARGIN);
    }
    return deadline;
  }

  Redactor redactor() {
    return redactor;
  }

  /**
   * One try of {@code method}, waited for at most {@link #deadline(BotApiMethod)}: a call that gets
   * no answer by then is a transient failure, so no caller waits for ever.
   *
   * @param context what the call is for, e.g. {@code chat 42}, for the error message
   */
  <T extends Serializable> T once(BotApiMethod<T> method, String context)
      throws ApiCallException, InterruptedException {
    CompletableFuture<T> pending;
    try {
      pending = client.executeAsync(method);
    } catch (TelegramApiException | RuntimeException e) {
      throw classify(e, method.getMethod(), context);
    }
    Duration limit = deadline(method);
    try {
      return pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw classify(e.getCause(), method.getMethod(), context);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new ApiCallException(Kind.TRANSIENT, method.getMethod(), context, null,
          "no answer within " + limit.toMillis() + " ms", Duration.ZERO);
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    }
  }

  /**
   * {@code method} tried up to {@link RetryPolicy#attempts()} times: after a 429 it waits the
   * {@code retry_after} Telegram gave, after a 5xx or a network error it waits exponentially longer;
   * a 403 or a 400 ends it at once.
   */
  <T extends Serializable> T call(BotApiMethod<T> method, String context, Pacing pacer)
      throws ApiCallException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      pacer.beforeAttempt();
      try {
        T result = once(method, context);
        pacer.afterAttempt();
        return result;
      } catch (ApiCallException e) {
        pacer.afterAttempt();
        if (e.kind() == Kind.RATE_LIMITED) {
          pacer.rateLimited(e.retryAfter());
        }
        Duration wait = switch (e.kind()) {
          case RATE_LIMITED -> e.retryAfter().compareTo(retry.maxRetryAfter()) > 0 ? null : e.retryAfter();
          case TRANSIENT -> retry.delay(attempt);
          case BLOCKED, REJECTED -> null;
        };
        if (wait == null || attempt >= retry.attempts()) {
          throw e;
        }
        log.debug("{}; try {} of {} in {} ms", e.getMessage(), attempt + 1, retry.attempts(), wait.toMillis());
        Thread.sleep(wait.toMillis());
      }
    }
  }

  /** What the caller should make of {@code failure}, with a message free of the token. */
  ApiCallException classify(Throwable failure, String method, String context) {
    Throwable e = failure;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof TelegramApiValidationException) {
      return new ApiCallException(Kind.REJECTED, method, context, null, redactor.redact(e.getMessage()), Duration.ZERO);
    }
    if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
      int code = request.getErrorCode();
      String description = redactor.redact(request.getApiResponse());
      if (code == 429) {
        return new ApiCallException(Kind.RATE_LIMITED, method, context, code, description, retryAfter(request));
      }
      Kind kind = code == 403 ? Kind.BLOCKED : code >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
      return new ApiCallException(kind, method, context, code, description, Duration.ZERO);
    }
    if (e instanceof TelegramApiException || e instanceof IOException) {
      // no answer, or one that could not be read (a proxy's HTML error page): the network's fault
      return new ApiCallException(Kind.TRANSIENT, method, context, null, redactor.describe(e), Duration.ZERO);
    }
    return new ApiCallException(Kind.REJECTED, method, context, null, redactor.describe(e), Duration.ZERO);
  }

  private static Duration retryAfter(TelegramApiRequestException e) {
    ResponseParameters parameters = e.getParameters();
    if (parameters == null || parameters.getRetryAfter() == null || parameters.getRetryAfter() < 0) {
      return DEFAULT_RETRY_AFTER;
    }
    return Duration.ofSeconds(parameters.getRetryAfter());
  }
}
