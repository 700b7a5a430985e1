//! API integration tests: the real server on port 0, a fresh database per test, on SQLite and on
//! PostgreSQL (`TEST_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/test`).

mod account_messages;
mod account_protection;
mod architecture;
mod county_auth;
mod county_feeds;
mod county_reads;
mod held_batches;
mod helpers;
mod languages;
mod meta;
mod notifications;
mod openapi;
mod staff_accounts;
mod voter_import;
mod voter_lookup;
mod voter_portal;
mod voter_session;
mod web_page;
