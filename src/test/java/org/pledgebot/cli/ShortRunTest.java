package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunTest {

  @Test
  void searchRunsInAJvmWithC1AloneAndTheSameCommandLine() {
    List<String> command = ShortRun.command(new String[] {"search", "--json"}).orElseThrow();
    ProcessHandle.Info self = ProcessHandle.current().info();
    assertEquals(self.command().orElseThrow(), command.get(0));
    List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1",
        ShortRun.youngGeneration(Runtime.getRuntime().maxMemory())));
    options.addAll(ShortRun.hugePages(ShortRun.THP));
    options.add("-D" + ShortRun.MARK + "=true");
    assertEquals(options, command.subList(1, options.size() + 1));
    assertEquals(List.of(self.arguments().orElseThrow()), command.subList(options.size() + 1, command.size()),
        "this JVM's own arguments follow, so that an option the user gave wins");
  }

  @Test
  void theSecondJvmsYoungGenerationIsAQuarterOfTheHeapUpToAMaximum() {
    long mb = 1024 * 1024;
    assertEquals("-Xmn256m", ShortRun.youngGeneration(6L * 1024 * mb), "a large heap: the maximum");
    assertEquals("-Xmn256m", ShortRun.youngGeneration(1024 * mb));
    assertEquals("-Xmn128m", ShortRun.youngGeneration(512 * mb), "a small heap: a quarter of it");
    assertEquals("-Xmn1m", ShortRun.youngGeneration(2 * mb), "never none");
  }

  @Test
  void theSecondJvmAsksForHugePagesWhenTheKernelOffersThem(@TempDir Path dir) throws Exception {
    Path enabled = dir.resolve("enabled");
    Files.writeString(enabled, "always [madvise] never\n");
    assertEquals(List.of(ShortRun.HUGE_PAGES), ShortRun.hugePages(enabled), "given when asked for: asked");
    Files.writeString(enabled, "[always] madvise never\n");
    assertEquals(List.of(ShortRun.HUGE_PAGES), ShortRun.hugePages(enabled), "given to every process: asked too");
    Files.writeString(enabled, "always madvise [never]\n");
    assertEquals(List.of(), ShortRun.hugePages(enabled), "never given: not asked, so HotSpot does not warn");
    assertEquals(List.of(), ShortRun.hugePages(dir.resolve("missing")), "no such file (no Linux): not asked");
  }

  @Test
  void aJvmAskingForHugePagesStartsAndPrintsNothingOnStandardOutput() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", ShortRun.HUGE_PAGES, "-version")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    assertEquals("", out, "standard output carries the answers");
    List<String> command = ShortRun.command(new String[] {"search"}).orElseThrow();
    if (!ShortRun.hugePages(ShortRun.THP).isEmpty()) {
      int at = command.indexOf(ShortRun.HUGE_PAGES);
      assertTrue(at > 0 && at < command.indexOf("-D" + ShortRun.MARK + "=true"),
          "before the mark, after which this JVM's own arguments come, a user's option winning: " + command);
    }
  }

  @Test
  void theSecondJvmStartsWithTheYoungGenerationBeforeTheUsersOptions() throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    String young = ShortRun.youngGeneration(Runtime.getRuntime().maxMemory());
    assertEquals(Optional.of(0), ShortRun.run(List.of(java, "-XX:TieredStopAtLevel=1", young, "-version"), Map.of(),
        Set.of()), "a JVM starts with it");
    List<String> command = ShortRun.command(new String[] {"search"}).orElseThrow();
    int at = command.indexOf(young);
    assertTrue(at > 0 && at < command.indexOf("-D" + ShortRun.MARK + "=true"),
        "before the mark, after which the archive's options and this JVM's own arguments come: " + command);
  }

  @Test
  void theBotAndTheOtherCommandsRunHere() {
    for (String[] args : List.of(new String[] {}, new String[] {"bot"}, new String[] {"index"},
        new String[] {"validate"}, new String[] {"--help"})) {
      assertEquals(Optional.empty(), ShortRun.command(args), String.join(" ", args));
    }
  }

  @Test
  void aQuestionTheCommandLineCannotCarryIsAnsweredHere() {
    String[] accents = {"search", "accès à l'information"};
    assertTrue(ShortRun.passable(accents, "UTF-8"));
    assertFalse(ShortRun.passable(accents, "ANSI_X3.4-1968"), "a C locale would turn the accents into ?");
    assertFalse(ShortRun.passable(new String[] {"search", "acc\uFFFDs"}, "ANSI_X3.4-1968"));
    assertTrue(ShortRun.passable(new String[] {"search", "open data"}, "ANSI_X3.4-1968"));
    assertFalse(ShortRun.passable(accents, "no-such-charset"));
  }

  @Test
  void theSecondJvmRunsTheCommandItself() {
    System.setProperty(ShortRun.MARK, "true");
    try {
      assertTrue(ShortRun.command(new String[] {"search"}).isEmpty());
    } finally {
      System.clearProperty(ShortRun.MARK);
    }
  }

  /** The second JVM builds the settings the first one loaded and passed on; any other JVM loads its own. */
  @Test
  void theSecondJvmTakesTheSettingsTheFirstPassedOn() throws Exception {
    Settings.Loaded first = Settings.loadToPass(Map.of("PLEDGEBOT_DATA", "first-data"));
    Map<String, String> env = Map.of(ShortRun.SETTINGS, first.text(), "PLEDGEBOT_DATA", "changed-since");
    assertEquals(Path.of("changed-since"), ShortRun.settings(env).data(), "no first JVM: its own");
    System.setProperty(ShortRun.MARK, "true");
    try {
      assertEquals(first.settings(), ShortRun.settings(env));
      assertEquals(Path.of("changed-since"), ShortRun.settings(Map.of("PLEDGEBOT_DATA", "changed-since")).data());
    } finally {
      System.clearProperty(ShortRun.MARK);
    }
  }

  @Test
  void theExitCodeIsTheOtherJvms() {
    String java = ProcessHandle.current().info().command().orElseThrow();
    assertEquals(Optional.of(0), ShortRun.run(List.of(java, "-XX:TieredStopAtLevel=1", "-version"), Map.of(), Set.of()));
    assertEquals(Optional.of(1), ShortRun.run(List.of(java, "-XX:TieredStopAtLevel=1", "NoSuchMainClass"), Map.of(),
        Set.of()));
  }

  /** Killed outright (SIGKILL: no shutdown hook runs), the first JVM leaves no search running on. */
  @Test
  void theSecondJvmEndsWhenTheFirstIsKilled() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process first = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        OrphanedRun.class.getName(), "first")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    ProcessHandle second = null;
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
      second = ProcessHandle.of(Long.parseLong(out.readLine().trim())).orElseThrow();
      TimeUnit.MILLISECONDS.sleep(500); // the second is watching by now
      assertTrue(second.isAlive());
      first.destroyForcibly().waitFor();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (second.isAlive() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      assertFalse(second.isAlive(), "the second JVM ended after the first was killed");
    } finally {
      first.destroyForcibly();
      if (second != null) {
        second.destroyForcibly();
      }
    }
  }
}
