//! The voter roll as stored: one row per registered voter, holding only what matching needs.

use std::collections::HashMap;

use ballot_shared::forms::{Birth, VoterLookup};
use ballot_shared::name::PersonName;
use ballot_shared::voter_id::VoterId;
use ballot_shared::zip::Zip;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{counties, voter_records};
use crate::db::{AdvisoryLock, DbConnection, serialize_writers, write_transaction};

/// Registration status as the county reports it. Only active voters can be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum RegistrationStatus {
    Active,
    Inactive,
    #[strum(to_string = "cancelled", serialize = "canceled")]
    Cancelled,
}

/// How much of the birth date the county holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollBirth {
    Date(NaiveDate),
    Year(i32),
}

/// One valid voter-roll entry, from an import file or a county feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollEntry {
    pub voter_id: VoterId,
    pub county: i16,
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub birth: RollBirth,
    pub zip: Zip,
    pub status: RegistrationStatus,
}

/// The stored columns of an entry that an import compares and writes.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = voter_records)]
#[diesel(treat_none_as_null = true)]
pub struct RollFields {
    pub voter_id: String,
    pub county_id: i16,
    pub first_name: String,
    pub last_name: String,
    pub first_name_key: String,
    pub last_name_key: String,
    pub birth_year: i16,
    pub birth_date: Option<NaiveDate>,
    pub zip: String,
    pub status: RegistrationStatus,
}

impl From<&RollEntry> for RollFields {
    fn from(entry: &RollEntry) -> Self {
        let (birth_year, birth_date) = match entry.birth {
            RollBirth::Date(date) => (date.year(), Some(date)),
            RollBirth::Year(year) => (year, None),
        };
        Self {
            voter_id: entry.voter_id.as_str().to_owned(),
            county_id: entry.county,
            first_name: entry.first_name.as_str().to_owned(),
            last_name: entry.last_name.as_str().to_owned(),
            first_name_key: entry.first_name.key().to_owned(),
            last_name_key: entry.last_name.key().to_owned(),
            birth_year: birth_year as i16,
            birth_date,
            zip: entry.zip.as_str().to_owned(),
            status: entry.status,
        }
    }
}

/// A voter-roll row as first written: flat, as PostgreSQL's `COPY` needs it.
#[derive(Debug, Insertable)]
#[diesel(table_name = voter_records)]
#[diesel(treat_none_as_default_value = false)]
struct NewVoterRecord {
    uid: String,
    voter_id: String,
    county_id: i16,
    first_name: String,
    last_name: String,
    first_name_key: String,
    last_name_key: String,
    birth_year: i16,
    birth_date: Option<NaiveDate>,
    zip: String,
    status: RegistrationStatus,
    updated_at: NaiveDateTime,
}

impl NewVoterRecord {
    fn new(fields: RollFields, uid: String, updated_at: NaiveDateTime) -> Self {
        let RollFields {
            voter_id,
            county_id,
            first_name,
            last_name,
            first_name_key,
            last_name_key,
            birth_year,
            birth_date,
            zip,
            status,
        } = fields;
        Self {
            uid,
            voter_id,
            county_id,
            first_name,
            last_name,
            first_name_key,
            last_name_key,
            birth_year,
            birth_date,
            zip,
            status,
            updated_at,
        }
    }
}

/// What applying entries did, row by row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpsertCounts {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

impl std::ops::AddAssign for UpsertCounts {
    fn add_assign(&mut self, other: Self) {
        self.inserted += other.inserted;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
    }
}

/// What applying one entry did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollChange {
    Inserted,
    Updated,
    Unchanged,
}

/// Inserts new voters and updates changed ones, in one transaction, keyed by state voter ID.
/// Entries apply in order: a later entry for the same voter ID updates an earlier one.
pub fn upsert(conn: &mut DbConnection, entries: &[RollEntry], now: NaiveDateTime) -> QueryResult<UpsertCounts> {
    let mut counts = UpsertCounts::default();
    for change in upsert_each(conn, entries, now)? {
        match change {
            RollChange::Inserted => counts.inserted += 1,
            RollChange::Updated => counts.updated += 1,
            RollChange::Unchanged => counts.unchanged += 1,
        }
    }
    Ok(counts)
}

