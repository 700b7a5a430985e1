DROP TABLE reminder_runs;
DROP TABLE notifications;
ALTER TABLE counties DROP COLUMN reminder_days;
