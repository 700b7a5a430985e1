DROP TABLE audit_log;
DROP TABLE usps_scans;
DROP TABLE ballot_events;
DROP TABLE ballot_statuses;
DROP TABLE ballots;
DROP TABLE election_counties;
DROP TABLE elections;
DROP TABLE api_clients;
