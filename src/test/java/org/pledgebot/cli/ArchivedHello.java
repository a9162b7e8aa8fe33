package org.pledgebot.cli;

/** A program for {@link ClassArchiveTest} to run from a jar of its own. */
final class ArchivedHello {

  private ArchivedHello() {}

  public static void main(String[] args) {
    System.out.println("hello " + String.join(" ", args));
  }
}
