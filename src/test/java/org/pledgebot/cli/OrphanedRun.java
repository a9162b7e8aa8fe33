package org.pledgebot.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two JVMs of a search run, for {@link ShortRunTest}: {@code first} starts the second as
 * {@link ShortRun} does (the mark set), prints its pid and waits for it; {@code second} watches
 * the first as {@code Main} has it do, then waits, as a search waits on its input.
 */
final class OrphanedRun {

  private OrphanedRun() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("first")) {
      String java = ProcessHandle.current().info().command().orElseThrow();
      Process second = new ProcessBuilder(List.of(java, "-D" + ShortRun.MARK + "=true", "-cp",
          System.getProperty("java.class.path"), OrphanedRun.class.getName(), "second"))
          .inheritIO().start();
      System.out.println(second.pid());
      System.out.flush();
      System.exit(second.waitFor());
    }
    ShortRun.endWithTheFirst();
    TimeUnit.MINUTES.sleep(5);
  }
}
