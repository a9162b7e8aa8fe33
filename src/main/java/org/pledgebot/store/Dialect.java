package org.pledgebot.store;

/** The two databases a store runs on; the table classes switch on it where their SQL differs. */
enum Dialect {
  /** One file, written by one bot process. */
  SQLITE,
  /** One server, shared by several bot instances. */
  POSTGRESQL
}
