package org.pledgebot.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.pledgebot.chat.AnswerFailure;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.Reply;
import org.pledgebot.pace.Throttle;
import org.pledgebot.telegram.ApiCallException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * The update pipeline both transports feed: maps an update ({@link UpdateMapper}), queues it on its
 * chat ({@link ChatQueues}), and there asks the chat handler and performs its replies
 * ({@link ReplyMapper}). A handler that throws is reported by {@link AnswerFailure}, which gives the
 * user its apology; a reply the API refuses is logged here with its chat; neither stops the chat's
 * queue. The transports ({@link LongPolling}, {@link WebhookTransport}) only say where updates come
 * from and when they are done.
 */
final class UpdateDispatcher {

  private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateMapper mapper;
  private final ChatHandler handler;
  private final BotApi api;
  private final Throttle throttle;
  private final ChatQueues queues;
  private final TelegramMeters meters;
  private final Semaphore inFlight;

  /**
   * @param maxInFlight updates taken but not yet answered; past it {@link #dispatch} waits, and so
   *     does the transport that called it
   */
  UpdateDispatcher(UpdateMapper mapper, ChatHandler handler, BotApi api, Throttle throttle, ChatQueues queues,
      int maxInFlight, TelegramMeters meters) {
    this.mapper = mapper;
    this.handler = handler;
    this.api = api;
    this.throttle = throttle;
    this.queues = queues;
    this.meters = meters;
    this.inFlight = new Semaphore(maxInFlight);
  }

  /**
   * What to do with {@code update}, counted as received. An update the mapper cannot read is
   * ignored with a warning, an update the bot does not act on with a debug line.
   */
  Routing route(Update update) {
    meters.updateReceived().run();
    int id = update.getUpdateId() == null ? 0 : update.getUpdateId();
    Routing routing;
    try {
      routing = mapper.route(update);
    } catch (RuntimeException e) {
      log.warn("update {} could not be mapped, skipped: {}", id, api.redactor().describe(e));
      return new Routing.Ignore("unmappable");
    }
    if (routing instanceof Routing.Ignore ignore) {
      log.debug("update {} ignored: {}", id, ignore.reason());
    }
    return routing;
  }

  /**
   * Queues {@code routing} on its chat, after every update queued there before; waits while
   * {@code maxInFlight} updates are pending. {@code whenDone} runs once it has been handled (its
   * replies performed, or given up), never when it was not taken.
   *
   * @return false when the pipeline is closing and the update was not taken
   */
  boolean dispatch(Routing routing, Runnable whenDone) throws InterruptedException {
    return dispatch(routing, () -> true, whenDone);
  }

  /**
   * As {@link #dispatch(Routing, Runnable)}, asking {@code stillOurs} when its turn comes: an
   * update that is no longer this instance's to handle (its lease ran out while it waited) is
   * skipped, and {@code whenDone} still runs.
   */
  boolean dispatch(Routing routing, BooleanSupplier stillOurs, Runnable whenDone) throws InterruptedException {
    long queue;
    if (routing instanceof Routing.Handle h) {
      queue = h.queue();
    } else if (routing instanceof Routing.Acknowledge a) {
      queue = a.queue();
    } else {
      whenDone.run();
      return true;
    }
    inFlight.acquire();
    boolean taken = queues.submit(queue, () -> {
      try {
        if (stillOurs.getAsBoolean()) {
          process(routing);
        }
      } finally {
        inFlight.release();
        whenDone.run();
      }
    });
    if (!taken) {
      inFlight.release();
    }
    return taken;
  }

