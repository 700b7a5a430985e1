DROP TABLE message_budgets;
DROP TABLE account_changes;
DELETE FROM account_messages WHERE kind = 'account_changed';
ALTER TABLE account_messages DROP CONSTRAINT account_messages_kind_check;
ALTER TABLE account_messages ADD CONSTRAINT account_messages_kind_check
    CHECK (kind IN ('confirmation', 'code', 'method_added', 'keyword_reply'));
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
ALTER TABLE contact_methods DROP COLUMN added_by_session;
ALTER TABLE contact_methods DROP COLUMN link_nonce;
ALTER TABLE contact_methods DROP COLUMN confirmation_tries_left;
