-- Systems that post to the county feeds: one county's, or (county_id NULL) the state's own feed,
-- which may act for every county. The secret is kept only as an argon2 hash.
CREATE TABLE api_clients (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    county_id SMALLINT REFERENCES counties (id),
    -- Space-separated, as in OAuth: ballots:write voters:write stats:read
    scopes TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE TABLE elections (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The id counties and the state use for it, e.g. 2026-11-03-general.
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    election_day DATE NOT NULL,
    -- Last day a ballot postmarked by election day may arrive.
    return_deadline DATE NOT NULL,
    -- Last day to fix a signature problem, where known.
    cure_deadline DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- The counties that hold an election (reminders go only to their voters).
CREATE TABLE election_counties (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    county_id SMALLINT NOT NULL REFERENCES counties (id),
    PRIMARY KEY (election_id, county_id)
);

CREATE TABLE ballots (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id SMALLINT NOT NULL REFERENCES counties (id),
    -- The county's own id for the ballot.
    ballot_id TEXT NOT NULL,
    voter_record_id BIGINT NOT NULL REFERENCES voter_records (id),
    election_id BIGINT NOT NULL REFERENCES elections (id),
    delivery_method TEXT NOT NULL CHECK (delivery_method IN ('mail', 'email', 'online', 'fax', 'in_person')),
    -- USPS Intelligent Mail barcode tracking codes (20 digits: barcode id, service type, mailer, serial).
    -- The routing code (the voter's ZIP+4 and delivery point) is not kept.
    outbound_tracking TEXT,
    return_tracking TEXT,
    -- The ballot this one was issued to replace.
    supersedes_id BIGINT REFERENCES ballots (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (county_id, ballot_id)
);
CREATE INDEX ballots_voter ON ballots (voter_record_id);
CREATE INDEX ballots_election ON ballots (election_id, county_id);
CREATE INDEX ballots_outbound_tracking ON ballots (outbound_tracking);
CREATE INDEX ballots_return_tracking ON ballots (return_tracking);

-- Each ballot's current status: a narrow row of its own with one index, because every status event
-- rewrites it (at election-night volume).
CREATE TABLE ballot_statuses (
    ballot_id BIGINT PRIMARY KEY REFERENCES ballots (id),
    status TEXT NOT NULL,
    status_reason TEXT,
    -- The status's place in the lifecycle; a lower one never replaces a higher one.
    status_rank SMALLINT NOT NULL,
    status_at TIMESTAMP,
    expected_delivery DATE,
    -- When the event that gave expected_delivery happened: an older one never replaces it.
    expected_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
)
-- Room on each page for the status updates a ballot gets over its life (heap-only updates).
WITH (fillfactor = 70);

CREATE TABLE ballot_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id SMALLINT NOT NULL,
    -- The county's unique id for the event: posting it again changes nothing.
    event_id TEXT NOT NULL,
    ballot_id BIGINT NOT NULL REFERENCES ballots (id),
    status TEXT NOT NULL,
    reason TEXT,
    status_rank SMALLINT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    -- The California calendar day of occurred_at, for daily counts.
    occurred_on DATE NOT NULL,
    expected_delivery DATE,
    source TEXT NOT NULL CHECK (source IN ('county', 'usps', 'drop_box')),
    client_id BIGINT,
    received_at TIMESTAMP NOT NULL,
    UNIQUE (county_id, event_id)
);
CREATE INDEX ballot_events_ballot ON ballot_events (ballot_id, occurred_at);

-- Every USPS scan posted, matched to a ballot or not (an unmatched scan is kept, not lost).
CREATE TABLE usps_scans (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id SMALLINT NOT NULL,
    tracking TEXT NOT NULL,
    facility_zip TEXT NOT NULL,
    operation_code TEXT NOT NULL,
    scanned_at TIMESTAMP NOT NULL,
    expected_delivery DATE,
    -- NULL until a ballot with this barcode is known.
    ballot_id BIGINT REFERENCES ballots (id),
    received_at TIMESTAMP NOT NULL,
    UNIQUE (county_id, tracking, operation_code, scanned_at, facility_zip)
);

-- What each county client wrote, and when (no request bodies, no tokens).
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES api_clients (id),
    at TIMESTAMP NOT NULL,
    endpoint TEXT NOT NULL,
    county_id SMALLINT NOT NULL,
    received INTEGER NOT NULL,
    accepted INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    rejected INTEGER NOT NULL
);
CREATE INDEX audit_log_client ON audit_log (client_id, at);
