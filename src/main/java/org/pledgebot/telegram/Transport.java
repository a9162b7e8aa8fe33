package org.pledgebot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Where updates come from: {@link LongPolling} or {@link WebhookTransport}. Both hand every update
 * to the same {@link UpdateDispatcher}; {@link TelegramBot} owns the pipeline and the order of
 * start and close.
 */
interface Transport {

  /**
   * Removes the other mode's registration if Telegram shows one, registers this one if needed,
   * and starts handing updates to {@code dispatcher}.
   */
  void start(BotApi api, UpdateDispatcher dispatcher)
      throws ApiCallException, TelegramApiException, InterruptedException;

  /** Takes no more updates; those already in the pipeline go on. */
  void stopIntake();

  /** The pipeline has finished (or given up on) what it took: confirm it where that is needed. */
  void drained() throws InterruptedException;

  /** Releases the transport's threads and connections; also after a failed start. */
  void release();

  /** For the log: {@code polling} or {@code webhook}. */
  String mode();
}
