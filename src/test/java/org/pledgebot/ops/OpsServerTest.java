package org.pledgebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** /healthz and /metrics on the real server, on loopback. */
@Timeout(30)
class OpsServerTest {

  final HttpClient http = HttpClient.newHttpClient();
  final AtomicInteger pledges = new AtomicInteger(51);
  final AtomicBoolean databaseUp = new AtomicBoolean(true);
  final CountDownLatch hang = new CountDownLatch(1);
  final AtomicBoolean hanging = new AtomicBoolean();
  Health health = new Health(pledges::get, () -> {
    if (hanging.get()) {
      hang.await();
    }
    if (!databaseUp.get()) {
      throw new java.sql.SQLException("connection refused");
    }
  }, Duration.ofMillis(300));
  OpsServer server = OpsServer.start("127.0.0.1", 0, health, () -> "# TYPE up gauge\nup 1.0\n", Map.of());

  @AfterEach
  void tearDown() {
    hang.countDown();
    server.close();
    health.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzIs200WithASmallJsonBodyWhenTheIndexIsLoadedAndTheDatabaseAnswers() throws Exception {
    HttpResponse<String> ok = get("/healthz");
    assertEquals(200, ok.statusCode());
    assertEquals("{\"status\":\"ok\",\"index\":51,\"database\":\"ok\"}", ok.body());
    assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void healthzIs503WhileTheDatabaseFailsOrHangsOrTheIndexIsEmptyAndRecovers() throws Exception {
    databaseUp.set(false);
    HttpResponse<String> down = get("/healthz");
    assertEquals(503, down.statusCode());
    assertEquals("{\"status\":\"unavailable\",\"index\":51,\"database\":\"down\"}", down.body());

    databaseUp.set(true);
    hanging.set(true);
    assertEquals(503, get("/healthz").statusCode(), "a database that does not answer in time is down");
    assertEquals(503, get("/healthz").statusCode(), "and stays so while the probe hangs");
    hanging.set(false);
    hang.countDown();
    Thread.sleep(50);
    assertEquals(200, get("/healthz").statusCode(), "back when it answers");

    pledges.set(0);
    assertEquals("{\"status\":\"unavailable\",\"index\":0,\"database\":\"ok\"}", get("/healthz").body());
  }

  @Test
  void metricsServesThePrometheusText() throws Exception {
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertEquals("# TYPE up gauge\nup 1.0\n", metrics.body());
    assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
  }

  @Test
  void anotherMethodIs405AndAnUnknownPathIs404() throws Exception {
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/healthz")).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals(404, get("/nothing").statusCode());
  }

  @Test
  void aWebhookPathMayNotHideTheOpsRoutesAndAPortInUseIsNamed() {
    assertThrows(IllegalArgumentException.class,
        () -> OpsServer.start("127.0.0.1", 0, health, () -> "", Map.of("/healthz", ctx -> {})));
    IllegalStateException busy = assertThrows(IllegalStateException.class,
        () -> OpsServer.start("127.0.0.1", server.port(), health, () -> "", Map.of()));
    assertTrue(busy.getMessage().contains("127.0.0.1:" + server.port()), busy.getMessage());
  }
}
