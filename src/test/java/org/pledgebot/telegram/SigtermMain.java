package org.pledgebot.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.pledgebot.chat.Input;

/**
 * A bot process wired as the command line wires it, for {@link SigtermTest}: configured from
 * {@code TELEGRAM_BOT_TOKEN} and {@code TELEGRAM_API_URL}, closed by a shutdown hook. It tells the
 * test where it is on stdout (READY, HANDLING, STOPPING); the echo handler holds "slow" until the
 * test writes a line on stdin, which it does once the shutdown has begun, so that SIGTERM always
 * finds an answer in progress.
 */
public final class SigtermMain {

  private SigtermMain() {}

  public static void main(String[] args) throws Exception {
    BufferedReader go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    EchoHandler echo = new EchoHandler();
    echo.before = input -> {
      if (input instanceof Input.Text t && t.text().equals("slow")) {
        System.out.println("HANDLING");
        System.out.flush();
        try {
          go.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    TelegramBot bot = TelegramBot.builder(System.getenv("TELEGRAM_BOT_TOKEN"), echo)
        .apiUrl(System.getenv("TELEGRAM_API_URL"))
        .pollTimeout(Duration.ofSeconds(30))
        .build();
    // the JVM reports 143 after SIGTERM even when every hook ends well; halting with 0 once the bot
    // is closed makes a clean stop look clean to the supervisor
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      System.out.flush();
      bot.close();
      Runtime.getRuntime().halt(0);
    }, "shutdown"));
    bot.start();
    System.out.println("READY");
    System.out.flush();
    Thread.currentThread().join(); // until SIGTERM
  }
}
