-- Version 3: the outbox lease. Outbox.due claims the alerts it hands out until claimed_until
-- (epoch milliseconds): another instance skips them until then, unless they are released, so an
-- alert is handed out once, and the claims of an instance that was killed run out by themselves.

ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
