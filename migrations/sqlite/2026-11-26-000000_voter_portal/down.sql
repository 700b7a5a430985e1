DROP TABLE verification_codes;
DROP TABLE sms_opt_outs;
DROP TABLE contact_methods;
DROP TABLE voter_preferences;
ALTER TABLE counties DROP COLUMN cure_form_url;
