package org.pledgebot.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code search} in a JVM that compiles with C1 alone. A search run is short: its own work
 * is a few seconds at most (a batch of 20,000 questions), and HotSpot's optimising compiler, C2,
 * spent as much CPU compiling for it as the searches themselves (on two cores, it compiles for as
 * long as the batch runs), while the first tier's code was nearly as fast for that long. A
 * command typed as {@code java -jar pledgebot.jar search} cannot carry JVM options, so this JVM
 * starts a second one with the same command line, {@code -XX:TieredStopAtLevel=1}, a young
 * generation sized for a short run ({@link #youngGeneration}) and a heap in huge pages where the
 * kernel offers them ({@link #hugePages}), hands it
 * its standard streams, and exits with its code. The bot, which runs for days, keeps both
 * compilers; so does a command line that already chose its compilers, as the user's option comes
 * after this one. When this JVM's command line cannot be read, search runs here as before. The
 * second JVM maps the application's classes from an archive in the data folder, which the first
 * such run writes ({@link ClassArchive}), and builds its settings from those the first loaded,
 * handed over without any secret or database setting, which its environment goes without too.
 * Stopped (SIGTERM, Ctrl-C), the first JVM stops the second; killed outright (SIGKILL), it cannot,
 * so the second ends itself once the first is gone ({@link #endWithTheFirst}).
 */
final class ShortRun {

  /** Set in the second JVM, so that it runs the command itself. */
  static final String MARK = "pledgebot.shortRun";

  /**
   * The variable through which the first JVM hands the settings it loaded to the second ({@link
   * Settings.Loaded#text}), so that one search reads them once. Neither it nor the rest of the
   * second JVM's environment holds a secret or a database setting ({@link Settings#NOT_INHERITED}).
   */
  static final String SETTINGS = "PLEDGEBOT_SETTINGS_PASSED";

  /** The exit code of a second JVM whose first one was gone: nobody reads it. */
  static final int ORPHANED = 3;

  private ShortRun() {}

  /**
   * Runs {@code args} in a second JVM when they are a search this JVM can hand over, with the
   * class-data archive of the data folder that {@code env} names ({@link ClassArchive}); returns
   * its exit code, or empty to run them in this one.
   */
  static Optional<Integer> elsewhere(String[] args, Map<String, String> env) {
    Optional<List<String>> command = command(args);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    // no lambdas on this path: each would have its class spun in this JVM, whose classes are not archived
    Settings.Loaded settings = loaded(env);
    if (settings == null) {
      return Optional.empty(); // wrong settings: this JVM reports them, as the second would
    }
    ClassArchive.Run archive = archive(settings.settings().data());
    List<String> withArchive = new ArrayList<>(command.get());
    // after the mark and before this JVM's own arguments, so that an option the user gave still wins
    withArchive.addAll(withArchive.indexOf("-D" + MARK + "=true") + 1, archive.options());
    Optional<Integer> code = run(withArchive, Map.of(SETTINGS, settings.text()), Settings.NOT_INHERITED);
    archive.exited(code.orElse(-1));
    return code;
  }

  /**
   * The settings of a search: in the second JVM, those the first one passed on; else loaded from
   * {@code env}.
   */
  static Settings settings(Map<String, String> env) throws SettingsException {
    String passed = env.get(SETTINGS);
    return passed != null && System.getProperty(MARK) != null ? Settings.passed(passed) : Settings.load(env);
  }

  /** This JVM's settings to pass on, or null when they are wrong: search then runs in this JVM, which reports it. */
  private static Settings.Loaded loaded(Map<String, String> env) {
    try {
      return Settings.loadToPass(env);
    } catch (SettingsException | RuntimeException e) {
      return null;
    }
  }

  /**
   * In the second JVM: ends it once the first one, which waits for it, is gone before it (killed
   * outright), so that no search runs on unattended, reading a terminal nobody waits on. HotSpot
   * checks a process that is not a child now and then (every 0.3 s at first, up to every 5 s).
   */
  static void endWithTheFirst() {
    if (System.getProperty(MARK) == null) {
      return;
    }
    ProcessHandle.current().parent().ifPresent(first -> first.onExit().thenRun(() -> System.exit(ORPHANED)));
  }

  /** The archive run for the classes of this JVM's jar, in the data folder {@code data}. */
  private static ClassArchive.Run archive(Path data) {
    String jvm = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    return ClassArchive.of(data, System.getProperty("java.class.path", ""), jvm)
        .map(ClassArchive::run)
        .orElse(ClassArchive.WITHOUT);
  }

  /** The command line of the JVM to run {@code args} in, or empty to run them in this one. */
  static Optional<List<String>> command(String[] args) {
    if (args.length == 0 || !args[0].equals("search") || System.getProperty(MARK) != null
        || !passable(args, System.getProperty("sun.jnu.encoding", "UTF-8"))) {
      return Optional.empty();
    }
    ProcessHandle.Info self = ProcessHandle.current().info();
    Optional<String> java = self.command();
    Optional<String[]> arguments = self.arguments();
    if (java.isEmpty() || arguments.isEmpty() || arguments.get().length == 0) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.add("-XX:TieredStopAtLevel=1");
    command.add(youngGeneration(Runtime.getRuntime().maxMemory()));
    command.addAll(hugePages(THP));
    command.add("-D" + MARK + "=true");
    command.addAll(List.of(arguments.get()));
    return Optional.of(command);
  }

  /**
   * The second JVM's young generation, for a heap of at most {@code maxHeap} bytes (this JVM's, which
   * the same machine and command line give the second too): a quarter of it, at most {@link
   * #MAX_YOUNG_MB} MB. A search run's heap holds the index, the corpus and the memos, which grow
   * while it answers, and each collection of the young generation copies what is still alive: G1
   * starts a JVM with a young generation sized for a server's pause goals, a few MB, and a batch of
   * 20,000 questions paid for some fifteen collections, five of them while the index was opening.
   * With a young generation a run's own allocation fills only a few times, two or three collections
   * do. The bot, which runs for days, keeps G1's own sizing; a user's {@code -Xmn} comes after this
   * one and wins.
   */
  static String youngGeneration(long maxHeap) {
    long quarterMb = maxHeap / 4 / (1024 * 1024);
    return "-Xmn" + Math.max(1, Math.min(MAX_YOUNG_MB, quarterMb)) + "m";
  }

  /** The largest young generation a search run asks for, in MB. */
  static final long MAX_YOUNG_MB = 256;

  /** Where Linux says whether a process may have its memory in transparent huge pages. */
  static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  /**
   * The option that puts the second JVM's heap in transparent huge pages (2 MB) when the kernel
   * {@code enabled} file offers them ({@code [always]} or {@code [madvise]}, the usual default, under
   * which a JVM gets them only when it asks); none when it does not, or cannot be read (no Linux), so
   * that HotSpot never warns. A search run touches its young generation for the first time while it
   * opens the index and answers: in pages of 4 KB, each page first touched cost a fault and the
   * heap's many pages a TLB miss after another, a tenth or more of a short run's CPU. The bot keeps
   * HotSpot's own pages; a user's {@code -XX:-UseTransparentHugePages} comes after this one and wins.
   */
  static List<String> hugePages(Path enabled) {
    String modes;
    try {
      modes = Files.readString(enabled, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return modes.contains("[always]") || modes.contains("[madvise]") ? List.of(HUGE_PAGES) : List.of();
  }

  /** HotSpot's option for transparent huge pages. */
  static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

  /**
   * Whether every argument reaches a second JVM as it is: the command line is written in the
   * platform's encoding for file names and arguments ({@code sun.jnu.encoding}), so under a C
   * locale a question with accents would reach it as question marks. Such a run stays here.
   */
  static boolean passable(String[] args, String encoding) {
    CharsetEncoder encoder;
    try {
      encoder = Charset.forName(encoding).newEncoder();
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (String arg : args) {
      if (!encoder.canEncode(arg)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs {@code command} with this JVM's standard streams and environment, without the variables
   * {@code withheld} and with {@code variables}, and returns its exit code; empty when it cannot be
   * started. Should this JVM be stopped, the other one is too.
   */
  static Optional<Integer> run(List<String> command, Map<String, String> variables, Set<String> withheld) {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().keySet().removeAll(withheld);
      builder.environment().putAll(variables);
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "pledgebot-short-run"));
    while (true) {
      try {
        return Optional.of(process.waitFor());
      } catch (InterruptedException e) {
        // nothing interrupts main; the shutdown hook stops the other JVM should this one be stopped
      }
    }
  }
}
