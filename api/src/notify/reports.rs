//! Delivery reports: what the SMS provider says became of a text or call, and what that changes
//! (a number that cannot take messages is marked failed, so the voter's page says so).

use ballot_shared::contact::ContactKind;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{contact_methods, notifications};
use crate::db::{Database, DbConnection, write_transaction};
use crate::error::ServiceError;

/// How long a delivery report waits for a database connection.
const DB_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
use crate::voter::contact;

/// What a provider's delivery report says of a text or call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Delivered,
    /// Not delivered, and the number cannot take messages: the word says why.
    Permanent(&'static str),
    /// Not delivered this time.
    Undelivered,
    /// Still on its way (queued, sent, ringing): nothing to record.
    InProgress,
}

impl Report {
    /// Reads a Twilio-compatible status callback's `MessageStatus`/`CallStatus` and `ErrorCode`.
    pub fn read(status: &str, error_code: Option<&str>) -> Self {
        match status {
            "delivered" | "completed" | "read" => Self::Delivered,
            "undelivered" | "failed" | "busy" | "no-answer" | "canceled" => match error_code {
                // The recipient replied STOP to the carrier, or the carrier blocks us for them.
                Some("21610") => Self::Permanent("opted_out"),
                // Not a valid, reachable mobile number.
                Some("21211" | "21614" | "30005" | "30006") => Self::Permanent("invalid_number"),
                _ => Self::Undelivered,
            },
            _ => Self::InProgress,
        }
    }
}

/// [`apply_report`] on a pooled connection.
pub async fn record(
    database: &Database,
    notification: Option<i64>,
    provider_sid: String,
    report: Report,
    now: NaiveDateTime,
) -> Result<bool, ServiceError> {
    Ok(database.run(DB_WAIT, move |conn| Ok(apply_report(conn, notification, &provider_sid, report, now)?)).await?)
}

/// Records a provider's delivery report for message `notification` (from the callback's URL), or,
/// without it, for the message the provider calls `provider_sid`. A permanent failure marks the
/// method failed, so the portal tells the voter, unless the voter has changed the method since the
/// message went. `false` when no such message is ours.
pub fn apply_report(
    conn: &mut DbConnection,
    notification: Option<i64>,
    provider_sid: &str,
    report: Report,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    write_transaction(conn, |conn| {
        let columns = (
            notifications::id,
            notifications::voter_record_id,
            notifications::channel,
            notifications::provider_id,
            notifications::claimed_at,
        );
        type Found = (i64, i64, ContactKind, Option<String>, Option<NaiveDateTime>);
        let found: Option<Found> = match notification {
            Some(id) => notifications::table.find(id).select(columns).first(conn).optional()?,
            None => notifications::table
                .filter(notifications::provider_id.eq(provider_sid))
                .select(columns)
                .first(conn)
                .optional()?,
        };
        let Some((id, voter, channel, provider_id, sent_at)) = found else { return Ok(false) };
        if provider_id.as_deref().is_some_and(|known| known != provider_sid) {
            // A report about another message than the one we sent: not ours to record.
            return Ok(false);
        }
        let word = match report {
            Report::InProgress => None,
            Report::Delivered => Some("delivered"),
            Report::Undelivered => Some("undelivered"),
            Report::Permanent(why) => {
                let method: Option<(i64, NaiveDateTime)> = contact_methods::table
                    .filter(contact_methods::voter_record_id.eq(voter))
                    .filter(contact_methods::kind.eq(channel))
                    .select((contact_methods::id, contact_methods::updated_at))
                    .first(conn)
                    .optional()?;
                match method {
                    Some((method, changed)) if sent_at.is_none_or(|sent| changed <= sent) => {
                        contact::mark_failed(conn, method, why, now)?;
                    }
                    _ => tracing::info!("delivery report about an address the voter has since changed"),
                }
                Some(why)
            }
        };
        let target = notifications::table.find(id);
        match word {
            Some(word) => diesel::update(target)
                .set((notifications::provider_id.eq(provider_sid), notifications::outcome.eq(word)))
                .execute(conn)?,
            // Still on its way: nothing to say yet, but the provider's id is known now.
            None => diesel::update(target).set(notifications::provider_id.eq(provider_sid)).execute(conn)?,
        };
        Ok(true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_tell_delivered_from_failed_for_good() {
        assert_eq!(Report::read("delivered", None), Report::Delivered);
        assert_eq!(Report::read("undelivered", Some("21610")), Report::Permanent("opted_out"));
        assert_eq!(Report::read("failed", Some("30006")), Report::Permanent("invalid_number"));
        assert_eq!(Report::read("undelivered", Some("30003")), Report::Undelivered);
        assert_eq!(Report::read("sent", None), Report::InProgress);
    }
}
