DROP TABLE message_budgets;
DROP TABLE account_changes;
DROP TABLE verification_codes;
DROP TABLE voter_sessions;
CREATE TABLE verification_codes (
    voter_record_id BIGINT PRIMARY KEY REFERENCES voter_records (id),
    code_hash TEXT NOT NULL,
    contact_method_id BIGINT NOT NULL REFERENCES contact_methods (id),
    attempts_left SMALLINT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
DELETE FROM account_messages WHERE kind = 'account_changed';
ALTER TABLE contact_methods DROP COLUMN added_by_session;
ALTER TABLE contact_methods DROP COLUMN link_nonce;
ALTER TABLE contact_methods DROP COLUMN confirmation_tries_left;
