//! Elections: created by a county, the state, or the command line. Several counties hold the same
//! election under one id; a county may change an election only while it is the only county holding
//! it, the state always.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::db::schema::{election_counties, elections};
use crate::db::{AdvisoryLock, DbConnection, serialize_writers, write_transaction};
use crate::error::Words;
use crate::feeds::body::RowRead;
use crate::feeds::{BatchResult, FeedContext, Outcome, audit, field_error, parse_date, parse_id, present};
use crate::per_backend;
use ballot_shared::FieldError;

/// Ballots postmarked by election day count when they arrive within this many days after it.
pub const RETURN_DAYS_AFTER_ELECTION: u64 = 7;

/// An election as posted.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ElectionRow {
    /// The election's id, the same for every county holding it, e.g. `2026-11-03-general`.
    #[schema(example = "2026-11-03-general")]
    pub id: String,
    #[schema(example = "General Election, November 3, 2026")]
    pub name: String,
    /// `YYYY-MM-DD`.
    #[schema(example = "2026-11-03")]
    pub election_day: String,
    /// Last day a ballot postmarked by election day may arrive (`YYYY-MM-DD`); 7 days after election day when omitted.
    #[serde(default)]
    #[schema(example = "2026-11-10")]
    pub return_deadline: Option<String>,
    /// Last day to fix a signature problem (`YYYY-MM-DD`), when known.
    #[serde(default)]
    #[schema(example = "2026-12-01")]
    pub cure_deadline: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = elections)]
#[diesel(treat_none_as_null = true)]
pub struct ElectionFields {
    pub code: String,
    pub name: String,
    pub election_day: NaiveDate,
    pub return_deadline: NaiveDate,
    pub cure_deadline: Option<NaiveDate>,
}

impl ElectionRow {
    pub fn parse(&self) -> Result<ElectionFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let code = parse_id("id", &self.id).map_err(|e| errors.push(e)).ok();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(field_error("name", "required", Words::new("feed-election-name")));
        }
        let day = parse_date("election_day", &self.election_day).map_err(|e| errors.push(e)).ok();
        let mut optional = |field: &str, value: &Option<String>| match present(value) {
            None => None,
            Some(text) => match parse_date(field, text) {
                Ok(date) if day.is_some_and(|day| date < day) => {
                    let why = Words::new("feed-before-election").with("field", field);
                    errors.push(field_error(field, "before_election", why));
                    None
                }
                Ok(date) => Some(date),
                Err(e) => {
                    errors.push(e);
                    None
                }
            },
        };
        let return_deadline = optional("return_deadline", &self.return_deadline);
        let cure_deadline = optional("cure_deadline", &self.cure_deadline);
        match (code, day) {
            (Some(code), Some(day)) if errors.is_empty() => Ok(ElectionFields {
                code,
                name: name.to_owned(),
                election_day: day,
                return_deadline: return_deadline
                    .unwrap_or_else(|| day.checked_add_days(Days::new(RETURN_DAYS_AFTER_ELECTION)).unwrap_or(day)),
                cure_deadline,
            }),
            _ => Err(errors),
        }
    }
}

/// Creates or updates elections for the context's county. `state` lifts the rule that a shared
/// election may only be changed by the state.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    state: bool,
    rows: Vec<RowRead<ElectionRow>>,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let valid = result.validate(rows, |row| &row.id, ElectionRow::parse);
    write_transaction(conn, |conn| {
        serialize_writers(conn, AdvisoryLock::Elections)?;
        for (index, fields) in valid {
            let code = fields.code.clone();
            match upsert(conn, context, state, &fields)? {
                Ok(outcome) => result.push(index, Some(code), outcome, Vec::new()),
                Err(error) => result.reject(index, Some(code), vec![error]),
            }
        }
        let result = std::mem::take(&mut result).sorted();
        audit(conn, context, &result)?;
        Ok(result)
    })
}

fn upsert(
    conn: &mut DbConnection,
    context: &FeedContext,
    state: bool,
    fields: &ElectionFields,
) -> QueryResult<Result<Outcome, FieldError>> {
    let stored: Option<(i64, ElectionFields)> = elections::table
        .filter(elections::code.eq(&fields.code))
        .select((elections::id, ElectionFields::as_select()))
        .first(conn)
        .optional()?;
    let Some((id, stored)) = stored else {
        let id: i64 = per_backend!(conn, c => diesel::insert_into(elections::table)
            .values((fields, elections::created_at.eq(context.now), elections::updated_at.eq(context.now)))
            .returning(elections::id)
            .get_result(c)?);
        join(conn, id, context.county)?;
        return Ok(Ok(Outcome::Created));
    };
    if stored != *fields {
        let holders: Vec<i16> = election_counties::table
            .filter(election_counties::election_id.eq(id))
            .select(election_counties::county_id)
            .load(conn)?;
        if !state && holders.iter().any(|&county| county != context.county) {
            return Ok(Err(field_error("id", "shared_election", Words::new("feed-shared-election"))));
        }
        diesel::update(elections::table.find(id)).set((fields, elections::updated_at.eq(context.now))).execute(conn)?;
        join(conn, id, context.county)?;
        return Ok(Ok(Outcome::Updated));
    }
    Ok(Ok(if join(conn, id, context.county)? { Outcome::Updated } else { Outcome::Unchanged }))
}

/// Adds the county to the election's counties; `true` when it was not there yet.
fn join(conn: &mut DbConnection, election: i64, county: i16) -> QueryResult<bool> {
    let added = per_backend!(conn, c => diesel::insert_into(election_counties::table)
        .values((election_counties::election_id.eq(election), election_counties::county_id.eq(county)))
        .on_conflict_do_nothing()
        .execute(c)?);
    Ok(added == 1)
}

/// The election's last day to fix a signature problem, when set.
pub fn cure_deadline(conn: &mut DbConnection, election: i64) -> QueryResult<Option<chrono::NaiveDate>> {
    elections::table.find(election).select(elections::cure_deadline).first(conn)
}

/// The id of election `code` if the county holds it.
pub fn find_for_county(conn: &mut DbConnection, code: &str, county: i16) -> QueryResult<Option<i64>> {
    elections::table
        .inner_join(election_counties::table)
        .filter(elections::code.eq(code))
        .filter(election_counties::county_id.eq(county))
        .select(elections::id)
        .first(conn)
        .optional()
}
