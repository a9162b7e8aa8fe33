package org.pledgebot.ops;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's HTTP server (Javalin on Jetty): {@code GET /healthz}, {@code GET /metrics} and, in
 * webhook mode, the webhook's POST route. Plain HTTP: TLS ends at the load balancer or proxy in
 * front. Another method on a known path gets 405; no request is logged.
 *
 * <pre>{@code
 * try (OpsServer server = OpsServer.start("0.0.0.0", 8080, health, registry::scrape,
 *     Map.of("/telegram", bot.webhookHandler()))) { ... }
 * }</pre>
 */
public final class OpsServer implements AutoCloseable {

  /** The Prometheus text format. */
  static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  private final Javalin app;

  private OpsServer(Javalin app) {
    this.app = app;
  }

  /**
   * Listens on {@code host:port} ({@code port} 0: any free port, see {@link #port()}).
   *
   * @param metrics the metrics in Prometheus text, e.g. a registry's {@code scrape}
   * @param posts extra POST routes by path, e.g. the webhook; neither {@code /healthz} nor {@code /metrics}
   */
  public static OpsServer start(String host, int port, Health health, Supplier<String> metrics,
      Map<String, Handler> posts) {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(metrics, "metrics");
    posts.keySet().forEach(path -> {
      if (path.equals("/healthz") || path.equals("/metrics") || !path.startsWith("/")) {
        throw new IllegalArgumentException("POST route \"" + path + "\" must be a path other than /healthz and /metrics");
      }
    });
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.router.ignoreTrailingSlashes = false;
    });
    app.get("/healthz", ctx -> {
      Health.Report report = health.check();
      ctx.status(report.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
      ctx.contentType("application/json").result(report.json());
    });
    app.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TYPE).result(metrics.get()));
    posts.forEach(app::post);
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    log.info("HTTP on {}:{}: /healthz, /metrics{}", host, app.port(),
        posts.isEmpty() ? "" : ", webhook " + String.join(", ", posts.keySet()));
    return new OpsServer(app);
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** Stops listening; requests in progress finish. */
  @Override
  public void close() {
    app.stop();
  }
}