  private void process(Routing routing) {
    try {
      if (routing instanceof Routing.Acknowledge ack) {
        perform(List.of(new Reply.AnswerCallback(ack.callbackId(), null)), null, null);
      } else if (routing instanceof Routing.Handle handle) {
        answer(handle);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.info("stopped before the answer in queue {} was complete",
          routing instanceof Routing.Handle h ? h.queue() : ((Routing.Acknowledge) routing).queue());
    }
  }

  private void answer(Routing.Handle handle) throws InterruptedException {
    Input input = handle.input();
    List<Reply> replies;
    try {
      replies = handler.handle(input);
      if (replies == null) {
        throw new IllegalStateException("chat handler returned null instead of a list");
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (Thread.currentThread().isInterrupted()) {
        // the bot is closing and cut the handler short: not the handler's failure
        log.info("closing: the answer to {} was cut short", AnswerFailure.describe(input));
        return;
      }
      replies = AnswerFailure.report(input, api.redactor().scrub(e));
      if (input instanceof Input.Inline inline) {
        apologizeInline(inline);
        return;
      }
    }
    perform(replies, input, handle.threadId());
  }

  /** Performs {@code replies} in order; a chat that turns out to be blocked gets none of the rest. */
  private void perform(List<Reply> replies, Input input, Integer threadId) throws InterruptedException {
    Set<Long> blocked = new HashSet<>();
    for (Reply reply : replies) {
      Long chatId = chatOf(reply);
      if (chatId != null && blocked.contains(chatId)) {
        continue;
      }
      try {
        execute(reply, input, threadId);
      } catch (ApiCallException e) {
        report(e, chatId);
        if (e.kind() == Kind.BLOCKED && chatId != null) {
          blocked.add(chatId);
        }
      }
    }
  }

  private void execute(Reply reply, Input input, Integer threadId) throws ApiCallException, InterruptedException {
    if (reply instanceof Reply.Send send) {
      boolean sameChat = chatOf(input).filter(c -> c.id() == send.chatId()).isPresent();
      api.call(ReplyMapper.send(send.chatId(), send.html(), send.keyboard(), sameChat ? threadId : null),
          "chat " + send.chatId(), pacer(send.chatId(), input));
      meters.replySent().run();
    } else if (reply instanceof Reply.Edit edit) {
      api.call(ReplyMapper.edit(edit), "chat " + edit.chatId(), pacer(edit.chatId(), input));
      meters.replySent().run();
    } else if (reply instanceof Reply.AnswerCallback answer) {
      api.call(ReplyMapper.answer(answer), "callback " + answer.callbackId(), BotApi.Pacing.NONE);
    } else if (reply instanceof Reply.AnswerInline answer) {
      api.call(ReplyMapper.inline(answer), "inline query " + answer.queryId(), BotApi.Pacing.NONE);
      meters.replySent().run();
    }
  }

  private BotApi.Pacing pacer(long chatId, Input input) {
    boolean group = chatOf(input).filter(c -> c.id() == chatId).map(c -> c.type().isGroup()).orElse(chatId < 0);
    return BotApi.Pacing.of(throttle, chatId, group, Throttle.Priority.ANSWER);
  }

  /** An empty inline answer with the apology as its button, which opens a private chat on /start help. */
  private void apologizeInline(Input.Inline inline) throws InterruptedException {
    AnswerInlineQuery answer = AnswerInlineQuery.builder()
        .inlineQueryId(inline.queryId())
        .results(List.of())
        .cacheTime(0)
        .isPersonal(true)
        .button(InlineQueryResultsButton.builder()
            .text(AnswerFailure.shortText(inline.languageCode()))
            .startParameter("help")
            .build())
        .build();
    try {
      api.call(answer, "inline query " + inline.queryId(), BotApi.Pacing.NONE);
    } catch (ApiCallException e) {
      report(e, null);
    }
  }

  /** The one place where a reply that could not be delivered is logged. */
  private static void report(ApiCallException e, Long chatId) {
    switch (e.kind()) {
      case BLOCKED -> log.info("chat {} does not accept messages from the bot: {}", chatId, e.getMessage());
      case REJECTED -> {
        if (e.description() != null && e.description().contains("message is not modified")) {
          log.debug("{}", e.getMessage()); // the same page asked for twice: nothing to change
        } else {
          log.warn("dropped: {}", e.getMessage());
        }
      }
      case RATE_LIMITED, TRANSIENT -> log.warn("given up after retries: {}", e.getMessage());
    }
  }

  private static Long chatOf(Reply reply) {
    if (reply instanceof Reply.Send send) {
      return send.chatId();
    }
    if (reply instanceof Reply.Edit edit) {
      return edit.chatId();
    }
    return null;
  }

  /** The chat {@code input} was written in; empty for none (no input, or an inline query). */
  private static Optional<Input.Chat> chatOf(Input input) {
    return input == null ? Optional.empty() : input.chat();
  }
}
