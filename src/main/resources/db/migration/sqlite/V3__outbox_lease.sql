-- Version 3: the outbox lease. Outbox.due claims the alerts it hands out until claimed_until
-- (epoch milliseconds); nobody else gets them before then, unless they are released. One SQLite
-- process needs no lease, but the contract is the one PostgreSQL keeps for several instances.

ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
