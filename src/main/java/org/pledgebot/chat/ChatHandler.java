package org.pledgebot.chat;

import java.util.List;

/**
 * The conversation as transports see it: one input in, the replies to perform out, in order.
 * Implementations never throw for anything a user can type or press.
 */
public interface ChatHandler {

  /** The replies to {@code input}, possibly none (for input the bot ignores). */
  List<Reply> handle(Input input);
}
