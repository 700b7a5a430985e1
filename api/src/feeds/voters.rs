//! Voter-registration updates from a county: the same rows, rules and upsert as `import-voters`.

use diesel::prelude::*;

use std::collections::HashMap;

use crate::db::schema::voter_records;
use crate::db::{AdvisoryLock, DbConnection, serialize_writers, write_transaction};
use crate::error::Words;
use crate::feeds::body::RowRead;
use crate::feeds::{BatchResult, FeedContext, Outcome, audit, field_error};
use crate::voter::import::RawVoterRow;
use crate::voter::roll::{self, RegistrationStatus, RollChange, RollEntry};

/// Most voter records in one request.
pub const MAX_VOTER_RECORDS: usize = 10_000;

/// Adds, updates or cancels (status `cancelled`) the county's voters. A voter who moved here from
/// another county keeps their state voter ID, and with it their sign-up. A county may take over a
/// voter ID only once the other county's registration is no longer active; the state feeds
/// (`state`) may move any voter.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    state: bool,
    rows: Vec<RowRead<RawVoterRow>>,
    today: chrono::NaiveDate,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let valid = result.validate(
        rows,
        |row| &row.voter_id,
        |row| {
            let entry = row.parse(today)?;
            if entry.county != context.county {
                let why = Words::new("feed-voter-other-county").with("county", format!("{:02}", entry.county));
                return Err(vec![field_error("county", "other_county", why)]);
            }
            Ok(entry)
        },
    );
    let (mut positions, mut entries): (Vec<usize>, Vec<RollEntry>) = valid.into_iter().unzip();
    write_transaction(conn, |conn| {
        serialize_writers(conn, AdvisoryLock::VoterRoll)?;
        if !state {
            let ids: Vec<&str> = entries.iter().map(|e| e.voter_id.as_str()).collect();
            let held: HashMap<String, i16> = voter_records::table
                .filter(voter_records::voter_id.eq_any(&ids))
                .filter(voter_records::county_id.ne(context.county))
                .filter(voter_records::status.eq(RegistrationStatus::Active))
                .select((voter_records::voter_id, voter_records::county_id))
                .load::<(String, i16)>(conn)?
                .into_iter()
                .collect();
            let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut positions)
                .into_iter()
                .zip(std::mem::take(&mut entries))
                .partition(|(_, entry)| !held.contains_key(entry.voter_id.as_str()));
            for (index, entry) in others {
                let why = Words::new("feed-voter-active-elsewhere")
                    .with("county", format!("{:02}", held[entry.voter_id.as_str()]));
                result.reject(
                    index,
                    Some(entry.voter_id.as_str().to_owned()),
                    vec![field_error("voter_id", "active_elsewhere", why)],
                );
            }
            (positions, entries) = mine.into_iter().unzip();
        }
        let changes = roll::upsert_each(conn, &entries, context.now)?;
        for ((index, entry), change) in positions.into_iter().zip(&entries).zip(changes) {
            let outcome = match change {
                RollChange::Inserted => Outcome::Created,
                RollChange::Updated => Outcome::Updated,
                RollChange::Unchanged => Outcome::Unchanged,
            };
            result.push(index, Some(entry.voter_id.as_str().to_owned()), outcome, Vec::new());
        }
        let result = std::mem::take(&mut result).sorted();
        audit(conn, context, &result)?;
        Ok(result)
    })
}
