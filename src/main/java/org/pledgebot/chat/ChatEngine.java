package org.pledgebot.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pledgebot.alerts.Subscriptions;
import org.pledgebot.base.Text;
import org.pledgebot.chat.Listings.Entry;
import org.pledgebot.chat.Listings.Listing;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.message.Button;
import org.pledgebot.message.Excerpt;
import org.pledgebot.message.Html;
import org.pledgebot.message.Keyboard;
import org.pledgebot.message.Say;
import org.pledgebot.search.Hit;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;
import org.pledgebot.search.SearchResponse;

/**
 * The conversation: questions, commands and button presses in, replies out. It knows nothing of
 * Telegram or of the console; both transports feed it the same {@link Input}s.
 *
 * <p>A failure while answering is reported by {@link AnswerFailure}: logged with its context, and
 * the user gets a short apology instead of silence.
 */
public final class ChatEngine implements ChatHandler {

  /** At most this many pledgers in one message. */
  public static final int PAGE_SIZE = 5;

  /** How many hits a question may page through. */
  static final int MAX_HITS = 50;

  /** Inline results are capped by Telegram at 50; ten keep the popup readable. */
  static final int INLINE_HITS = 10;

  /** The question as echoed in a header is cut to this, so a huge message cannot swell replies. */
  static final int ECHO_CHARS = 80;

  private final PledgeSearch search;
  private final ChatMemory memory;
  private final Cards cards;
  private final Listings listings;
  private final SubscriptionCommands subscriptions;

  /**
   * An engine over {@code search}, remembering chats in {@code memory} and their subscriptions in
   * {@code subscriptions}, with the answers being paged through in {@code listings}; in groups,
   * {@code admins} says who may delete what the group follows.
   */
  public ChatEngine(PledgeSearch search, ChatMemory memory, Subscriptions subscriptions, Listings listings,
      ChatAdmins admins) {
    this.search = search;
    this.memory = memory;
    this.cards = new Cards(search.thesaurus());
    this.listings = listings;
    this.subscriptions = new SubscriptionCommands(search, memory, subscriptions, admins);
  }

  @Override
  public List<Reply> handle(Input input) {
    try {
      input.chat().ifPresent(chat -> memory.chatSeen(chat.id(), chat.type()));
      return input.match(this::onText, this::onCallback, this::onInline);
    } catch (RuntimeException e) {
      return AnswerFailure.report(input, e);
    }
  }

  private List<Reply> onText(Input.Text in) {
    String text = in.text() == null ? "" : in.text().strip();
    if (text.startsWith("/")) {
      return command(in, text);
    }
    return List.of(answer(in.chatId(), text, replyLang(in.chatId(), in.languageCode()), Lang.parse(in.languageCode())));
  }

  private List<Reply> command(Input.Text in, String text) {
    int space = Text.indexOfWhitespace(text);
    String name = text.substring(1, space).toLowerCase(Locale.ROOT);
    int at = name.indexOf('@');
    if (at >= 0) {
      name = name.substring(0, at);
    }
    String args = text.substring(space).strip();
    long chat = in.chatId();
    Optional<Command.Named> named = Command.named(name);
    Lang lang = named.flatMap(Command.Named::lang)
        .map(typed -> memory.language(chat).orElse(typed))
        .orElseGet(() -> replyLang(chat, in.languageCode()));
    if (named.isEmpty()) {
      return List.of(send(chat, Say.UNKNOWN_COMMAND.in(lang, Html.escape(Excerpt.clip("/" + name, 40)))));
    }
    return List.of(switch (named.get().command()) {
      case START -> send(chat, Say.WELCOME.in(lang));
      case HELP -> send(chat, Say.HELP.in(lang));
      case ABOUT -> send(chat, about(lang));
      case THEMES -> themes(chat, lang, Say.THEMES_PROMPT);
      case COUNTRY -> pledger(chat, args, lang);
      case LANG -> language(chat, args, lang);
      case SUBSCRIBE -> subscriptions.subscribe(in, args, lang);
      case SUBSCRIPTIONS -> subscriptions.list(chat, lang);
      case UNSUBSCRIBE -> subscriptions.unsubscribe(in, args, lang);
      case FORGET -> subscriptions.askToForget(in, lang);
    });
  }

  /** What the data is and where it comes from, with the corpus's own counts. */
  private String about(Lang lang) {
    Map<Kind, Long> counts = search.all().stream()
        .collect(Collectors.groupingBy(Pledge::kind, () -> new EnumMap<>(Kind.class), Collectors.counting()));
    return Say.ABOUT.in(lang, counts.getOrDefault(Kind.COUNTRY, 0L), counts.getOrDefault(Kind.CIVIL_SOCIETY, 0L),
        counts.getOrDefault(Kind.WORKING_GROUP, 0L), counts.getOrDefault(Kind.MULTILATERAL, 0L));
  }

