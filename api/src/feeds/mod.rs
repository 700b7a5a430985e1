//! What counties and the state post: their API clients and tokens, elections, ballots, ballot
//! events, USPS scans and voter-registration updates. Every batch answers row by row, stores its
//! good rows even when others are bad, and is recorded in the audit log.

pub mod ballots;
pub mod body;
pub mod clients;
pub mod elections;
pub mod events;
pub mod scans;
pub mod stats;
pub mod token;
pub mod voters;

use ballot_shared::imb::ImbError;
use ballot_shared::{FieldError, InputError};
use chrono::{DateTime, NaiveDateTime, Utc};

use std::time::Duration;

use crate::error::{ServiceError, Words};
use crate::feeds::body::RowRead;
use crate::messaging::texts;
use crate::voter::california_date;
use crate::voter::import::RawVoterRow;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::schema::audit_log;
use crate::notify::holds::HoldRules;

/// What the feeds work with.
#[derive(Clone)]
pub struct Feeds {
    pub database: crate::db::Database,
    pub clock: crate::clock::Clock,
    /// When an event batch's messages wait for an operator.
    pub holds: HoldRules,
}

/// How long a batch waits for a database connection.
const DB_WAIT: Duration = Duration::from_secs(30);

/// The rows of one posted batch, by feed.
pub enum Batch {
    /// `by_state`: the state-level client, which may change elections other counties hold too.
    Elections {
        rows: Vec<RowRead<elections::ElectionRow>>,
        by_state: bool,
    },
    Ballots(Vec<RowRead<ballots::BallotRow>>),
    Events(Vec<RowRead<events::EventRow>>),
    Scans(Vec<RowRead<scans::ScanRow>>),
    /// `by_state`: the state-level client, which alone may move a voter active in another county.
    Voters {
        rows: Vec<RowRead<RawVoterRow>>,
        by_state: bool,
    },
}

impl Batch {
    /// The endpoint it was posted to, for the audit log.
    fn endpoint(&self) -> &'static str {
        match self {
            Self::Elections { .. } => "elections",
            Self::Ballots(_) => "ballots",
            Self::Events(_) => "ballot-events",
            Self::Scans(_) => "usps-scans",
            Self::Voters { .. } => "voter-records",
        }
    }
}

impl Feeds {
    /// Applies a batch API client `client` posted for `county`, in one database call.
    pub async fn apply(&self, county: i16, client: i64, batch: Batch) -> Result<BatchResult, ServiceError> {
        let now = self.clock.now();
        let context = FeedContext {
            county,
            client: Some(client),
            endpoint: batch.endpoint(),
            now: now.naive_utc(),
            holds: self.holds,
            hold: None,
        };
        let result = self
            .database
            .run(DB_WAIT, move |conn| {
                Ok(match batch {
                    Batch::Elections { rows, by_state } => elections::apply(conn, &context, by_state, rows)?,
                    Batch::Ballots(rows) => ballots::apply(conn, &context, rows)?,
                    Batch::Events(rows) => events::apply(conn, &context, rows, now)?,
                    Batch::Scans(rows) => scans::apply(conn, &context, rows, now)?,
                    Batch::Voters { rows, by_state } => {
                        voters::apply(conn, &context, by_state, rows, california_date(context.now))?
                    }
                })
            })
            .await?;
        Ok(result)
    }

    /// A county's counts for the election it holds with id `code`; `None` when it holds none.
    pub async fn stats(&self, county: i16, code: String) -> Result<Option<stats::ElectionStats>, ServiceError> {
        Ok(self
            .database
            .run(DB_WAIT, move |conn| {
                let Some(election) = elections::find_for_county(conn, &code, county)? else { return Ok(None) };
                Ok(Some(stats::for_election(conn, county, election, &code)?))
            })
            .await?)
    }
}

/// Who is writing, for which county, and when.
#[derive(Debug, Clone)]
pub struct FeedContext {
    pub county: i16,
    /// The API client's row id; `None` for the command line.
    pub client: Option<i64>,
    /// The endpoint, for the audit log.
    pub endpoint: &'static str,
    pub now: NaiveDateTime,
    /// When an event batch's messages wait for an operator.
    pub holds: HoldRules,
    /// The hold the batch being stored is under: its messages wait, `held`.
    pub hold: Option<i64>,
}

/// What became of one row of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A new record was stored.
    Created,
    /// A stored record was changed.
    Updated,
    /// Stored already, exactly so: nothing changed.
    Unchanged,
    /// A new event was stored.
    Accepted,
    /// An event with this id was stored before: nothing changed.
    Duplicate,
    /// Stored, but no ballot has this barcode (USPS scans).
    Unmatched,
    /// Not stored; `errors` says why.
    Rejected,
}

/// One row's outcome, in the order the rows were sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct RowOutcome {
    /// The row's position in the batch, from 0.
    pub index: usize,
    /// The row's own id (event id, ballot id, election id, voter ID), when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// The answer to a batch: totals, then every row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct BatchResult {
    pub received: usize,
    /// Rows that stored something new (created, updated, accepted, unmatched scans).
    pub stored: usize,
    /// Rows already stored exactly so (unchanged, duplicate).
    pub unchanged: usize,
    pub rejected: usize,
    pub results: Vec<RowOutcome>,
}

