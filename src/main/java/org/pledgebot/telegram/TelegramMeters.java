package org.pledgebot.telegram;

import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * What the Telegram transport counts, as callbacks the wiring binds to its meters (so that this
 * package knows no metrics library and holds no registry).
 *
 * @param updateReceived an update arrived, by either transport, whatever becomes of it
 * @param replySent a message, an edit or an inline answer was delivered
 * @param rateLimited the Bot API answered 429, to any call
 */
public record TelegramMeters(Runnable updateReceived, Runnable replySent, Runnable rateLimited) {

  /** Counts nothing. */
  public static final TelegramMeters NONE = new TelegramMeters(() -> {}, () -> {}, () -> {});

  public TelegramMeters {
    Objects.requireNonNull(updateReceived, "updateReceived");
    Objects.requireNonNull(replySent, "replySent");
    Objects.requireNonNull(rateLimited, "rateLimited");
  }

  /** Counts the 429 answers of every call through the client it is added to, in one place. */
  Interceptor rateLimitCounter() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      if (response.code() == 429) {
        rateLimited.run();
      }
      return response;
    };
  }
}