  /** @param asker the asker's client language, which settles a question whose words tie languages */
  private Reply answer(long chat, String question, Lang fallback, Optional<Lang> asker) {
    if (question.isEmpty()) {
      return send(chat, Say.EMPTY_QUESTION.in(fallback));
    }
    SearchResponse response = search.search(new SearchRequest(question, memory.language(chat), MAX_HITS, asker));
    Lang lang = response.lang();
    String echo = Html.escape(Excerpt.clip(question, ECHO_CHARS));
    if (response.hits().isEmpty()) {
      // a question about what every pledge is about is answered by the choice of themes
      return response.broad() ? themes(chat, lang, Say.BROAD_PROMPT) : send(chat, Say.NO_RESULTS.in(lang, echo));
    }
    List<Entry> entries = response.hits().stream().map(h -> entry(h, lang)).toList();
    Listing listing = new Listing(echo, lang, entries);
    String key = listings.put(chat, listing);
    return new Reply.Send(chat, questionPage(listing, 0), pager("q:" + key, 0, entries.size(), lang));
  }

  /** A pledger answering a question, shown with the passage that matched it, as {@code search} shows it. */
  private static Entry entry(Hit hit, Lang lang) {
    return hit.snippet().isBlank() ? entry(hit.pledge(), lang) : new Entry(hit.pledge(), hit.snippet());
  }

  /** A listed pledger with its one-line summary: what it pledged, the first sentence of its text. */
  private static Entry entry(Pledge pledge, Lang lang) {
    return new Entry(pledge, Excerpt.firstSentence(pledge.text(lang), lang, Cards.SUMMARY_CHARS));
  }

  private String questionPage(Listing listing, int offset) {
    List<Entry> entries = listing.entries();
    int end = Math.min(offset + PAGE_SIZE, entries.size());
    String header = Say.RESULTS_HEADER.in(listing.lang(), listing.echo(), offset + 1, end, entries.size());
    return header + cards.cards(offset + 1, entries.subList(offset, end), listing.lang());
  }

  private Reply themes(long chat, Lang lang, Say prompt) {
    List<Button> buttons = new ArrayList<>();
    for (Theme theme : search.thesaurus().themes()) {
      buttons.add(new Button(theme.label(lang), "t:" + theme.id()));
    }
    return new Reply.Send(chat, prompt.in(lang), Keyboard.column(buttons));
  }

  private String themePage(Theme theme, List<Pledge> pledgers, int offset, Lang lang) {
    int end = Math.min(offset + PAGE_SIZE, pledgers.size());
    List<Entry> entries = pledgers.subList(offset, end).stream().map(p -> entry(p, lang)).toList();
    String header = Say.THEME_HEADER.in(lang, Html.escape(theme.label(lang)), offset + 1, end, pledgers.size());
    return header + cards.cards(offset + 1, entries, lang);
  }

  private Reply pledger(long chat, String name, Lang lang) {
    if (name.isEmpty()) {
      return send(chat, Say.COUNTRY_USAGE.in(lang));
    }
    Optional<Pledge> found = search.pledgers().find(name);
    if (found.isEmpty()) {
      return send(chat, Say.COUNTRY_UNKNOWN.in(lang, Html.escape(Excerpt.clip(name, ECHO_CHARS))));
    }
    return send(chat, cards.full(found.get(), lang));
  }

  private Reply language(long chat, String arg, Lang current) {
    Optional<Lang> chosen = Lang.parse(arg.strip());
    if (chosen.isEmpty()) {
      return new Reply.Send(chat, Say.LANG_PROMPT.in(current), languageButtons());
    }
    memory.setLanguage(chat, chosen.get());
    return send(chat, Say.LANG_SET.in(chosen.get()));
  }

