package org.pledgebot.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.pledgebot.alerts.ForwardingOutbox;
import org.pledgebot.alerts.ForwardingPledgeLedger;
import org.pledgebot.alerts.Outbox.Outcome;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.Input;
import org.pledgebot.telegram.TelegramMeters;

/**
 * The running bot's meters, in one registry made here and scraped by {@code GET /metrics}: the
 * parts are measured through decorators of their ports and the callbacks they take, so that none
 * of them knows the metrics library.
 */
final class Metrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter updates = counter("pledgebot.updates.received", "updates received from Telegram, either transport");
  private final Counter replies = counter("pledgebot.replies.sent", "messages, edits and inline answers delivered");
  private final Counter rateLimited = counter("pledgebot.telegram.rate.limited", "429 answers from the Bot API");
  private final Counter queued = counter("pledgebot.alerts.queued", "alerts queued for new pledges");
  private final Counter sent = counter("pledgebot.alerts.sent", "alerts delivered");
  private final Counter dropped = counter("pledgebot.alerts.dropped", "alerts given up (blocked chat, refused, too many tries)");
  private final Timer questions = Timer.builder("pledgebot.search")
      .description("time to answer a question or an inline query: the search and its cards")
      .publishPercentiles(0.5, 0.99)
      .register(registry);

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }

  /** The Prometheus text of every meter. */
  String scrape() {
    return registry.scrape();
  }

  /** The Telegram transport's callbacks. */
  TelegramMeters telegram() {
    return new TelegramMeters(updates::increment, replies::increment, rateLimited::increment);
  }

  /** The outbox's depth, read at each scrape through {@code depth}; NaN while it cannot say. */
  void outboxDepth(Supplier<OptionalLong> depth) {
    Gauge.builder("pledgebot.outbox.depth", depth, d -> {
      OptionalLong n = d.get();
      return n.isPresent() ? n.getAsLong() : Double.NaN;
    })
        .description("alerts waiting to be sent")
        .strongReference(true) // the registry holds gauges weakly: the lambda would be collected
        .register(registry);
  }

  /** {@code handler}, timing its answers to questions (commands and presses are not searches). */
  ChatHandler timed(ChatHandler handler) {
    return input -> {
      boolean question = input instanceof Input.Inline
          || input instanceof Input.Text text && text.text() != null && !text.text().strip().startsWith("/");
      return question ? questions.record(() -> handler.handle(input)) : handler.handle(input);
    };
  }

  /** {@code outbox}, counting the alerts sent and dropped. */
  Outbox counted(Outbox outbox) {
    return new ForwardingOutbox(outbox) {
      /** Sent: one per sent outcome; dropped: every other alert the group changed (a blocked chat drops all its pending). */
      @Override
      public int record(List<Outcome> outcomes) {
        int changed = super.record(outcomes);
        long sentNow = outcomes.stream().filter(o -> o.kind() == Outcome.Kind.SENT).count();
        long later = outcomes.stream().filter(o -> o.kind() == Outcome.Kind.LATER).count();
        sent.increment(sentNow);
        dropped.increment(Math.max(0, changed - sentNow - later));
        return changed;
      }
    };
  }

  /** {@code ledger}, counting the alerts queued. */
  PledgeLedger counted(PledgeLedger ledger) {
    return new ForwardingPledgeLedger(ledger) {
      @Override
      public int recordNew(String pledgeId, String contentHash, List<NewAlert> alerts) {
        int n = super.recordNew(pledgeId, contentHash, alerts);
        queued.increment(n);
        return n;
      }
    };
  }
}
