-- Version 9: a message not yet answered counts in the window before every slot booked after it
-- (store/PostgresThrottle). Version 7 counted it as arriving at the moment of the booking, as the
-- in-memory pace/Pacer does; but the Pacer grants for "now", while pace_book books a slot up to a
-- window ahead. At a booking made a window before its slot, the message still in flight was counted
-- at the booking's "now", which is out of the window before that slot; landing later than that
-- (a machine waking its sender late, a slow request), it bunched with the new one: 31 messages
-- within a second at Telegram (InstancesProcessTest, under load: one sent 92 ms after its slot, the
-- new one booked exactly a window after the booking's now). An unanswered message may land at any
-- moment until its answer, so no window can leave it out: fewer than p_limit unanswered, and the
-- answered ones (by when they can have arrived) fill the rest of the window. With p_limit
-- unanswered nothing is booked until an answer comes: the slots booked ahead are then about a
-- window's worth, which keeps the pace, and the booker asks again one spacing after the earliest
-- of them is due.
CREATE OR REPLACE FUNCTION pace_book(p_chat BIGINT, p_group BOOLEAN, p_horizon BIGINT, p_spacing BIGINT,
    p_interval BIGINT, p_group_window BIGINT, p_group_quota INT, p_window BIGINT, p_limit INT,
    p_unanswered BIGINT)
RETURNS TABLE (granted BOOLEAN, wait BIGINT, slot BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  chat_free BIGINT;
  overall_free BIGINT;
  now_us BIGINT;
  quota_used INT;
  oldest BIGINT;
  in_flight INT;
  first_due BIGINT;
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
  -- unanswered for p_unanswered at most: an instance killed with messages in flight never answers
  SELECT count(*), min(o.slot) INTO in_flight, first_due FROM overall_sends o
      WHERE o.arrived IS NULL AND o.slot > now_us - p_unanswered;
  IF in_flight >= p_limit THEN
    RETURN QUERY SELECT false, -(greatest(first_due - now_us, 0) + p_spacing), 0::BIGINT;
    RETURN;
  END IF;
  SELECT o.arrived + p_window INTO window_free FROM overall_sends o
      WHERE o.arrived IS NOT NULL AND o.arrived > now_us - p_window
      ORDER BY o.arrived DESC OFFSET p_limit - 1 - in_flight LIMIT 1;
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
