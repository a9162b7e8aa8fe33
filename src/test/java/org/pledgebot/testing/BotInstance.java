package org.pledgebot.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.telegram.FakeBotApi;

/**
 * The shipped bot ({@code cli.Main}) in a child JVM of the test's class path, in webhook mode on a
 * PostgreSQL database, configured only by the documented variables: one of several instances
 * behind one fake Bot API, for tests and benchmarks of several instances.
 *
 * @param name its name, also its log file's
 * @param process the child JVM
 * @param base where it serves HTTP ({@code http://127.0.0.1:port}): the webhook, /healthz, /metrics
 * @param listener which of the fake Bot API's listeners it calls ({@link FakeBotApi.Call#listener()})
 */
public record BotInstance(String name, Process process, String base, int listener) {

  public static final String TOKEN = "616161:instances-process-token";
  public static final String SECRET = "instances_Secret-7c1d";
  public static final String WEBHOOK_URL = "https://bot.example.org/tg";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Starts an instance that calls the Bot API at {@code apiUrl} (listener {@code listener} of the
   * fake), keeps its Lucene index in {@code data/name}, reads {@code corpus} and logs to
   * {@code logs/name.log}; {@code extra} adds or overrides variables.
   */
  public static BotInstance start(String name, String apiUrl, int listener, PostgresConfig database, Path corpus,
      Path data, Path logs, Map<String, String> extra) throws IOException {
    return start(name, apiUrl, listener, database, corpus, data, logs, extra, List.of());
  }

  /**
   * As {@link #start(String, String, int, PostgresConfig, Path, Path, Path, Map)}, with
   * {@code jvmOptions} given to the child JVM before its class path (e.g. a flight recording).
   */
  public static BotInstance start(String name, String apiUrl, int listener, PostgresConfig database, Path corpus,
      Path data, Path logs, Map<String, String> extra, List<String> jvmOptions) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path own = Files.createDirectories(data.resolve(name));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.pledgebot.cli.Main"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = new HashMap<>(Map.of(
        "TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", apiUrl,
        "PLEDGEBOT_CORPUS", corpus.toString(),
        "PLEDGEBOT_DATA", own.toString(),
        "PLEDGEBOT_DATABASE_URL", database.url(),
        "PLEDGEBOT_DATABASE_USER", database.user().orElseThrow(),
        "PLEDGEBOT_WEBHOOK_URL", WEBHOOK_URL,
        "PLEDGEBOT_WEBHOOK_SECRET", SECRET,
        "PLEDGEBOT_HTTP_HOST", "127.0.0.1",
        "PLEDGEBOT_HTTP_PORT", String.valueOf(port)));
    env.putAll(extra);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    return new BotInstance(name, builder.start(), "http://127.0.0.1:" + port, listener);
  }

  /** Waits until /healthz answers 200; fails if the process exits first. */
  public void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see its log");
      }
      if (health() == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " not healthy within " + timeout);
  }

  /**
   * Waits until an instance has registered the webhook with the fake: an instance is healthy
   * (its index and database ready) a moment before it registers and serves the webhook.
   */
  public static void awaitRegistered(FakeBotApi api, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!WEBHOOK_URL.equals(api.webhook().url())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no instance registered the webhook within " + timeout);
      }
      Thread.sleep(50);
    }
  }

  /** The status of GET /healthz, 0 when nothing answers. */
  public int health() throws InterruptedException {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Posts {@code update} through the fake until this instance answers 200, as Telegram delivers
   * again after any other answer or none (an instance answers 503 between its health turning 200
   * and its webhook serving, and after waiting for a database that is away); gives up after
   * {@code timeout}.
   *
   * @return the last status, 0 when the last attempt got no answer
   */
  public int deliver(FakeBotApi api, ObjectNode update, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int status = post(api, update);
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      status = post(api, update);
    }
    return status;
  }

  private int post(FakeBotApi api, ObjectNode update) throws InterruptedException {
    try {
      return api.postWebhook(base, update);
    } catch (IOException e) { // refused, or no answer within the fake's timeout
      return 0;
    }
  }

  /** A copy of the test pledge JP under another id and name, written as {@code add} does: temporary name, then rename. */
  public static void dropPledge(Path corpus, String id, String name) throws IOException {
    String json = Files.readString(Path.of("src/test/resources/pledges/JP.json"))
        .replace("\"JP\"", "\"" + id + "\"").replace("Japan", name).replace("Japon", name)
        .replace("Nippon", name + "-alias");
    Path temp = corpus.resolve("." + id + ".json.part");
    Files.writeString(temp, json);
    Files.move(temp, corpus.resolve(id + ".json"), StandardCopyOption.ATOMIC_MOVE);
  }
}