impl BatchResult {
    pub fn push(&mut self, index: usize, id: Option<String>, outcome: Outcome, errors: Vec<FieldError>) {
        self.received += 1;
        match outcome {
            Outcome::Created | Outcome::Updated | Outcome::Accepted | Outcome::Unmatched => self.stored += 1,
            Outcome::Unchanged | Outcome::Duplicate => self.unchanged += 1,
            Outcome::Rejected => self.rejected += 1,
        }
        self.results.push(RowOutcome { index, id, outcome, errors });
    }

    pub fn reject(&mut self, index: usize, id: Option<String>, errors: Vec<FieldError>) {
        self.push(index, id, Outcome::Rejected, errors);
    }

    /// Validates every row read: rows that could not be read or do not parse are rejected here
    /// (reported under `id`), the valid ones come back with their positions in the batch.
    pub fn validate<R, V>(
        &mut self,
        rows: Vec<RowRead<R>>,
        id: impl Fn(&R) -> &str,
        parse: impl Fn(&R) -> Result<V, Vec<FieldError>>,
    ) -> Vec<(usize, V)> {
        let mut valid = Vec::with_capacity(rows.len());
        for (index, row) in rows.into_iter().enumerate() {
            match row {
                Err(error) => self.reject(index, None, vec![error]),
                Ok(row) => match parse(&row) {
                    Ok(value) => valid.push((index, value)),
                    Err(errors) => self.reject(index, Some(id(&row).trim().to_owned()), errors),
                },
            }
        }
        valid
    }

    /// Adds another part of the same batch.
    pub fn merge(&mut self, other: Self) {
        self.received += other.received;
        self.stored += other.stored;
        self.unchanged += other.unchanged;
        self.rejected += other.rejected;
        self.results.extend(other.results);
    }

    /// The same result with every error's message written in `language`.
    pub fn explained(mut self, language: &str) -> Self {
        for row in &mut self.results {
            row.errors = row.errors.iter().map(|error| texts::explained(language, error)).collect();
        }
        self
    }

    /// Rows in the order they were sent.
    pub fn sorted(mut self) -> Self {
        self.results.sort_by_key(|r| r.index);
        self
    }
}

/// What is wrong with `field` of a row, in the words `why` (a `feed-…` message with its arguments).
pub fn field_error(field: &str, code: &str, why: Words) -> FieldError {
    FieldError::new(field, code).explained(why)
}

/// A barcode field that is not an Intelligent Mail barcode.
pub fn barcode_error(field: &str, error: &ImbError) -> FieldError {
    let why = match error {
        ImbError::Format => Words::new("feed-imb-format"),
        ImbError::BarcodeIdentifier => Words::new("feed-imb-barcode-identifier"),
    };
    field_error(field, error.code(), why.with("field", field))
}

/// A required text id: trimmed, 1 to 128 printable characters.
pub fn parse_id(field: &str, input: &str) -> Result<String, FieldError> {
    let id = input.trim();
    if id.is_empty() {
        return Err(field_error(field, "required", Words::new("feed-required").with("field", field)));
    }
    if id.chars().count() > 128 || id.chars().any(char::is_control) {
        return Err(field_error(field, "format", Words::new("feed-id-format").with("field", field)));
    }
    Ok(id.to_owned())
}

/// How far in the future a posted time may be (clocks disagree a little; never by days).
const CLOCK_SKEW: chrono::Duration = chrono::Duration::hours(1);

/// A time with its UTC offset (RFC 3339), as UTC; not more than a little in the future.
pub fn parse_instant(field: &str, input: &str, now: DateTime<Utc>) -> Result<NaiveDateTime, FieldError> {
    match DateTime::parse_from_rfc3339(input.trim()) {
        Ok(at) if at.with_timezone(&Utc) > now + CLOCK_SKEW => {
            Err(field_error(field, "in_future", Words::new("feed-in-future").with("field", field)))
        }
        Ok(at) => Ok(at.naive_utc()),
        Err(_) => Err(field_error(field, "format", Words::new("feed-instant-format").with("field", field))),
    }
}

/// A date written `YYYY-MM-DD`, exactly: chrono's `%Y` alone would also take `+20261-11-03`, a
/// typo no election or delivery date can be.
pub fn parse_date(field: &str, input: &str) -> Result<chrono::NaiveDate, FieldError> {
    let input = input.trim();
    let date = (input.len() == 10).then(|| ballot_shared::iso_date::parse_date(input)).flatten();
    date.ok_or_else(|| field_error(field, "format", Words::new("feed-date-format").with("field", field)))
}

/// Blank optional text is absent.
pub fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct AuditEntry<'a> {
    client_id: i64,
    at: NaiveDateTime,
    endpoint: &'a str,
    county_id: i16,
    received: i32,
    accepted: i32,
    unchanged: i32,
    rejected: i32,
}

/// Records a client's write in the audit log (counts only: no rows, no tokens). Call it inside the
/// write's transaction, so that nothing is stored unrecorded.
pub fn audit(conn: &mut DbConnection, context: &FeedContext, result: &BatchResult) -> QueryResult<()> {
    let Some(client_id) = context.client else { return Ok(()) };
    let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    diesel::insert_into(audit_log::table)
        .values(AuditEntry {
            client_id,
            at: context.now,
            endpoint: context.endpoint,
            county_id: context.county,
            received: count(result.received),
            accepted: count(result.stored),
            unchanged: count(result.unchanged),
            rejected: count(result.rejected),
        })
        .execute(conn)?;
    Ok(())
}
