-- Version 1: chats, subscriptions, seen pledges and the alert outbox; the SQLite V1 in
-- PostgreSQL types. Times are epoch milliseconds (UTC) in BIGINT, flags 0/1 in SMALLINT, so that
-- both databases answer the same SQL.

CREATE TABLE chats (
  id         BIGINT PRIMARY KEY,                  -- Telegram chat id
  type       TEXT CONSTRAINT chats_type_check CHECK (type IN ('private', 'group', 'supergroup', 'channel')),
  language   TEXT CONSTRAINT chats_language_check CHECK (language IN ('en', 'fr')),
  active     SMALLINT NOT NULL DEFAULT 1 CONSTRAINT chats_active_check CHECK (active IN (0, 1)),
  blocked_at BIGINT,
  created    BIGINT NOT NULL
);

-- An identity column: a sequence never hands out an id twice, so an "unsub:<id>" button on an
-- old alert can never remove a subscription made later.
CREATE TABLE subscriptions (
  id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chat_id BIGINT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  kind    TEXT NOT NULL CONSTRAINT subscriptions_kind_check CHECK (kind IN ('theme', 'pledger', 'query')),
  value   TEXT NOT NULL,
  lang    TEXT CONSTRAINT subscriptions_lang_check CHECK (lang IN ('en', 'fr')),
  created BIGINT NOT NULL,
  CONSTRAINT subscriptions_query_lang_check CHECK (kind <> 'query' OR lang IS NOT NULL)
);

-- One subscription per chat and target; the language is part of the target only for queries.
CREATE UNIQUE INDEX subscriptions_target
  ON subscriptions (chat_id, kind, value, (CASE kind WHEN 'query' THEN lang ELSE '' END));
CREATE INDEX subscriptions_match ON subscriptions (kind, value);

CREATE TABLE seen_pledges (
  pledge_id    TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  first_seen   BIGINT NOT NULL,
  updated      BIGINT NOT NULL
);

-- One row per (chat, new pledge): a chat is alerted once however many of its subscriptions match.
CREATE TABLE outbox (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chat_id         BIGINT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  pledge_id       TEXT NOT NULL REFERENCES seen_pledges (pledge_id),
  subscription_id BIGINT REFERENCES subscriptions (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'pending'
                  CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'dropped')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt    BIGINT NOT NULL,
  created         BIGINT NOT NULL,
  sent_at         BIGINT,
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
