package org.pledgebot.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code pledgebot} command line: with no command it runs the bot (the console chat when no
 * Telegram token is set). Usage errors exit 2, failures exit 1, each with one line on stderr.
 */
@Command(
    name = "pledgebot",
    mixinStandardHelpOptions = true,
    version = "pledgebot 0.1.0",
    description = "Find the OGP peers who pledged to help, in French and English.")
public final class Main implements java.util.concurrent.Callable<Integer> {

  private final Context context;

  Main(Context context) {
    this.context = context;
  }

  public static void main(String[] args) {
    Optional<Integer> elsewhere = ShortRun.elsewhere(args, System.getenv());
    if (elsewhere.isPresent()) {
      System.exit(elsewhere.get());
    }
    ShortRun.endWithTheFirst();
    if (consoleChat(args, System.getenv())) {
      // the conversation shares the terminal with the log: only real problems may interrupt it.
      // Set before the first logger exists, which slf4j-simple reads its settings for.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    PrintWriter out = writer(System.out);
    PrintWriter err = writer(System.err);
    int code = run(args, System.getenv(), System.in, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Whether {@code args} run the console chat: the bot (the default command) without a token. */
  static boolean consoleChat(String[] args, Map<String, String> env) {
    String token = env.get("TELEGRAM_BOT_TOKEN");
    boolean bot = args.length == 0 || args.length == 1 && args[0].equals("bot");
    return bot && (token == null || token.isBlank());
  }

  /** Runs one command line against the given streams and environment, not at a terminal; returns the exit code. */
  static int run(String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
    return run(args, env, in, out, err, false);
  }

  /** Runs one command line; {@code terminal} when a person types at a terminal. Returns the exit code. */
  static int run(String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err,
      boolean terminal) {
    Context context = new Context(env, in, out, err, terminal);
    CommandLine cli = new CommandLine(new Main(context));
    subcommands(args, context).forEach(cli::addSubcommand);
    cli.setOut(out).setErr(err);
    cli.setParameterExceptionHandler((e, args2) -> {
      err.println("pledgebot: " + e.getMessage() + " (see --help)");
      return CommandLine.ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> Failures.report(e, err));
    return cli.execute(args);
  }

  /**
   * The subcommands {@code args} can reach: the one named first, when it names one (nothing else
   * can then be parsed or shown), or else all of them, for the bot, help, the version and the
   * suggestions for a mistyped command. picocli reads each subcommand's class by reflection when
   * it is added, and doing it for commands that do not run was a large part of starting {@code
   * search}.
   */
  static Map<String, Object> subcommands(String[] args, Context context) {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("bot", () -> new BotCommand(context));
    all.put("search", () -> new SearchCommand(context));
    all.put("validate", () -> new ValidateCommand(context));
    all.put("index", () -> new IndexCommand(context));
    all.put("add", () -> new AddCommand(context));
    Map<String, Object> out = new LinkedHashMap<>();
    if (args.length > 0 && all.containsKey(args[0])) {
      out.put(args[0], all.get(args[0]).get());
    } else {
      all.forEach((name, command) -> out.put(name, command.get()));
    }
    return out;
  }

  @Override
  public Integer call() throws Exception {
    return new BotCommand(context).call();
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
