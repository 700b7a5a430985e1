//! The staff audit log: what staff did that their county may need to account for (who, when,
//! what, why). Rows are only ever added.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use ballot_shared::staff::{AuditAction, AuditEntry};

use crate::db::DbConnection;
use crate::db::schema::{staff_accounts, staff_audit};

/// Most entries one page of the log holds.
pub const PAGE: i64 = 200;

/// One thing done, as written to the log.
pub struct Done<'a> {
    pub staff_id: Option<i64>,
    pub county: Option<i16>,
    pub action: AuditAction,
    pub subject: &'a str,
    pub reason: Option<&'a str>,
}

pub fn record(conn: &mut DbConnection, done: Done<'_>, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(staff_audit::table)
        .values((
            staff_audit::staff_id.eq(done.staff_id),
            staff_audit::county_id.eq(done.county),
            staff_audit::at.eq(now),
            staff_audit::action.eq(done.action),
            staff_audit::subject.eq(done.subject),
            staff_audit::reason.eq(done.reason),
        ))
        .execute(conn)
        .map(drop)
}

/// The log of `county` (all of it for `None`) at or after `since`, newest first, before entry
/// `before` when paging on.
pub fn read(
    conn: &mut DbConnection,
    county: Option<i16>,
    since: NaiveDateTime,
    before: Option<i64>,
) -> QueryResult<Vec<AuditEntry>> {
    type Row = (i64, NaiveDateTime, Option<String>, Option<i16>, AuditAction, String, Option<String>);
    let mut query = staff_audit::table
        .left_join(staff_accounts::table)
        .filter(staff_audit::at.ge(since))
        .select((
            staff_audit::id,
            staff_audit::at,
            staff_accounts::email.nullable(),
            staff_audit::county_id,
            staff_audit::action,
            staff_audit::subject,
            staff_audit::reason,
        ))
        .order(staff_audit::id.desc())
        .limit(PAGE)
        .into_boxed();
    if let Some(county) = county {
        query = query.filter(staff_audit::county_id.eq(county));
    }
    if let Some(before) = before {
        query = query.filter(staff_audit::id.lt(before));
    }
    let rows: Vec<Row> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, at, staff, county, action, subject, reason)| AuditEntry {
            id,
            at,
            staff,
            county,
            action,
            subject,
            reason,
        })
        .collect())
}
