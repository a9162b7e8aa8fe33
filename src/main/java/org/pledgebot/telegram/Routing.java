package org.pledgebot.telegram;

import org.pledgebot.chat.Input;

/** What to do with one update, decided by {@link UpdateMapper}. */
sealed interface Routing permits Routing.Handle, Routing.Acknowledge, Routing.Ignore {

  /**
   * Give the input to the chat handler, after every earlier input of the same queue.
   *
   * @param queue the serial queue: the chat for messages and presses, the user for inline queries
   * @param input what the user did
   * @param threadId the forum topic the message was written in, or null, so that answers go there too
   */
  record Handle(long queue, Input input, Integer threadId) implements Routing {}

  /**
   * A button press the handler cannot act on (no message to edit): only stop its spinner.
   *
   * @param queue the serial queue, the presser's user id
   * @param callbackId the press to acknowledge
   */
  record Acknowledge(long queue, String callbackId) implements Routing {}

  /**
   * Nothing to do.
   *
   * @param reason why, for the debug log
   */
  record Ignore(String reason) implements Routing {}
}
