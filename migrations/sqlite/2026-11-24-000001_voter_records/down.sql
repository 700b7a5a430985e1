DROP TABLE voter_records;
ALTER TABLE counties DROP COLUMN elections_website;
ALTER TABLE counties DROP COLUMN elections_email;
ALTER TABLE counties DROP COLUMN elections_phone;
ALTER TABLE counties DROP COLUMN birth_date_precision;
