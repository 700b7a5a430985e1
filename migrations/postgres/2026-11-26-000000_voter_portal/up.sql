-- The link to each county's signature cure form, shown to voters whose ballot needs a signature fixed.
ALTER TABLE counties ADD COLUMN cure_form_url TEXT;

-- What a voter wants to hear about their ballot and when. No row: the defaults (notifications on,
-- English, 08:00-20:00 Pacific).
CREATE TABLE voter_preferences (
    voter_record_id BIGINT PRIMARY KEY REFERENCES voter_records (id),
    notifications_on BOOLEAN NOT NULL,
    -- A language tag with translations, e.g. en, es.
    language TEXT NOT NULL,
    -- An IANA time zone, e.g. America/Los_Angeles.
    time_zone TEXT NOT NULL,
    -- The daily contact window, HH:MM in time_zone; may wrap midnight.
    contact_from TEXT NOT NULL,
    contact_until TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- A way to reach a voter: at most one of each kind per voter.
CREATE TABLE contact_methods (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    kind TEXT NOT NULL CHECK (kind IN ('email', 'sms', 'voice')),
    -- An email address, or a phone number in E.164 form.
    address TEXT NOT NULL,
    -- pending: waiting for the voter to confirm; on; off: turned off or unsubscribed; failed: undeliverable.
    state TEXT NOT NULL CHECK (state IN ('pending', 'on', 'off', 'failed')),
    -- SHA-256 of the emailed confirmation token (the token itself is never stored).
    confirmation_hash TEXT UNIQUE,
    confirmation_expires_at TIMESTAMP,
    confirmation_sent_at TIMESTAMP,
    confirmed_at TIMESTAMP,
    -- Why the method failed, in a word (e.g. bounced, invalid_number).
    failure TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (voter_record_id, kind)
);
CREATE INDEX contact_methods_address ON contact_methods (address, kind);

-- Numbers that replied STOP: no text goes to them until they reply START.
CREATE TABLE sms_opt_outs (
    phone TEXT PRIMARY KEY,
    opted_out_at TIMESTAMP NOT NULL
);

-- The one-time code last sent to a voter, which allows removing a confirmed method or turning
-- notifications off.
CREATE TABLE verification_codes (
    voter_record_id BIGINT PRIMARY KEY REFERENCES voter_records (id),
    -- HMAC-SHA-256 of the code under the server's secret.
    code_hash TEXT NOT NULL,
    contact_method_id BIGINT NOT NULL REFERENCES contact_methods (id),
    attempts_left SMALLINT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
