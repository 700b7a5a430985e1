//! Voter-registration updates from a county: the same rows, rules and upsert as `import-voters`.

use diesel::prelude::*;

use crate::db::{DbConnection, write_transaction};
use crate::feeds::body::RowRead;
use crate::feeds::{BatchResult, FeedContext, Outcome, audit, field_error};
use crate::voter::import::RawVoterRow;
use crate::voter::roll::{self, RollChange};

/// Most voter records in one request.
pub const MAX_VOTER_RECORDS: usize = 10_000;

/// Adds, updates or cancels (status `cancelled`) the county's voters. A voter who moved here from
/// another county keeps their state voter ID, and with it their sign-up.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    rows: Vec<RowRead<RawVoterRow>>,
    today: chrono::NaiveDate,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let mut entries = Vec::new();
    let mut positions = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        let row = match row {
            Ok(row) => row,
            Err(error) => {
                result.reject(index, None, vec![error]);
                continue;
            }
        };
        let id = Some(row.voter_id.trim().to_owned());
        match row.parse(today) {
            Ok(entry) if entry.county != context.county => {
                let message = format!("This row is for county {:02}; post it to that county's endpoint.", entry.county);
                result.reject(index, id, vec![field_error("county", "other_county", message)]);
            }
            Ok(entry) => {
                entries.push(entry);
                positions.push(index);
            }
            Err(errors) => result.reject(index, id, errors),
        }
    }
    write_transaction(conn, |conn| {
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
