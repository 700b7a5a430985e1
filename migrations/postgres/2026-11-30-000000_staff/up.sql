-- County staff: the people who use the console, apart from the API clients their systems use.

-- One row per staff member. An account is created with an enrolment link; following it, the
-- person sets a password and adds an authenticator app (TOTP), and only then can sign in.
CREATE TABLE staff_accounts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Lower case: the sign-in name.
    email TEXT NOT NULL UNIQUE,
    -- The county the person works for; NULL for the state's staff, who see every county.
    county_id SMALLINT REFERENCES counties (id),
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    -- argon2; NULL until enrolled.
    password_hash TEXT,
    -- The authenticator's secret, sealed under the server's secret; NULL until enrolled.
    totp_secret TEXT,
    -- The last 30-second step a code was accepted for: a code is good once.
    totp_last_step BIGINT,
    -- SHA-256 of the enrolment link's token, while the link is good; its expiry; the secret
    -- offered to the authenticator app during enrolment (sealed).
    enrolment_hash TEXT UNIQUE,
    enrolment_expires_at TIMESTAMP,
    enrolment_totp_secret TEXT,
    -- Who created the account (a staff member; NULL: the command line).
    created_by BIGINT REFERENCES staff_accounts (id),
    created_at TIMESTAMP NOT NULL,
    enrolled_at TIMESTAMP,
    -- A disabled account cannot sign in and its sessions have ended.
    disabled_at TIMESTAMP
);
CREATE INDEX staff_accounts_county ON staff_accounts (county_id);

-- Staff sessions: short, ended at sign-out, by an admin, or when the account is disabled.
CREATE TABLE staff_sessions (
    -- 32 random bytes, base64url; the token names it.
    id TEXT PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff_accounts (id),
    created_at TIMESTAMP NOT NULL,
    -- Not usable after this, however active.
    expires_at TIMESTAMP NOT NULL,
    -- Unused for longer than the idle limit, the session is over.
    last_seen_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- Failed sign-ins per email (an HMAC of it, known account or not): too many in a row lock it a while.
CREATE TABLE staff_sign_in_failures (
    email_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failed_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);

-- What staff did that a county admin may need to account for: sign-ins (and refusals), searches,
-- exports, releases, corrections, account changes. Who, when, what and why.
CREATE TABLE staff_audit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- NULL when a sign-in named no account.
    staff_id BIGINT REFERENCES staff_accounts (id),
    -- The county concerned; NULL when none is (a state staff member's sign-in).
    county_id SMALLINT,
    at TIMESTAMP NOT NULL,
    action TEXT NOT NULL,
    -- What it was done to (a ballot id, a list, an account), never a voter's name or address.
    subject TEXT NOT NULL,
    -- Why, as the staff member typed it (searches and exports ask).
    reason TEXT
);
CREATE INDEX staff_audit_county ON staff_audit (county_id, at);
CREATE INDEX staff_audit_staff ON staff_audit (staff_id, at);
