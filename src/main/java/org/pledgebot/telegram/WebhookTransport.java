package org.pledgebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pledgebot.base.Threads;
import org.pledgebot.chat.UpdateInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The webhook transport: Telegram posts each update to the bot's HTTPS address (a load balancer in
 * front of any number of instances), and this handler, mounted on the bot's HTTP server, checks it,
 * records it in the {@link UpdateInbox} and answers 200 once it is recorded; the pipeline then
 * handles it. A redelivered update (same id) is answered 200 and not handled again, on any
 * instance. An update accepted by an instance that died unanswered is taken over by another when
 * its lease runs out.
 *
 * <p>Answers: 401 without the right {@code X-Telegram-Bot-Api-Secret-Token}; 413 for a body over
 * {@value #MAX_BODY} bytes; 400 for a body that is not an update; 503 while the bot is not serving
 * or the inbox cannot record (Telegram then delivers it again); 200 otherwise, including for an
 * update the bot does not act on. No answer is logged with the body or the secret.
 */
final class WebhookTransport implements Transport, Handler {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Far above any update Telegram sends (a message is at most 4096 characters). */
  static final int MAX_BODY = 1 << 20;

  /** Leases an update may go through before it is given up as one that kills its handler. */
  static final int MAX_ATTEMPTS = 3;

  /** How long handled update ids are kept to recognise redeliveries; Telegram gives up within a day. */
  static final Duration KEEP_DONE = Duration.ofDays(2);

  private static final Logger log = LoggerFactory.getLogger(WebhookTransport.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebhookSettings settings;
  private final byte[] secret;
  private final UpdateInbox inbox;
  private final Clock clock;

  /**
   * One lease on an update, from its accept or claim until it is handled: renewed while the
   * update waits in its chat's queue; lost when a renewal finds it ran out (another instance may
   * have claimed the update), and then the update is not handled here.
   */
  private static final class Lease {
    final long updateId;
    volatile boolean lost;

    Lease(long updateId) {
      this.updateId = updateId;
    }
  }

  /** The leases this instance holds on updates not handled yet, by update id. */
  private final Map<Long, Lease> held = new ConcurrentHashMap<>();

  /** Updates answered whose done could not be recorded (the database was away): recorded at the next {@link #recover}. */
  private final Set<Long> unrecorded = ConcurrentHashMap.newKeySet();

  private volatile UpdateDispatcher dispatcher;
  private volatile boolean accepting;
  private ScheduledExecutorService recovery;

  WebhookTransport(WebhookSettings settings, Clock clock) {
    this.settings = settings;
    this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
    this.inbox = settings.inbox();
    this.clock = clock;
  }

  @Override
  public void start(BotApi api, UpdateDispatcher dispatcher) throws ApiCallException, InterruptedException {
    this.dispatcher = dispatcher;
    register(api);
    accepting = true;
    recovery = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-inbox"));
    long every = settings.recoverEvery().toMillis();
    recovery.scheduleWithFixedDelay(this::recover, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * setWebhook only when getWebhookInfo shows another url or other update types (or when asked to),
   * so that instances starting together make one registration between them, not one each. Telegram
   * never shows the secret: changing it alone needs {@link WebhookSettings#reregister()}.
   */
  private void register(BotApi api) throws ApiCallException, InterruptedException {
    String url = settings.url().toString();
    WebhookInfo info = api.call(new GetWebhookInfo(), "startup", BotApi.Pacing.NONE);
    boolean same = url.equals(info.getUrl()) && info.getAllowedUpdates() != null
        && new HashSet<>(info.getAllowedUpdates()).equals(new HashSet<>(LenientGetUpdates.ALLOWED));
    if (same && !settings.reregister()) {
      log.info("webhook already registered at {}", url);
      return;
    }
    api.call(new RegisterWebhook(url, settings.secret(), LenientGetUpdates.ALLOWED), "startup", BotApi.Pacing.NONE);
    log.info("webhook registered at {}{}", url,
        info.getUrl() == null || info.getUrl().isEmpty() ? "" : same ? " again, as asked" : " (was another address)");
  }

  @Override
  public void handle(Context ctx) throws Exception {
    if (!accepting) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      return;
    }
    String given = ctx.header(SECRET_HEADER);
    if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
      log.info("refused a webhook request from {}: {} secret token", ctx.ip(), given == null ? "no" : "wrong");
      ctx.status(HttpStatus.UNAUTHORIZED);
      return;
    }
    byte[] body = readAtMost(ctx, MAX_BODY);
    if (body == null) {
      log.info("refused a webhook request over {} bytes", MAX_BODY);
      ctx.status(HttpStatus.CONTENT_TOO_LARGE);
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.isObject() || !node.path("update_id").canConvertToLong()
        || !node.path("update_id").isIntegralNumber()) {
      log.info("refused a webhook request whose body is not an update ({} bytes)", body.length);
      ctx.status(HttpStatus.BAD_REQUEST);
      return;
    }
    Update update;
    try {
      update = LenientGetUpdates.read(node);
    } catch (TelegramApiRequestException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      return;
    }
    Routing routing = dispatcher.route(update);
    if (routing instanceof Routing.Ignore) {
      ctx.status(HttpStatus.OK);
      return;
    }
    long id = node.get("update_id").asLong();
    boolean fresh;
    try {
      fresh = inbox.accept(id, node.toString(), clock.instant().plus(settings.lease()));
    } catch (RuntimeException e) {
      // Telegram delivers it again; the exception's text may quote the update, so only its type
      log.warn("update {} not accepted, the inbox failed ({}): Telegram will deliver it again", id,
          e.getClass().getSimpleName());
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      return;
    }
    if (!fresh) {
      log.debug("update {} delivered again: already accepted", id);
      ctx.status(HttpStatus.OK);
      return;
    }
    dispatch(id, routing);
    ctx.status(HttpStatus.OK);
  }

  private void dispatch(long id, Routing routing) throws InterruptedException {
    Lease lease = new Lease(id);
    held.put(id, lease);
    if (!dispatcher.dispatch(routing, () -> stillOurs(lease), () -> handled(lease))) {
      held.remove(id, lease);
      log.info("closing: update {} stays accepted and is taken over once its lease ends", id);
    }
  }

  private static boolean stillOurs(Lease lease) {
    if (lease.lost) {
      log.info("update {} not handled here: its lease ran out while it waited in its chat's queue", lease.updateId);
    }
    return !lease.lost;
  }

  /**
   * Marks the update done, unless its lease was lost (another instance has it) or the pipeline
   * was cut short by a close (the lease then hands it on).
   */
  private void handled(Lease lease) {
    long id = lease.updateId;
    held.remove(id, lease);
    if (Thread.currentThread().isInterrupted() || lease.lost) {
      return;
    }
    try {
      inbox.done(id, clock.instant());
    } catch (RuntimeException e) {
      unrecorded.add(id);
      log.warn("update {} answered but not marked done ({}): trying again before its lease ends", id,
          e.getClass().getSimpleName());
    }
  }

  /**
   * Renews the leases on the updates still waiting here, records the updates answered whose done
   * failed, then takes over the updates whose lease ran out unhandled, and forgets those long done.
   */
  void recover() {
    Instant now = clock.instant();
    renewHeld(now);
    try {
      for (Long id : List.copyOf(unrecorded)) {
        inbox.done(id, now);
        unrecorded.remove(id);
      }
      for (UpdateInbox.Claimed claimed : inbox.claimExpired(now, now.plus(settings.lease()), 100)) {
        if (claimed.attempts() > MAX_ATTEMPTS) {
          log.warn("update {} given up after {} attempts to handle it", claimed.updateId(), MAX_ATTEMPTS);
          inbox.done(claimed.updateId(), now);
          continue;
        }
        log.info("update {} was accepted but not handled in time: handling it here (attempt {})",
            claimed.updateId(), claimed.attempts());
        Routing routing = dispatcher.route(LenientGetUpdates.read(JSON.readTree(claimed.json())));
        if (routing instanceof Routing.Ignore) {
          inbox.done(claimed.updateId(), now);
        } else {
          dispatch(claimed.updateId(), routing);
        }
      }
      inbox.forgetDone(now.minus(KEEP_DONE));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | TelegramApiRequestException | RuntimeException e) {
      log.warn("taking over unhandled updates failed ({}); trying again in {} s", e.getClass().getSimpleName(),
          settings.recoverEvery().toSeconds());
    }
  }

  /**
   * Extends the leases on the updates accepted or claimed here and not handled yet (queued behind
   * others of their chat, or being answered), so that a wait longer than a lease does not hand them
   * to another instance; those whose lease already ran out are marked lost, not handled here.
   */
  private void renewHeld(Instant now) {
    List<Lease> leases = List.copyOf(held.values());
    if (leases.isEmpty()) {
      return;
    }
    try {
      Set<Long> kept = inbox.renew(leases.stream().map(l -> l.updateId).toList(), now, now.plus(settings.lease()));
      for (Lease lease : leases) {
        if (!kept.contains(lease.updateId)) {
          lease.lost = true;
          held.remove(lease.updateId, lease);
        }
      }
    } catch (RuntimeException e) {
      log.warn("renewing the leases on {} updates failed ({}); tried again in {} s", leases.size(),
          e.getClass().getSimpleName(), settings.recoverEvery().toSeconds());
    }
  }

  /** The body, or null when it is over {@code max} bytes: read no further than that. */
  private static byte[] readAtMost(Context ctx, int max) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.req().getInputStream()) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (out.size() + n > max) {
          return null;
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  @Override
  public void stopIntake() {
    accepting = false;
    if (recovery != null) {
      recovery.shutdownNow();
    }
  }

  @Override
  public void drained() {
    // every update handled was marked done as it finished; the rest keep their lease
  }

  @Override
  public void release() {
    stopIntake();
  }

  @Override
  public String mode() {
    return "webhook at " + settings.url();
  }

  @Override
  public String toString() {
    return "WebhookTransport[" + settings.url() + "]";
  }
}
