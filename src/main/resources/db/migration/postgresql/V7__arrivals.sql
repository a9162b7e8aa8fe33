-- Version 7: the overall limit counted by when messages can have reached Telegram, and each
-- booking and each answer as one call (store/PostgresThrottle). Times are microseconds on the
-- database server's clock.

-- The messages of the last seconds, by their overall slot. arrived: when the message can have
-- reached Telegram at the latest (its answer less the fastest round trip its instance has seen,
-- in server time); NULL until it is answered: it may land any moment, so it counts in every
-- window until then (for p_unanswered at most: an instance killed with messages in flight).
CREATE TABLE overall_sends (
  slot    BIGINT PRIMARY KEY,
  arrived BIGINT
);

-- Books a message to p_chat: locks the chat's row, then the overall row (always in that order),
-- and grants the next overall slot when the chat's own limits (its interval, its pause, a group's
-- quota) let it through now, the slot is within p_horizon and fewer than p_limit messages can have
-- arrived within p_window before it. granted false: wait is the microseconds the chat's own
-- limits hold it (positive) or, negated, how long the overall pace does.
CREATE FUNCTION pace_book(p_chat BIGINT, p_group BOOLEAN, p_horizon BIGINT, p_spacing BIGINT,
    p_interval BIGINT, p_group_window BIGINT, p_group_quota INT, p_window BIGINT, p_limit INT,
    p_unanswered BIGINT)
RETURNS TABLE (granted BOOLEAN, wait BIGINT, slot BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  chat_free BIGINT;
  overall_free BIGINT;
  now_us BIGINT;
  quota_used INT;
  oldest BIGINT;
  window_free BIGINT;
  s BIGINT;
BEGIN
  INSERT INTO send_pace (chat_id) VALUES (p_chat), (0) ON CONFLICT (chat_id) DO NOTHING;
  SELECT greatest(p.next_free, p.paused_until) INTO chat_free FROM send_pace p WHERE p.chat_id = p_chat FOR UPDATE;
  SELECT greatest(p.next_free, p.paused_until) INTO overall_free FROM send_pace p WHERE p.chat_id = 0 FOR UPDATE;
  now_us := (extract(epoch from clock_timestamp()) * 1000000)::bigint;
  IF p_group THEN
    SELECT count(*), min(g.sent_at) INTO quota_used, oldest FROM (SELECT gs.sent_at FROM group_sends gs
        WHERE gs.chat_id = p_chat AND gs.sent_at > now_us - p_group_window
        ORDER BY gs.sent_at DESC LIMIT p_group_quota) g;
    IF quota_used >= p_group_quota THEN
      chat_free := greatest(chat_free, oldest + p_group_window);
    END IF;
  END IF;
  IF chat_free > now_us THEN
    RETURN QUERY SELECT false, chat_free - now_us, 0::BIGINT;
    RETURN;
  END IF;
  SELECT w.a + p_window INTO window_free FROM (SELECT coalesce(o.arrived, greatest(o.slot, now_us)) AS a FROM overall_sends o
      WHERE o.slot > now_us - p_unanswered ORDER BY a DESC OFFSET p_limit - 1 LIMIT 1) w;
  s := greatest(now_us, overall_free, coalesce(window_free, 0));
  IF s - now_us > p_horizon THEN
    RETURN QUERY SELECT false, -greatest(1, s - now_us - p_horizon), 0::BIGINT;
    RETURN;
  END IF;
  UPDATE send_pace SET next_free = s + p_spacing WHERE chat_id = 0;
  UPDATE send_pace SET next_free = s + p_interval WHERE chat_id = p_chat;
  IF p_group THEN
    INSERT INTO group_sends (chat_id, sent_at) VALUES (p_chat, s);
  END IF;
  INSERT INTO overall_sends (slot) VALUES (s) ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT true, s - now_us, s;
END
$$;

-- A message to p_chat got its answer now: the chat's limits count from now, and the messages
-- p_slots can have arrived by p_arrived (the answered one, and this instance's recent ones again
-- when it has just seen a faster round trip).
CREATE FUNCTION pace_sent(p_chat BIGINT, p_group BOOLEAN, p_interval BIGINT, p_slots BIGINT[], p_arrived BIGINT[])
RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  now_us BIGINT := (extract(epoch from clock_timestamp()) * 1000000)::bigint;
BEGIN
  UPDATE send_pace SET next_free = greatest(next_free, now_us + p_interval) WHERE chat_id = p_chat;
  IF p_group THEN
    UPDATE group_sends SET sent_at = greatest(sent_at, now_us)
        WHERE chat_id = p_chat AND sent_at = (SELECT max(g.sent_at) FROM group_sends g WHERE g.chat_id = p_chat);
  END IF;
  UPDATE overall_sends o SET arrived = greatest(coalesce(o.arrived, o.slot), u.a)
      FROM unnest(p_slots, p_arrived) AS u(s, a) WHERE o.slot = u.s;
END
$$;
