package org.pledgebot.telegram;

import java.time.Duration;
import org.pledgebot.chat.Input;

/**
 * A bot process wired as the command line wires it, for {@link SigtermTest}: configured from
 * {@code TELEGRAM_BOT_TOKEN} and {@code TELEGRAM_API_URL}, closed by a shutdown hook. The echo
 * handler takes 1.5 s over "slow", so that SIGTERM finds an answer in progress.
 */
public final class SigtermMain {

  private SigtermMain() {}

  public static void main(String[] args) throws Exception {
    EchoHandler echo = new EchoHandler();
    echo.before = input -> {
      if (input instanceof Input.Text t && t.text().equals("slow")) {
        System.out.println("HANDLING");
        System.out.flush();
        TelegramBotConcurrencyTest.sleep(1500);
      }
    };
    TelegramBot bot = TelegramBot.builder(System.getenv("TELEGRAM_BOT_TOKEN"), echo)
        .apiUrl(System.getenv("TELEGRAM_API_URL"))
        .pollTimeout(Duration.ofSeconds(30))
        .build();
    // the JVM reports 143 after SIGTERM even when every hook ends well; halting with 0 once the bot
    // is closed makes a clean stop look clean to the supervisor
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      bot.close();
      Runtime.getRuntime().halt(0);
    }, "shutdown"));
    bot.start();
    System.out.println("READY");
    System.out.flush();
    Thread.currentThread().join(); // until SIGTERM
  }
}
