package org.pledgebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.pledgebot.base.Backoff;
import org.pledgebot.base.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The long-polling transport: TelegramBots' poller over {@link LenientGetUpdates}, each batch handed
 * to the pipeline in order. Telegram keeps an update until a later getUpdates confirms its offset,
 * so nothing here is durable: an update taken but not answered before a crash comes again.
 */
final class LongPolling implements Transport, LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

  private final String token;
  private final TelegramUrl url;
  /**
   * How long past the poll's own timeout a long poll's answer may take before the call fails and the
   * poller backs off and polls again: a connection that went dead without a reset (a network drop, a
   * server gone between accepting the connection and reading it) holds a poll this long at most.
   */
  static final Duration READ_MARGIN = Duration.ofSeconds(15);

  private final Duration pollTimeout;
  private final Backoff pollBackoff;
  private final OkHttpClient pollHttp;
  private final QuietStop quietStop;
  private final AtomicInteger lastAccepted = new AtomicInteger();

  private BotApi api;
  private UpdateDispatcher dispatcher;
  private ScheduledExecutorService poller;
  private TelegramBotsLongPollingApplication polling;

  /**
   * @param httpThreads runs the poll calls (and lets {@link QuietStop} stop waiting for them)
   * @param interceptors the bot's own, added after the quiet stop: redaction, counting
   */
  LongPolling(String token, TelegramUrl url, Duration pollTimeout, Backoff pollBackoff, ExecutorService httpThreads,
      List<Interceptor> interceptors) {
    this.token = token;
    this.url = url;
    this.pollTimeout = pollTimeout;
    this.pollBackoff = pollBackoff;
    this.quietStop = new QuietStop(httpThreads);
    OkHttpClient.Builder http = new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(httpThreads))
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(pollTimeout.plus(READ_MARGIN))
        .writeTimeout(Duration.ofSeconds(10))
        .addInterceptor(LongPolling::answerDeleteWebhookLocally)
        .addInterceptor(quietStop);
    interceptors.forEach(http::addInterceptor);
    this.pollHttp = http.build();
  }

  @Override
  public void start(BotApi api, UpdateDispatcher dispatcher)
      throws ApiCallException, TelegramApiException, InterruptedException {
    this.api = api;
    this.dispatcher = dispatcher;
    // getUpdates is refused while a webhook is set: remove one left by webhook mode, and only then,
    // so that polling instances restarting do not each make a needless call
    WebhookInfo info = api.call(new GetWebhookInfo(), "startup", BotApi.Pacing.NONE);
    if (info.getUrl() != null && !info.getUrl().isEmpty()) {
      api.call(new DeleteWebhook(), "startup", BotApi.Pacing.NONE);
      log.info("removed the webhook registered by webhook mode: polling instead");
    }
    poller = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-poll"));
    polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> poller,
        () -> new PollBackOff(pollBackoff));
    polling.registerBot(token, () -> url, LenientGetUpdates.generator(pollTimeout), this);
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      int id = update.getUpdateId() == null ? 0 : update.getUpdateId();
      Routing routing = dispatcher.route(update);
      if (!(routing instanceof Routing.Ignore)) {
        try {
          if (!dispatcher.dispatch(routing, () -> {})) {
            log.info("stopping: update {} and those after it left to Telegram", id);
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          log.info("stopping: update {} and those after it left to Telegram", id);
          return;
        }
      }
      lastAccepted.accumulateAndGet(id, Math::max);
    }
  }

  /** The id of the last update taken in hand, 0 before the first. */
  int lastAccepted() {
    return lastAccepted.get();
  }

  @Override
  public void stopIntake() {
    quietStop.stop(); // the poll in flight answers empty now instead of after the poll timeout
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.warn("stopping the poller: {}", api.redactor().describe(e));
      }
    }
    if (poller != null) {
      poller.shutdownNow();
    }
  }

  /**
   * Tells Telegram that the updates taken in hand are done, so that a restart does not answer them
   * twice; the poller would only have said so with its next getUpdates.
   */
  @Override
  public void drained() throws InterruptedException {
    int last = lastAccepted.get();
    if (last <= 0) {
      return;
    }
    try {
      api.once(new LenientGetUpdates(last + 1, 1, 0), "confirming updates up to " + last);
    } catch (ApiCallException e) {
      log.info("updates up to {} may be delivered again after a restart: {}", last, e.getMessage());
    }
  }

  @Override
  public void release() {
    if (poller != null) {
      poller.shutdownNow();
    }
    pollHttp.connectionPool().evictAll();
  }

  @Override
  public String mode() {
    return "polling";
  }

  /**
   * The library deletes the webhook each time it starts polling; {@link #start} has already done
   * so when one was set, so the library's call is answered here without reaching Telegram.
   */
  private static Response answerDeleteWebhookLocally(Interceptor.Chain chain) throws IOException {
    if (!chain.request().url().encodedPath().endsWith("/deleteWebhook")) {
      return chain.proceed(chain.request());
    }
    return LocalAnswer.ok(chain, "true");
  }
}
