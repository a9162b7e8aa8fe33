-- Version 5: the update inbox. A webhook update is recorded here before it is answered 200, so
-- that each update is handled once across instances however often Telegram delivers it, and an
-- update accepted by an instance that died is taken over by another when its lease runs out.
-- Times are epoch milliseconds (UTC) in BIGINT, as in the other tables.

CREATE TABLE update_inbox (
  update_id   BIGINT PRIMARY KEY,               -- Telegram's update_id
  body        TEXT NOT NULL,                    -- the update as delivered (JSON)
  lease_until BIGINT NOT NULL,                  -- the accepting (or claiming) instance has it until then
  attempts    INTEGER NOT NULL DEFAULT 1,       -- leases so far, the accepting one included
  done_at     BIGINT                            -- handled (answered, ignored or given up on)
);

-- What claimExpired scans: the open updates by the end of their lease.
CREATE INDEX update_inbox_open ON update_inbox (lease_until, update_id) WHERE done_at IS NULL;
-- What forgetDone deletes.
CREATE INDEX update_inbox_done ON update_inbox (done_at) WHERE done_at IS NOT NULL;
