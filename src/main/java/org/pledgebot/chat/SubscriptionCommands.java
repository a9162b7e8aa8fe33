package org.pledgebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Subscriptions;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.Button;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Excerpt;
import org.pledgebot.message.Html;
import org.pledgebot.message.Keyboard;
import org.pledgebot.message.Say;
import org.pledgebot.search.PledgeSearch;

/**
 * The subscription part of the conversation: {@code /subscribe}, {@code /subscriptions},
 * {@code /unsubscribe}, {@code /forget} and their buttons ({@code s:}, {@code unsub:}, {@code f:}); the
 * unsubscribe button of an alert is the same as the one in the list.
 *
 * <p>In a group, whatever deletes what the group follows ({@code /unsubscribe N|all}, the
 * unsubscribe buttons, {@code /forget} and its buttons) is for the group's administrators only:
 * any member may add a subscription, as any member may ask a question.
 */
final class SubscriptionCommands {

  /** One chat may follow this many things; more would make alerts noise. */
  static final int MAX_SUBSCRIPTIONS = 50;

  /** A saved question is kept to this length. */
  static final int MAX_SAVED_QUESTION = 300;

  /** The words for "all" in {@code /unsubscribe all}, in any language. */
  private static final Set<String> ALL = Set.of("all", "tout", "tous", "todo", "todos", "todas");

  private final PledgeSearch search;
  private final ChatMemory memory;
  private final Subscriptions store;
  private final SubscriptionTopics topics;
  private final ChatAdmins admins;

  SubscriptionCommands(PledgeSearch search, ChatMemory memory, Subscriptions store, ChatAdmins admins) {
    this.search = search;
    this.memory = memory;
    this.store = store;
    this.topics = new SubscriptionTopics(search);
    this.admins = admins;
  }

  /** Whether the user may delete what this chat follows: anyone in a private chat, an administrator in a group. */
  private boolean mayDelete(Input in) {
    long user = in.userId();
    return in.chat().map(c -> !c.type().isGroup() || admins.isAdmin(c.id(), user)).orElse(false);
  }

  /** The answer to a button pressed by a group member who is no administrator. */
  private static Optional<Reply> refused(Input.Callback in, Lang lang) {
    return Optional.of(new Reply.AnswerCallback(in.callbackId(), Say.ADMINS_ONLY.in(lang)));
  }

  Reply subscribe(Input.Text in, String what, Lang lang) {
    long chat = in.chatId();
    if (what.isEmpty()) {
      List<Button> buttons = search.thesaurus().themes().stream()
          .map(t -> new Button(t.label(lang), "s:" + t.id())).toList();
      return new Reply.Send(chat, Say.SUBSCRIBE_PROMPT.in(lang), Keyboard.column(buttons));
    }
    String clipped = what.length() > MAX_SAVED_QUESTION ? Excerpt.clip(what, MAX_SAVED_QUESTION) : what;
    Lang questionLang = memory.language(chat).orElseGet(() -> search.languages().detect(clipped));
    List<Target> targets = topics.resolve(clipped, questionLang);
    if (targets.size() == 1 && targets.get(0) instanceof Target.Query query && !search.canMatch(query.text())) {
      return ChatEngine.send(chat, Say.SUBSCRIBE_NOTHING.in(lang, Html.escape(Excerpt.clip(what, ChatEngine.ECHO_CHARS))));
    }
    List<String> outcomes = new ArrayList<>();
    for (Target target : targets) {
      outcomes.add(subscribeTo(chat, in.chatType(), target, lang));
    }
    return ChatEngine.send(chat, String.join("\n", outcomes));
  }

  private String subscribeTo(long chat, ChatType type, Target target, Lang lang) {
    List<Subscription> existing = store.list(chat);
    if (existing.stream().anyMatch(s -> s.target().equals(target))) {
      return Say.ALREADY_SUBSCRIBED.in(lang, describe(target, lang));
    }
    if (existing.size() >= MAX_SUBSCRIPTIONS) {
      return Say.TOO_MANY_SUBSCRIPTIONS.in(lang, existing.size());
    }
    store.subscribe(chat, type, target, lang);
    return Say.SUBSCRIBED.in(lang, describe(target, lang));
  }