  /** One button per language, each named in its own language. */
  private static Keyboard languageButtons() {
    List<Button> row = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      row.add(new Button(Say.LANGUAGE_NAME.in(lang), "l:" + lang.code()));
    }
    return new Keyboard(List.of(row));
  }

  private List<Reply> onCallback(Input.Callback in) {
    String[] parts = in.data() == null ? new String[0] : in.data().split(":", -1);
    Lang lang = replyLang(in.chatId(), in.languageCode());
    Optional<Reply> update =
        switch (parts.length > 0 ? parts[0] : "") {
          case "q" -> parts.length == 3 ? questionCallback(in, parts[1], offset(parts[2])) : Optional.empty();
          case "t" -> parts.length >= 2 ? themeCallback(in, parts[1], parts.length == 3 ? offset(parts[2]) : 0, lang)
              : Optional.empty();
          case "l" -> parts.length == 2 ? languageCallback(in, parts[1]) : Optional.empty();
          case "s" -> parts.length == 2 ? subscriptions.subscribePressed(in, parts[1], lang) : Optional.empty();
          case "unsub" -> parts.length == 2 ? subscriptions.unsubscribePressed(in, parts[1], lang) : Optional.empty();
          case "f" -> parts.length == 2 ? subscriptions.forgetPressed(in, parts[1], lang) : Optional.empty();
          case "n" -> parts.length == 3 ? numberNotShown(in, offset(parts[1]), offset(parts[2]), lang)
              : Optional.empty();
          default -> Optional.empty();
        };
    if (update.isEmpty()) {
      return List.of(new Reply.AnswerCallback(in.callbackId(), Say.EXPIRED.in(lang)));
    }
    if (update.get() instanceof Reply.AnswerCallback refusal) {
      return List.of(refusal);
    }
    return List.of(new Reply.AnswerCallback(in.callbackId(), null), update.get());
  }

  /**
   * The press a transport that shows buttons as typed numbers (the console) makes when the number
   * typed, {@code typed}, is on none of the {@code shown} buttons of the latest message (0: it has
   * none). It is answered with the numbers on screen and how paging works, not as an expired list.
   */
  public static String numberNotShown(int typed, int shown) {
    return "n:" + typed + ":" + shown;
  }

  private Optional<Reply> numberNotShown(Input.Callback in, int typed, int shown, Lang lang) {
    if (typed < 0 || shown < 0) {
      return Optional.empty();
    }
    String notice = shown == 0 ? Say.NUMBER_NO_BUTTONS.in(lang, typed)
        : Say.NUMBER_NOT_SHOWN.in(lang, typed, shown == 1 ? "[1]" : "[1]–[" + shown + "]");
    return Optional.of(new Reply.AnswerCallback(in.callbackId(), notice));
  }

  private Optional<Reply> questionCallback(Input.Callback in, String key, int offset) {
    return listings
        .get(in.chatId(), key)
        .filter(l -> offset >= 0 && offset < l.entries().size())
        .map(l -> new Reply.Edit(in.chatId(), in.messageId(), questionPage(l, offset),
            pager("q:" + key, offset, l.entries().size(), l.lang())));
  }

  private Optional<Reply> themeCallback(Input.Callback in, String themeId, int offset, Lang lang) {
    Optional<Theme> theme = search.thesaurus().theme(themeId);
    if (theme.isEmpty()) {
      return Optional.empty();
    }
    List<Pledge> pledgers = search.byTheme(themeId);
    if (offset < 0 || (offset >= pledgers.size() && offset > 0)) {
      return Optional.empty();
    }
    if (pledgers.isEmpty()) {
      return Optional.of(send(in.chatId(), Say.NO_RESULTS.in(lang, Html.escape(theme.get().label(lang)))));
    }
    String page = themePage(theme.get(), pledgers, offset, lang);
    Keyboard keys = pager("t:" + themeId, offset, pledgers.size(), lang);
    return Optional.of(offset == 0 ? new Reply.Send(in.chatId(), page, keys)
        : new Reply.Edit(in.chatId(), in.messageId(), page, keys));
  }

  private Optional<Reply> languageCallback(Input.Callback in, String code) {
    return Lang.parse(code).map(lang -> {
      memory.setLanguage(in.chatId(), lang);
      return new Reply.Edit(in.chatId(), in.messageId(), Say.LANG_SET.in(lang), Keyboard.NONE);
    });
  }

  private static Keyboard pager(String prefix, int offset, int total, Lang lang) {
    List<Button> row = new ArrayList<>();
    if (offset > 0) {
      row.add(new Button(Say.PREVIOUS.in(lang), prefix + ":" + Math.max(0, offset - PAGE_SIZE)));
    }
    if (offset + PAGE_SIZE < total) {
      row.add(new Button(Say.MORE.in(lang), prefix + ":" + (offset + PAGE_SIZE)));
    }
    return new Keyboard(List.of(row));
  }

  private List<Reply> onInline(Input.Inline in) {
    String text = in.text() == null ? "" : in.text().strip();
    if (text.isEmpty()) {
      return List.of(new Reply.AnswerInline(in.queryId(), List.of()));
    }
    SearchResponse response = search.search(new SearchRequest(text, Optional.empty(), INLINE_HITS,
        Lang.parse(in.languageCode())));
    Lang lang = response.lang();
    List<Reply.Article> articles = new ArrayList<>();
    for (Hit hit : response.hits()) {
      Pledge p = hit.pledge();
      String description = Say.kind(p.kind()).in(lang) + " · " + cards.themes(p, lang);
      String html = cards.full(p, lang);
      articles.add(new Reply.Article(p.id(), p.name(lang), description, html, p.url().orElse(null)));
    }
    return List.of(new Reply.AnswerInline(in.queryId(), articles));
  }

  /** The chat's chosen language, else the client's, else English. */
  private Lang replyLang(long chat, String languageCode) {
    return memory.language(chat).or(() -> Lang.parse(languageCode)).orElse(Lang.EN);
  }

  static Reply send(long chat, String html) {
    return new Reply.Send(chat, html, Keyboard.NONE);
  }

  static int offset(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
