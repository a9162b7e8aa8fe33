package org.pledgebot.message;

/** Where a message was written; groups get quieter behaviour than private chats. */
public enum ChatType {
  PRIVATE,
  GROUP,
  SUPERGROUP,
  CHANNEL;

  /** Whether several people share this chat, so that the bot only answers when addressed. */
  public boolean isGroup() {
    return this == GROUP || this == SUPERGROUP;
  }
}