  /** How a subscription's target reads in a sentence, as escaped HTML. */
  private String describe(Target target, Lang lang) {
    if (target instanceof Target.Theme theme) {
      return Say.TARGET_THEME.in(lang, Html.escape(search.thesaurus().label(theme.themeId(), lang)));
    }
    if (target instanceof Target.Pledger pledger) {
      String name = search.pledgers().byId(pledger.pledgeId()).map(p -> p.name(lang)).orElse(pledger.pledgeId());
      return Say.TARGET_PLEDGER.in(lang, Html.escape(name));
    }
    return Say.TARGET_QUERY.in(lang, Html.escape(Excerpt.clip(((Target.Query) target).text(), ChatEngine.ECHO_CHARS)));
  }

  Reply list(long chat, Lang lang) {
    List<Subscription> list = store.list(chat);
    if (list.isEmpty()) {
      return ChatEngine.send(chat, Say.NO_SUBSCRIPTIONS.in(lang));
    }
    StringBuilder text = new StringBuilder(Say.SUBSCRIPTIONS_HEADER.in(lang));
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(describe(list.get(i).target(), lang));
      buttons.add(new Button(Say.UNSUBSCRIBE_BUTTON.in(lang, i + 1), AlertText.unsubscribeData(list.get(i).id())));
    }
    return new Reply.Send(chat, text.toString(), Keyboard.column(buttons));
  }

  Reply unsubscribe(Input.Text in, String arg, Lang lang) {
    long chat = in.chatId();
    if (!arg.isEmpty() && !mayDelete(in)) {
      return ChatEngine.send(chat, Say.ADMINS_ONLY.in(lang));
    }
    if (ALL.contains(arg.toLowerCase(Locale.ROOT))) {
      return ChatEngine.send(chat, Say.UNSUBSCRIBED_ALL.in(lang, store.unsubscribeAll(chat)));
    }
    if (arg.isEmpty()) {
      return ChatEngine.send(chat, Say.UNSUBSCRIBE_USAGE.in(lang));
    }
    List<Subscription> list = store.list(chat);
    int n = ChatEngine.offset(arg);
    if (n < 1 || n > list.size()) {
      return ChatEngine.send(chat, Say.NO_SUCH_SUBSCRIPTION.in(lang, Html.escape(Excerpt.clip(arg, 20))));
    }
    Subscription gone = list.get(n - 1);
    store.unsubscribe(chat, gone.id());
    return ChatEngine.send(chat, Say.UNSUBSCRIBED.in(lang, describe(gone.target(), lang)));
  }

  Optional<Reply> subscribePressed(Input.Callback in, String themeId, Lang lang) {
    if (search.thesaurus().theme(themeId).isEmpty()) {
      return Optional.empty();
    }
    String text = subscribeTo(in.chatId(), in.chatType(), new Target.Theme(themeId), lang);
    return Optional.of(new Reply.Edit(in.chatId(), in.messageId(), text, Keyboard.NONE));
  }

  Optional<Reply> unsubscribePressed(Input.Callback in, String id, Lang lang) {
    long subscriptionId;
    try {
      subscriptionId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!mayDelete(in)) {
      return refused(in, lang);
    }
    Optional<Subscription> gone =
        store.list(in.chatId()).stream().filter(s -> s.id() == subscriptionId).findFirst();
    if (gone.isEmpty() || !store.unsubscribe(in.chatId(), subscriptionId)) {
      return Optional.empty();
    }
    return Optional.of(ChatEngine.send(in.chatId(), Say.UNSUBSCRIBED.in(lang, describe(gone.get().target(), lang))));
  }

  Optional<Reply> forgetPressed(Input.Callback in, String answer, Lang lang) {
    if ((answer.equals("y") || answer.equals("n")) && !mayDelete(in)) {
      return refused(in, lang);
    }
    if (answer.equals("y")) {
      store.forget(in.chatId());
      return Optional.of(new Reply.Edit(in.chatId(), in.messageId(), Say.FORGOTTEN.in(lang), Keyboard.NONE));
    }
    if (answer.equals("n")) {
      return Optional.of(new Reply.Edit(in.chatId(), in.messageId(), Say.FORGET_CANCELLED.in(lang), Keyboard.NONE));
    }
    return Optional.empty();
  }

  Reply askToForget(Input.Text in, Lang lang) {
    long chat = in.chatId();
    if (!mayDelete(in)) {
      return ChatEngine.send(chat, Say.ADMINS_ONLY.in(lang));
    }
    Keyboard yesNo = new Keyboard(List.of(
        List.of(new Button(Say.FORGET_YES.in(lang), "f:y"), new Button(Say.FORGET_NO.in(lang), "f:n"))));
    return new Reply.Send(chat, Say.FORGET_CONFIRM.in(lang), yesNo);
  }
}
