-- Version 8: the outbox keeps no foreign keys on PostgreSQL. Each is a trigger run once per
-- inserted row: queuing the ~7,500 alerts of a new pledge spent more time in the three checks than
-- in the insert itself (EXPLAIN ANALYZE, 21,926 rows: 584 ms of triggers in 1,051 ms). The insert
-- already joins the subscription and its active chat (store/OutboxTable.insert), and what the keys
-- did on delete the store now does itself: forgetting a chat deletes its alerts, deleting a
-- subscription clears it from its alerts (store/JdbcStore.forget, unsubscribe, unsubscribeAll).
ALTER TABLE outbox
  DROP CONSTRAINT outbox_chat_id_fkey,
  DROP CONSTRAINT outbox_pledge_id_fkey,
  DROP CONSTRAINT outbox_subscription_id_fkey;
