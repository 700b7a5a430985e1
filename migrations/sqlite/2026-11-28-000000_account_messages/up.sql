-- The outbox's second queue: messages a voter's own action or text calls for (email and text
-- confirmations, one-time codes, "a way of reaching you was added" notices, replies to keywords).
-- Written with the change that calls for them, sent by the notification workers before any ballot
-- notice, retried when the provider fails. The content can hold a code or a confirmation link: it
-- is sealed (AES-256-GCM under the server's secret) and erased once the message is settled.
CREATE TABLE account_messages (
    id INTEGER PRIMARY KEY,
    -- The voter it is for; none for a reply to a number that is no voter's.
    voter_record_id BIGINT REFERENCES voter_records (id),
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'code', 'method_added', 'keyword_reply')),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    -- Taken first, lowest first: 0 for codes and keyword replies, 1 for the rest.
    priority SMALLINT NOT NULL,
    -- The contact method a confirmation is for: marked failed when the provider refuses the address.
    contact_method_id BIGINT,
    sealed TEXT NOT NULL,
    -- pending, sending, sent, failed (the address cannot take messages), dead (gave up after
    -- retries), dropped (too old to be of use: a code or link that has expired).
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'dropped')),
    due_at TIMESTAMP NOT NULL,
    attempts SMALLINT NOT NULL DEFAULT 0,
    claimed_at TIMESTAMP,
    provider_id TEXT,
    outcome TEXT,
    -- Past this, the message is of no use (a code or a link that no longer works).
    expires_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX account_messages_due ON account_messages (priority, due_at) WHERE state = 'pending';
CREATE INDEX account_messages_claimed ON account_messages (claimed_at) WHERE state = 'sending';
