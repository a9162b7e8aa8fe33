package org.pledgebot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line as {@link Main} runs it, for {@link ElsewhereTest}: in {@code search}'s second
 * JVM ({@link ShortRun}) it first writes that JVM's whole environment, a variable a line, to the
 * file the system property {@value #FILE} names, then runs the command.
 */
final class EnvironmentRun {

  /** The property naming the file the second JVM's environment is written to. */
  static final String FILE = "pledgebot.test.environment";

  private EnvironmentRun() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty(ShortRun.MARK) != null) {
      StringBuilder seen = new StringBuilder();
      for (Map.Entry<String, String> variable : System.getenv().entrySet()) {
        seen.append(variable.getKey()).append('=').append(variable.getValue()).append('\n');
      }
      Files.writeString(Path.of(System.getProperty(FILE)), seen);
    }
    Main.main(args);
  }
}
