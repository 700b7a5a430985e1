DROP TABLE staff_audit;
DROP TABLE staff_sign_in_failures;
DROP TABLE staff_sessions;
DROP TABLE staff_accounts;