/// [`upsert`], telling what became of each entry, in order.
pub fn upsert_each(conn: &mut DbConnection, entries: &[RollEntry], now: NaiveDateTime) -> QueryResult<Vec<RollChange>> {
    write_transaction(conn, |conn| {
        serialize_writers(conn, AdvisoryLock::VoterRoll)?;
        let ids: Vec<&str> = entries.iter().map(|e| e.voter_id.as_str()).collect();
        let mut stored: HashMap<String, RollFields> = voter_records::table
            .filter(voter_records::voter_id.eq_any(&ids))
            .select(RollFields::as_select())
            .load(conn)?
            .into_iter()
            .map(|fields| (fields.voter_id.clone(), fields))
            .collect();
        let mut changes = Vec::with_capacity(entries.len());
        let mut new_rows: Vec<(RollFields, String)> = Vec::new();
        let mut new_index: HashMap<String, usize> = HashMap::new();
        for entry in entries {
            let fields = RollFields::from(entry);
            if let Some(&at) = new_index.get(&fields.voter_id) {
                // Inserted earlier in this same batch.
                if new_rows[at].0 == fields {
                    changes.push(RollChange::Unchanged);
                } else {
                    new_rows[at].0 = fields;
                    changes.push(RollChange::Updated);
                }
            } else if let Some(current) = stored.get_mut(&fields.voter_id) {
                if *current == fields {
                    changes.push(RollChange::Unchanged);
                } else {
                    diesel::update(voter_records::table.filter(voter_records::voter_id.eq(&fields.voter_id)))
                        .set((&fields, voter_records::updated_at.eq(now)))
                        .execute(conn)?;
                    *current = fields;
                    changes.push(RollChange::Updated);
                }
            } else {
                new_index.insert(fields.voter_id.clone(), new_rows.len());
                new_rows.push((fields, uuid::Uuid::new_v4().to_string()));
                changes.push(RollChange::Inserted);
            }
        }
        let records: Vec<NewVoterRecord> =
            new_rows.into_iter().map(|(fields, uid)| NewVoterRecord::new(fields, uid, now)).collect();
        match conn {
            // PostgreSQL's bulk path: one COPY for the whole batch.
            DbConnection::Postgres(c) => {
                diesel::copy_from(voter_records::table).from_insertable(&records).execute(c)?;
            }
            // SQLite allows 32,766 bound values per statement: 12 columns × 1,000 rows stays well under.
            DbConnection::Sqlite(c) => {
                for chunk in records.chunks(1_000) {
                    diesel::insert_into(voter_records::table).values(chunk).execute(c)?;
                }
            }
        }
        Ok(changes)
    })
}

/// An active registration that matches a lookup, with its county's name.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = voter_records)]
pub struct RollMatch {
    /// The registration's row id (never shown: `uid` is the opaque id voters' tokens carry).
    pub id: i64,
    pub uid: String,
    pub voter_id: String,
    pub first_name: String,
    pub last_name: String,
    pub county_id: i16,
    #[diesel(select_expression = counties::name)]
    pub county_name: String,
}

/// Most matches a lookup reads; more than one already means "voter ID needed".
const MATCH_LIMIT: i64 = 50;

/// Active registrations whose name keys, ZIP and birth agree with the lookup. A full date of
/// birth also matches a year-only record of the same year; a year alone matches only records
/// whose county keeps just the year (or whose date is unknown).
pub fn find_active(conn: &mut DbConnection, lookup: &VoterLookup) -> QueryResult<Vec<RollMatch>> {
    let year = match lookup.birth {
        Birth::Date(date) => date.year().value(),
        Birth::Year(year) => year.value(),
    };
    let query = voter_records::table
        .inner_join(counties::table)
        .filter(voter_records::last_name_key.eq(lookup.last_name.key()))
        .filter(voter_records::first_name_key.eq(lookup.first_name.key()))
        .filter(voter_records::zip.eq(lookup.zip.as_str()))
        .filter(voter_records::birth_year.eq(year as i16))
        .filter(voter_records::status.eq(RegistrationStatus::Active))
        .select(RollMatch::as_select())
        .limit(MATCH_LIMIT)
        .into_boxed();
    let query = match lookup.birth {
        Birth::Date(date) => {
            query.filter(voter_records::birth_date.eq(date.date()).or(voter_records::birth_date.is_null()))
        }
        Birth::Year(_) => {
            query.filter(voter_records::birth_date.is_null().or(counties::birth_date_precision.eq("year")))
        }
    };
    query.load(conn)
}

/// The voter a session token names, if still on the roll and active.
pub fn find_by_uid(conn: &mut DbConnection, uid: &str) -> QueryResult<Option<RollMatch>> {
    voter_records::table
        .inner_join(counties::table)
        .filter(voter_records::uid.eq(uid))
        .filter(voter_records::status.eq(RegistrationStatus::Active))
        .select(RollMatch::as_select())
        .first(conn)
        .optional()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ballot_shared::Vocabulary;

    #[test]
    fn registration_statuses_read_as_counties_spell_them_and_store_one_word() {
        assert_eq!(RegistrationStatus::parse(" Canceled "), Some(RegistrationStatus::Cancelled));
        assert_eq!(RegistrationStatus::parse("CANCELLED"), Some(RegistrationStatus::Cancelled));
        assert_eq!(RegistrationStatus::Cancelled.as_str(), "cancelled");
        assert_eq!(RegistrationStatus::parse("Active"), Some(RegistrationStatus::Active));
        assert_eq!(RegistrationStatus::parse("moved"), None);
    }
}

ballot_shared::stored_as_words!(RegistrationStatus);
