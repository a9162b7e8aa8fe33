-- Version 5: the update inbox. A webhook update is recorded here before it is answered 200, so
-- that each update is handled once however often Telegram delivers it. One SQLite process needs
-- it only against redeliveries and restarts, but the contract is the one PostgreSQL keeps for
-- several instances. Times are epoch milliseconds (UTC), as in the other tables.

CREATE TABLE update_inbox (
  update_id   INTEGER PRIMARY KEY,              -- Telegram's update_id
  body        TEXT NOT NULL,                    -- the update as delivered (JSON)
  lease_until INTEGER NOT NULL,                 -- the accepting (or claiming) instance has it until then
  attempts    INTEGER NOT NULL DEFAULT 1,       -- leases so far, the accepting one included
  done_at     INTEGER                           -- handled (answered, ignored or given up on)
);

CREATE INDEX update_inbox_open ON update_inbox (lease_until, update_id) WHERE done_at IS NULL;
CREATE INDEX update_inbox_done ON update_inbox (done_at) WHERE done_at IS NOT NULL;
