DROP INDEX notifications_held;
UPDATE notifications SET state = 'dropped', outcome = 'discarded' WHERE state = 'held';
UPDATE notifications SET pending_key = NULL WHERE pending_key LIKE 'held:%';
ALTER TABLE notifications DROP CONSTRAINT notifications_state_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_state_check
    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped'));
DROP TABLE held_batches;
