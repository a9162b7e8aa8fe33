package org.pledgebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Telegram Bot API on loopback for tests and benchmarks: long-polled getUpdates fed by
 * {@link #enqueue}, the calls a bot makes answered as Telegram would ({@code {"ok":true,"result":…}}),
 * each call recorded for assertions, and failures scripted through {@linkplain Policy policies}.
 *
 * <h2>Hooks</h2>
 * Before answering a call the fake asks its policies, in the order added; the first to return an
 * {@link Answer} decides, and if none does the call is answered normally. A policy sees the
 * {@link Call} (method, parsed parameters, time), so it can implement rate limits or outages:
 * <pre>{@code
 * api.addPolicy(call -> call.is("sendMessage") && tooFast(call.chatId()) ? Answer.tooManyRequests(1) : null);
 * }</pre>
 * Built in: {@link #failNext} (the next N calls of a method get a given answer), {@link #block}
 * (403 for messages to a chat), {@link #stop}/{@link #restart} (connection refused, then back on
 * the same port). Calls answered by a policy are recorded too, with their status.
 *
 * <p>Requests may be JSON (what TelegramBots sends), form-encoded or multipart; all are parsed into
 * the same parameters object. Paths must be {@code /bot<token>/<method>}; a wrong token gets 401.
 */
public final class FakeBotApi implements AutoCloseable {

  public static final long BOT_ID = 7_000_000_001L;
  public static final String BOT_USERNAME = "pledgetestbot";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)/?$");

  static {
    // the JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
    // the client's delayed ACK hold each answer ~40 ms, which no real Bot API server does
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /**
   * Decides the answer to a call instead of the fake's normal behaviour.
   * Return null to let the next policy, or the normal behaviour, answer.
   */
  @FunctionalInterface
  public interface Policy {
    Answer apply(Call call);
  }

  /**
   * One HTTP answer.
   *
   * @param status the HTTP status, which Telegram sets to the error code
   * @param body the JSON body
   */
  public record Answer(int status, String body) {

    public static Answer ok(JsonNode result) {
      ObjectNode root = NODES.objectNode().put("ok", true);
      root.set("result", result);
      return new Answer(200, root.toString());
    }

    public static Answer error(int code, String description, Integer retryAfter) {
      ObjectNode root = NODES.objectNode().put("ok", false).put("error_code", code).put("description", description);
      if (retryAfter != null) {
        root.putObject("parameters").put("retry_after", retryAfter);
      }
      return new Answer(code, root.toString());
    }

    public static Answer serverError() {
      return error(500, "Internal Server Error", null);
    }

    public static Answer tooManyRequests(int retryAfterSeconds) {
      return error(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    public static Answer forbidden() {
      return error(403, "Forbidden: bot was blocked by the user", null);
    }

    public static Answer badRequest(String description) {
      return error(400, "Bad Request: " + description, null);
    }
  }

  /**
   * A call the bot made.
   *
   * @param method the method as called, e.g. {@code sendmessage} (compare with {@link #is})
   * @param params its parameters, whatever the encoding
   * @param at when it arrived
   * @param nanos {@link System#nanoTime()} when it arrived, for latencies
   * @param status the HTTP status it was answered with, 0 while its long poll is still open
   * @param listener which of the fake's addresses it came through: 0 for {@link #url()}, n for
   *     the n-th {@link #listen()}; tells apart bot instances given different addresses
   */
  public record Call(String method, ObjectNode params, Instant at, long nanos, int status, int listener) {

    public boolean is(String name) {
      return method.equalsIgnoreCase(name);
    }

    /** {@code chat_id} as a number, or null. */
    public Long chatId() {
      JsonNode id = params.get("chat_id");
      if (id == null || id.isNull()) {
        return null;
      }
      try {
        return id.isNumber() ? id.asLong() : Long.parseLong(id.asText());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** {@code text} or null. */
    public String text() {
      JsonNode text = params.get("text");
      return text == null ? null : text.asText();
    }

    /** A parameter as text, or null. */
    public String param(String name) {
      JsonNode value = params.get(name);
      return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    Call answered(int status) {
      return new Call(method, params, at, nanos, status, listener);
    }
  }

  private final String token;
  private final List<Policy> policies = new CopyOnWriteArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<Long, String> chatTypes = new ConcurrentHashMap<>();
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
  private final Set<List<Long>> admins = ConcurrentHashMap.newKeySet();
  private final Map<Integer, Long> deliveredNanos = new ConcurrentHashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  private volatile boolean recording = true;
  private volatile Webhook webhook = Webhook.NONE;
  private volatile long halfLatencyNanos;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition updatesArrived = lock.newCondition();
  private final List<ObjectNode> pending = new ArrayList<>(); // guarded by lock, in update_id order
  private int nextUpdateId = 1; // guarded by lock
  private int generation; // guarded by lock; bumped by stop() to end open long polls

  private final ExecutorService threads;
  private final int port;
  private volatile HttpServer server;
  private final List<HttpServer> listeners = new CopyOnWriteArrayList<>(); // listen(): 1, 2, …
  private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FakeBotApi(String token) throws IOException {
    this.token = token;
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-bot-api");
      t.setDaemon(true);
      return t;
    });
    this.server = bind(0, 0);
    this.port = server.getAddress().getPort();
  }

  /** A fake Bot API for bots with {@code token}, listening on a free loopback port. */
  public static FakeBotApi start(String token) throws IOException {
    return new FakeBotApi(token);
  }

  /** {@code http://127.0.0.1:port}, what the bot takes as its API URL. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Listens on one more loopback port and returns its {@code http://127.0.0.1:port}: the same
   * fake (same limits, same calls), so that two bot instances given one address each share
   * Telegram's limits, while each {@link Call#listener()} says which instance made it.
   */
  public String listen() throws IOException {
    synchronized (listeners) {
      HttpServer extra = bind(0, listeners.size() + 1);
      listeners.add(extra);
      return "http://127.0.0.1:" + extra.getAddress().getPort();
    }
  }

  // ------------------------------------------------------------------ updates

  /** Makes {@code userId} an administrator of {@code chatId} in getChatMember's answers; others are members. */
  public void admin(long chatId, long userId) {
    admins.add(List.of(chatId, userId));
  }

  /** Queues an update for getUpdates; its {@code update_id} is set here and returned. */
  public int enqueue(ObjectNode update) {
    rememberChatTypes(update);
    lock.lock();
    try {
      int id = nextUpdateId++;
      update.put("update_id", id);
      pending.add(update);
      updatesArrived.signalAll();
      return id;
    } finally {
      lock.unlock();
    }
  }

  /**
   * When update {@code id} was first handed to the bot, in {@link System#nanoTime()}, or null;
   * forgotten once taken, so that long runs do not accumulate them.
   */
  public Long takeDeliveredNanos(int id) {
    return deliveredNanos.remove(id);
  }

  /** Updates queued and not yet confirmed by a getUpdates offset past them. */
  public int unconfirmed() {
    lock.lock();
    try {
      return pending.size();
    } finally {
      lock.unlock();
    }
  }

  /** Gives {@code update} the next {@code update_id}, as {@link #enqueue} does, without queuing it for getUpdates. */
  public int number(ObjectNode update) {
    rememberChatTypes(update);
    lock.lock();
    try {
      int id = nextUpdateId++;
      update.put("update_id", id);
      return id;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Posts {@code update} as Telegram posts to the registered webhook: a JSON POST with the
   * registered secret in {@code X-Telegram-Bot-Api-Secret-Token}, to the registered URL's path, at
   * {@code instance} ({@code http://host:port}, one instance behind the registered address, as a
   * load balancer would pick it).
   *
   * @return the HTTP status the bot answered; Telegram delivers again on anything but 200
   */
  public int postWebhook(String instance, ObjectNode update) throws IOException, InterruptedException {
    Webhook current = webhook;
    if (current.url().isEmpty()) {
      throw new IllegalStateException("no webhook is registered");
    }
    String path = URI.create(current.url()).getRawPath();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance + (path == null || path.isEmpty() ? "/" : path)))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
    if (current.secret() != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", current.secret());
    }
    return webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  // ------------------------------------------------------------------ webhook

  /**
   * The webhook as Telegram keeps it: set by setWebhook, removed by deleteWebhook, shown by
   * getWebhookInfo (without the secret, as Telegram does). While one is set, getUpdates gets 409.
   *
   * @param url the address, empty for none
   * @param secret the secret_token, null for none
   * @param allowedUpdates the update types, null when not given
   */
  public record Webhook(String url, String secret, List<String> allowedUpdates) {
    public static final Webhook NONE = new Webhook("", null, null);
  }

  /** The webhook Telegram would post to now. */
  public Webhook webhook() {
    return webhook;
  }

  /** Sets the webhook as if another run had registered it. */
  public void webhook(Webhook webhook) {
    this.webhook = webhook;
  }

  // ------------------------------------------------------------------ calls

  /**
   * Whether calls are kept for {@link #calls()} (the default). Long benchmarks turn it off so
   * that the fake's memory stays flat; policies still see every call.
   */
  public void recordCalls(boolean on) {
    recording = on;
  }

  /** Every call so far, in arrival order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls of {@code method} so far. */
  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.is(method)).toList();
  }

  /** Waits for a call of {@code method} that matches. */
  public Call awaitCall(String method, Predicate<Call> matching, Duration timeout) throws InterruptedException {
    return awaitCalls(method, matching, 1, timeout).get(0);
  }

  /** Waits until {@code count} calls of {@code method} match, and returns them. */
  public List<Call> awaitCalls(String method, Predicate<Call> matching, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> found = calls.stream().filter(c -> c.is(method) && c.status() != 0 && matching.test(c)).toList();
      if (found.size() >= count) {
        return found.subList(0, count);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " matching " + method + " calls within " + timeout
            + ", got " + found.size() + "; all calls: " + summary());
      }
      Thread.sleep(5);
    }
  }

  /** The calls as {@code method(status)} lines, for failure messages. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (Call c : calls) {
      out.append("\n  ").append(c.method()).append('(').append(c.status()).append(") ").append(c.params());
    }
    return out.toString();
  }

  /**
   * Answers as a Bot API {@code roundTrip} away would: each request reaches the fake (its policies,
   * its limits, its {@link Call#nanos}) half of it after it was received, and its answer takes the
   * other half back. The limits count the request at exactly that time, however late the machine
   * wakes the sleeping thread, so that the fake adds no jitter of its own. Zero (the default)
   * answers at once.
   */
  public void latency(Duration roundTrip) {
    if (roundTrip.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, got " + roundTrip);
    }
    halfLatencyNanos = roundTrip.toNanos() / 2;
  }

  // ------------------------------------------------------------------ policies

  /** Adds a policy, asked after those added before. */
  public void addPolicy(Policy policy) {
    policies.add(policy);
  }

  public void removePolicy(Policy policy) {
    policies.remove(policy);
  }

  /** The next {@code times} calls of {@code method} get {@code answer}. */
  public Policy failNext(String method, int times, Answer answer) {
    AtomicInteger left = new AtomicInteger(times);
    Policy policy = call -> call.is(method) && left.getAndDecrement() > 0 ? answer : null;
    addPolicy(policy);
    return policy;
  }

  /** Messages and edits to {@code chatId} get 403 from now on, as when the user blocked the bot. */
  public void block(long chatId) {
    blocked.add(chatId);
  }

  /** Stops listening: connections are refused until {@link #restart()}. Open long polls end. */
  public void stop() {
    HttpServer s = server;
    server = null;
    if (s != null) {
      lock.lock();
      try {
        generation++;
        updatesArrived.signalAll();
      } finally {
        lock.unlock();
      }
      s.stop(0);
    }
  }

  /** Listens again on the same port. */
  public void restart() throws IOException {
    if (server == null) {
      server = bind(port, 0);
    }
  }

  @Override
  public void close() {
    stop();
    listeners.forEach(l -> l.stop(0));
    threads.shutdownNow();
  }

  // ------------------------------------------------------------------ HTTP

  private HttpServer bind(int onPort, int listener) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
    s.setExecutor(threads);
    s.createContext("/", exchange -> serve(exchange, listener));
    s.start();
    return s;
  }

  private void serve(HttpExchange exchange, int listener) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
      if (!path.matches()) {
        respond(exchange, Answer.error(404, "Not Found", null));
        return;
      }
      ObjectNode params = Requests.parse(exchange);
      long arrived = System.nanoTime() + halfLatencyNanos; // the same for every request, however late a sleep wakes
      travel(arrived);
      Call call = new Call(path.group(2).toLowerCase(Locale.ROOT), params, Instant.now(), arrived, 0,
          listener);
      int index = recording ? record(call) : -1;
      Answer answer = path.group(1).equals(token) ? decide(call) : Answer.error(401, "Unauthorized", null);
      if (index >= 0) {
        calls.set(index, call.answered(answer.status()));
      }
      travel(System.nanoTime() + halfLatencyNanos);
      respond(exchange, answer);
    } catch (IOException | RuntimeException e) {
      // the client went away (a cancelled long poll, a stopped server): nothing to answer
    }
  }

  /** Half the round trip of {@link #latency}, until {@code until}: the request on its way in, or the answer out. */
  private void travel(long until) {
    try {
      for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
        TimeUnit.NANOSECONDS.sleep(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized int record(Call call) {
    calls.add(call);
    return calls.size() - 1;
  }

  private Answer decide(Call call) {
    for (Policy policy : policies) {
      Answer answer = policy.apply(call);
      if (answer != null) {
        return answer;
      }
    }
    Long chat = call.chatId();
    if (chat != null && blocked.contains(chat) && (call.is("sendMessage") || call.is("editMessageText"))) {
      return Answer.forbidden();
    }
    return switch (call.method()) {
      case "getupdates" -> webhook.url().isEmpty() ? getUpdates(call.params())
          : Answer.error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
              + "delete the webhook first", null);
      case "getwebhookinfo" -> Answer.ok(webhookInfo());
      case "setwebhook" -> {
        List<String> allowed = null;
        JsonNode types = call.params().get("allowed_updates");
        if (types != null && types.isArray()) {
          allowed = new ArrayList<>();
          for (JsonNode type : types) {
            allowed.add(type.asText());
          }
        }
        webhook = new Webhook(call.param("url"), call.param("secret_token"), allowed);
        yield Answer.ok(NODES.booleanNode(true));
      }
      case "deletewebhook" -> {
        webhook = Webhook.NONE;
        yield Answer.ok(NODES.booleanNode(true));
      }
      case "getme" -> Answer.ok(botUser());
      case "getchatmember" -> Answer.ok(chatMember(call.chatId(), call.params().path("user_id").asLong()));
      case "sendmessage" -> Answer.ok(message(call, messageIds.incrementAndGet()));
      case "editmessagetext" -> call.params().hasNonNull("inline_message_id")
          ? Answer.ok(NODES.booleanNode(true))
          : Answer.ok(message(call, call.params().path("message_id").asInt()));
      default -> Answer.ok(NODES.booleanNode(true)); // answerCallbackQuery, setMyCommands, deleteWebhook…
    };
  }

  private ObjectNode webhookInfo() {
    Webhook current = webhook;
    ObjectNode info = NODES.objectNode().put("url", current.url()).put("has_custom_certificate", false)
        .put("pending_update_count", 0);
    if (current.allowedUpdates() != null) {
      ArrayNode types = info.putArray("allowed_updates");
      current.allowedUpdates().forEach(types::add);
    }
    return info;
  }

  private Answer getUpdates(ObjectNode params) {
    int offset = params.path("offset").asInt(0);
    int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
    long timeoutNanos = TimeUnit.SECONDS.toNanos(Math.max(0, params.path("timeout").asInt(0)));
    long deadline = System.nanoTime() + timeoutNanos;
    ArrayNode result = NODES.arrayNode();
    lock.lock();
    try {
      int startGeneration = generation;
      pending.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed
      while (pending.isEmpty() && generation == startGeneration) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        updatesArrived.awaitNanos(left);
      }
      if (generation != startGeneration) {
        throw new IllegalStateException("server stopped during the long poll");
      }
      long now = System.nanoTime();
      for (ObjectNode update : pending) {
        if (result.size() == limit) {
          break;
        }
        result.add(update);
        deliveredNanos.putIfAbsent(update.path("update_id").asInt(), now);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
    return Answer.ok(result);
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  // ------------------------------------------------------------------ Telegram objects

  private ObjectNode chatMember(Long chatId, long userId) {
    ObjectNode user = NODES.objectNode().put("id", userId).put("is_bot", false).put("first_name", "User " + userId);
    if (chatId == null || !admins.contains(List.of(chatId, userId))) {
      ObjectNode member = NODES.objectNode().put("status", "member");
      member.set("user", user);
      return member;
    }
    ObjectNode admin = NODES.objectNode().put("status", "administrator").put("can_be_edited", false)
        .put("is_anonymous", false).put("can_manage_chat", true).put("can_delete_messages", true)
        .put("can_manage_video_chats", false).put("can_restrict_members", true).put("can_promote_members", false)
        .put("can_change_info", true).put("can_invite_users", true).put("can_post_stories", false)
        .put("can_edit_stories", false).put("can_delete_stories", false);
    admin.set("user", user);
    return admin;
  }

  static ObjectNode botUser() {
    return NODES.objectNode()
        .put("id", BOT_ID)
        .put("is_bot", true)
        .put("first_name", "Pledge Test Bot")
        .put("username", BOT_USERNAME)
        .put("can_join_groups", true)
        .put("can_read_all_group_messages", false)
        .put("supports_inline_queries", true);
  }

  private ObjectNode message(Call call, int messageId) {
    Long chatId = call.chatId();
    long id = chatId == null ? 0 : chatId;
    ObjectNode message = NODES.objectNode().put("message_id", messageId).put("date", Instant.now().getEpochSecond());
    message.putObject("chat").put("id", id).put("type", chatTypes.getOrDefault(id, id < 0 ? "supergroup" : "private"));
    message.set("from", botUser());
    String text = call.text();
    if (text != null) {
      message.put("text", text);
    }
    return message;
  }

  private void rememberChatTypes(ObjectNode update) {
    update.findValues("chat").forEach(chat -> {
      if (chat.hasNonNull("id") && chat.hasNonNull("type")) {
        chatTypes.put(chat.get("id").asLong(), chat.get("type").asText());
      }
    });
  }

  /** Reads a request's parameters from its query string and its JSON, form or multipart body. */
  static final class Requests {

    private Requests() {}

    static ObjectNode parse(HttpExchange exchange) throws IOException {
      ObjectNode params = NODES.objectNode();
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        form(query, params);
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (body.length == 0) {
        return params;
      }
      String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
      if (type.startsWith("application/x-www-form-urlencoded")) {
        form(new String(body, StandardCharsets.UTF_8), params);
      } else if (type.startsWith("multipart/form-data")) {
        multipart(body, type, exchange.getRequestHeaders().getFirst("Content-Type"), params);
      } else {
        JsonNode json = JSON.readTree(body);
        if (json instanceof ObjectNode object) {
          params.setAll(object);
        }
      }
      return params;
    }

    private static void form(String encoded, ObjectNode params) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.set(name, value(value));
      }
    }

    private static void multipart(byte[] body, String lowerType, String type, ObjectNode params) {
      int at = lowerType.indexOf("boundary=");
      if (at < 0) {
        return;
      }
      String boundary = "--" + type.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
      String text = new String(body, StandardCharsets.ISO_8859_1); // byte-preserving
      for (String part : text.split(Pattern.quote(boundary))) {
        int headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
          continue;
        }
        Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(part.substring(0, headerEnd));
        if (!name.find() || part.substring(0, headerEnd).contains("filename=")) {
          continue; // files are not kept
        }
        String raw = part.substring(headerEnd + 4);
        if (raw.endsWith("\r\n")) {
          raw = raw.substring(0, raw.length() - 2);
        }
        String value = new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        params.set(name.group(1), value(value));
      }
    }

    /** Form values that are JSON objects or arrays (reply_markup, commands) parsed as such. */
    private static JsonNode value(String text) {
      String t = text.strip();
      if (t.startsWith("{") || t.startsWith("[")) {
        try {
          return JSON.readTree(t);
        } catch (IOException e) {
          // not JSON after all: keep the text
        }
      }
      return NODES.textNode(text);
    }
  }
}
