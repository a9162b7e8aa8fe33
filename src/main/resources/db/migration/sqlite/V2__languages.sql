-- Version 2: any language, not only English and French: a language is stored as its two-letter
-- lowercase ISO 639-1 code. SQLite cannot alter a CHECK, so chats and subscriptions are rebuilt:
-- create the new table, copy every row, drop the old, rename the new, recreate the indexes.
-- Flyway runs this on a connection without foreign-key enforcement (see Schema), so dropping
-- chats cascades nowhere, and the other tables' references name the rebuilt table again once it
-- is renamed.

CREATE TABLE chats_v2 (
  id         INTEGER PRIMARY KEY,                 -- Telegram chat id
  type       TEXT CHECK (type IN ('private', 'group', 'supergroup', 'channel')),
  language   TEXT CHECK (language GLOB '[a-z][a-z]'),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  blocked_at INTEGER,
  created    INTEGER NOT NULL
);
INSERT INTO chats_v2 (id, type, language, active, blocked_at, created)
  SELECT id, type, language, active, blocked_at, created FROM chats;
DROP TABLE chats;
ALTER TABLE chats_v2 RENAME TO chats;

CREATE TABLE subscriptions_v2 (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  kind    TEXT NOT NULL CHECK (kind IN ('theme', 'pledger', 'query')),
  value   TEXT NOT NULL,
  lang    TEXT CHECK (lang GLOB '[a-z][a-z]'),    -- the query's language; for the others the chat's at the time
  created INTEGER NOT NULL,
  CHECK (kind <> 'query' OR lang IS NOT NULL)
);
-- AUTOINCREMENT's high-water mark moves with the table, so that the id of a subscription deleted
-- before the upgrade is still never handed out again.
INSERT INTO sqlite_sequence (name, seq) SELECT 'subscriptions_v2', seq FROM sqlite_sequence WHERE name = 'subscriptions';
INSERT INTO subscriptions_v2 (id, chat_id, kind, value, lang, created)
  SELECT id, chat_id, kind, value, lang, created FROM subscriptions;
DROP TABLE subscriptions;
ALTER TABLE subscriptions_v2 RENAME TO subscriptions;

CREATE UNIQUE INDEX subscriptions_target
  ON subscriptions (chat_id, kind, value, (CASE kind WHEN 'query' THEN lang ELSE '' END));
CREATE INDEX subscriptions_match ON subscriptions (kind, value);
