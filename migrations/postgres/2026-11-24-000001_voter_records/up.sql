-- How much of a birth date the county holds: 'full', or 'year' where it keeps only the year.
ALTER TABLE counties ADD COLUMN birth_date_precision TEXT NOT NULL DEFAULT 'full'
    CHECK (birth_date_precision IN ('full', 'year'));
-- Where voters of the county get help; unset until the county provides them.
ALTER TABLE counties ADD COLUMN elections_phone TEXT;
ALTER TABLE counties ADD COLUMN elections_email TEXT;
ALTER TABLE counties ADD COLUMN elections_website TEXT;

-- The voter roll: only what finding a voter needs (no street address, no SSN, no driver's licence).
CREATE TABLE voter_records (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Opaque identifier handed out in session tokens instead of the state voter ID.
    uid TEXT NOT NULL UNIQUE,
    voter_id TEXT NOT NULL UNIQUE,
    county_id SMALLINT NOT NULL REFERENCES counties (id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    first_name_key TEXT NOT NULL,
    last_name_key TEXT NOT NULL,
    birth_year SMALLINT NOT NULL,
    -- NULL where the county holds only the year.
    birth_date DATE,
    zip TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'cancelled')),
    updated_at TIMESTAMP NOT NULL
);

-- Serves the lookup: every column it compares for equality.
CREATE INDEX voter_records_lookup ON voter_records (last_name_key, first_name_key, zip, birth_year);
