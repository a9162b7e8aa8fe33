package org.pledgebot.bench;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} options of the plain-Java benchmark harnesses. */
final class Options {

  private Options() {}

  /** The options by name (without the dashes); a word that is not {@code --name} is refused. */
  static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }
}
