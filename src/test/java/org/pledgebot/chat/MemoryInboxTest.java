package org.pledgebot.chat;

/** The in-memory inbox against the contract every inbox keeps. */
class MemoryInboxTest extends UpdateInboxContract {

  @Override
  protected UpdateInbox inbox() {
    return UpdateInbox.inMemory();
  }
}
