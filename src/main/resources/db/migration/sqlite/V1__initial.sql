-- Version 1: chats, subscriptions, seen pledges and the alert outbox.
-- Times are epoch milliseconds (UTC). Statements end with a semicolon at the end of a line.

CREATE TABLE chats (
  id         INTEGER PRIMARY KEY,                 -- Telegram chat id
  type       TEXT CHECK (type IN ('private', 'group', 'supergroup', 'channel')),
  language   TEXT CHECK (language IN ('en', 'fr')),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  blocked_at INTEGER,
  created    INTEGER NOT NULL
);

-- AUTOINCREMENT: ids are never reused, so an "unsub:<id>" button on an old alert can never
-- remove a subscription made later.
CREATE TABLE subscriptions (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  kind    TEXT NOT NULL CHECK (kind IN ('theme', 'pledger', 'query')),
  value   TEXT NOT NULL,
  lang    TEXT CHECK (lang IN ('en', 'fr')),      -- the query's language; for the others the chat's at the time
  created INTEGER NOT NULL,
  CHECK (kind <> 'query' OR lang IS NOT NULL)
);

-- One subscription per chat and target; the language is part of the target only for queries.
CREATE UNIQUE INDEX subscriptions_target
  ON subscriptions (chat_id, kind, value, (CASE kind WHEN 'query' THEN lang ELSE '' END));
CREATE INDEX subscriptions_match ON subscriptions (kind, value);

CREATE TABLE seen_pledges (
  pledge_id    TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  first_seen   INTEGER NOT NULL,
  updated      INTEGER NOT NULL
);

-- One row per (chat, new pledge): a chat is alerted once however many of its subscriptions match.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id         INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  pledge_id       TEXT NOT NULL REFERENCES seen_pledges (pledge_id),
  subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt    INTEGER NOT NULL,
  created         INTEGER NOT NULL,
  sent_at         INTEGER,
  last_error      TEXT,
  UNIQUE (chat_id, pledge_id)
);

CREATE INDEX outbox_due ON outbox (next_attempt, id) WHERE status = 'pending';
CREATE INDEX outbox_subscription ON outbox (subscription_id) WHERE subscription_id IS NOT NULL;

-- Small facts about the store itself, e.g. whether the seen table was ever initialised.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
