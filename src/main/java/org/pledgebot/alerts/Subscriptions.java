package org.pledgebot.alerts;

import java.util.List;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/** The subscriptions of every chat, as the conversation engine manages them. */
public interface Subscriptions {

  /**
   * Subscribes {@code chatId} to {@code target}; subscribing twice to the same target returns the
   * first. {@code lang} is the language the user was answered in, which their alerts will use
   * unless they choose one with {@code /lang}.
   */
  Subscription subscribe(long chatId, ChatType chatType, Target target, Lang lang);

  /** The chat's subscriptions, oldest first. */
  List<Subscription> list(long chatId);

  /** Removes one of the chat's subscriptions; false when the chat has no such subscription. */
  boolean unsubscribe(long chatId, long subscriptionId);

  /** Removes all of the chat's subscriptions and returns how many there were. */
  int unsubscribeAll(long chatId);

  /** Deletes everything stored about the chat: language, subscriptions, pending alerts. */
  void forget(long chatId);
}
