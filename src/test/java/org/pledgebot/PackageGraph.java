package org.pledgebot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code org.pledgebot.*} package uses which, read from Java source: import statements,
 * static imports and fully-qualified names in code (comments and string literals are skipped).
 * A package is the first segment after {@code org.pledgebot}; each edge remembers the files that
 * make it, so that a failure names them.
 */
final class PackageGraph {

  private static final String ROOT = "org.pledgebot";
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*pledgebot\\s*\\.\\s*([a-z_][a-z0-9_]*)\\b");

  /** package -> package it uses -> files (as given) that use it. */
  private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

  private PackageGraph() {}

  /** Reads every {@code .java} file below {@code sourceRoot}; files are named relative to it. */
  static PackageGraph read(Path sourceRoot) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        sources.put(sourceRoot.relativize(file).toString(), Files.readString(file));
      }
    }
    return of(sources);
  }

  /** The graph of these sources, by file name. */
  static PackageGraph of(Map<String, String> sources) {
    PackageGraph graph = new PackageGraph();
    sources.forEach(graph::add);
    return graph;
  }

  private void add(String file, String source) {
    String code = codeOnly(source);
    Matcher declared = PACKAGE.matcher(code);
    if (!declared.find()) {
      throw new IllegalArgumentException(file + " has no package declaration");
    }
    String from = topLevel(declared.group(1));
    if (from == null) {
      return; // outside org.pledgebot
    }
    edges.computeIfAbsent(from, k -> new TreeMap<>());
    Matcher used = REFERENCE.matcher(code.substring(declared.end()));
    while (used.find()) {
      String to = used.group(1);
      if (!to.equals(from)) {
        edges.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(file);
        edges.computeIfAbsent(to, k -> new TreeMap<>());
      }
    }
  }

  /** The org.pledgebot package that {@code name} is in or below, or null. */
  private static String topLevel(String name) {
    if (!name.startsWith(ROOT + ".")) {
      return name.equals(ROOT) ? "" : null;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Every package, sorted. */
  Set<String> packages() {
    return Collections.unmodifiableSet(edges.keySet());
  }

  /** The packages {@code from} uses, each with the files that use it. */
  Map<String, Set<String>> uses(String from) {
    return Collections.unmodifiableMap(edges.getOrDefault(from, Map.of()));
  }

  /**
   * One cycle through each group of packages that use one another (strongly connected component),
   * each as the packages in order, the first repeated at the end; empty when the graph is acyclic.
   */
  List<List<String>> cycles() {
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> component : components()) {
      if (component.size() > 1) {
        cycles.add(cycleWithin(component));
      }
    }
    return cycles;
  }

  /** Says which files make each edge of the cycle, e.g. {@code a -> b (a/X.java), b -> a (b/Y.java)}. */
  String describe(List<String> cycle) {
    StringBuilder out = new StringBuilder(String.join(" -> ", cycle)).append(':');
    for (int i = 0; i + 1 < cycle.size(); i++) {
      String from = cycle.get(i);
      String to = cycle.get(i + 1);
      out.append("\n  ").append(from).append(" -> ").append(to).append(": ").append(uses(from).get(to));
    }
    return out.toString();
  }

  /** Tarjan's algorithm, iterating packages and their uses in sorted order for stable messages. */
  private List<Set<String>> components() {
    Map<String, Integer> index = new TreeMap<>();
    Map<String, Integer> low = new TreeMap<>();
    List<String> stack = new ArrayList<>();
    List<Set<String>> out = new ArrayList<>();
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, index, low, stack, out);
      }
    }
    return out;
  }

  private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, List<String> stack,
      List<Set<String>> out) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.add(node);
    for (String next : uses(node).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, index, low, stack, out);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.remove(stack.size() - 1);
        component.add(member);
      } while (!member.equals(node));
      out.add(component);
    }
  }

  /** A shortest cycle from the component's first package back to itself, staying inside it. */
  private List<String> cycleWithin(Set<String> component) {
    String start = component.iterator().next();
    Map<String, String> cameFrom = new TreeMap<>();
    List<String> frontier = new ArrayList<>(List.of(start));
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        for (String to : uses(node).keySet()) {
          if (!component.contains(to)) {
            continue;
          }
          if (to.equals(start)) {
            List<String> cycle = new ArrayList<>(List.of(start));
            for (String at = node; !at.equals(start); at = cameFrom.get(at)) {
              cycle.add(1, at);
            }
            cycle.add(start);
            return cycle;
          }
          if (!cameFrom.containsKey(to)) {
            cameFrom.put(to, node);
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    throw new IllegalStateException("no cycle through " + start + " in " + component);
  }

  /**
   * The source with comments, string and character literals (text blocks too) blanked out, so
   * that a name mentioned in a comment or a message is not taken for a use.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = Math.min(n, end + 3);
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = Math.min(n, end + 1);
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
