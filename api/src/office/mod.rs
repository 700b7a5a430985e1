//! The elections office's view of its ballots: the read API that county systems and the console
//! share (a ballot's whole history, lists by condition, exports), for a county client with
//! `ballots:read` or a signed-in staff member.

pub mod ballots;
pub mod summary;

use std::sync::Arc;
use std::time::Duration as StdDuration;

use tokio::sync::Notify;

use ballot_shared::Vocabulary;
use ballot_shared::ballot::StatusReason;
use ballot_shared::office::{
    BallotHistory, BallotList, BallotListItem, BallotListPage, ElectionSummary, HeldBatch, HoldDecision,
    WaitingMessages,
};
use ballot_shared::staff::AuditAction;

use crate::clock::Clock;
use crate::db::Database;
use crate::error::{ServiceError, Words};
use crate::feeds::clients::Scope;
use crate::feeds::elections;
use crate::feeds::token::CountyClient;
use crate::notify::holds;
use crate::staff::Staff;
use crate::staff::access::{Permission, SignedInStaff};
use ballots::ListQuery;

const DB_WAIT: StdDuration = StdDuration::from_secs(5);
/// Ballots a page holds unless asked for fewer; the most it holds.
pub const PAGE: i64 = 100;
pub const MAX_PAGE: i64 = 500;
/// The most ballots one export holds.
pub const MAX_EXPORT: usize = 200_000;
/// Days a list of late ballots looks back unless asked otherwise.
pub const DEFAULT_DAYS: i64 = 7;

/// Who reads: a county's system (a client token with `ballots:read`) or a staff member.
#[derive(Debug, Clone)]
pub enum Reader {
    Client(CountyClient),
    Staff(SignedInStaff),
}

impl Reader {
    /// Allows reading `county`'s ballots (and, with `Permission::Act`, exporting them).
    pub fn authorize(&self, county: i16, permission: Permission) -> Result<(), ServiceError> {
        match self {
            Self::Client(client) => client.authorize(county, Scope::BallotsRead),
            Self::Staff(staff) => staff.authorize(county, permission),
        }
    }
}

/// What a list request asks, as typed.
#[derive(Debug, Clone, Default)]
pub struct ListRequest {
    pub election: String,
    pub list: String,
    pub days: Option<i64>,
    pub reason: Option<String>,
    pub after: Option<String>,
    pub limit: Option<i64>,
}

fn invalid(field: &str, code: &str) -> ServiceError {
    ServiceError::InvalidFields(vec![ballot_shared::FieldError::new(field, code).of_kind("office")])
}

impl ListRequest {
    fn parse(&self, county: i16, election: i64) -> Result<ListQuery, ServiceError> {
        let list = BallotList::parse(&self.list).ok_or_else(|| invalid("list", "unknown"))?;
        let days = self.days.unwrap_or(DEFAULT_DAYS);
        if !(0..=366).contains(&days) {
            return Err(invalid("days", "range"));
        }
        let reason = match self.reason.as_deref().filter(|r| !r.trim().is_empty()) {
            Some(reason) => Some(StatusReason::parse(reason).ok_or_else(|| invalid("reason", "unknown"))?),
            None => None,
        };
        let after = match self.after.as_deref().filter(|a| !a.is_empty()) {
            Some(after) => {
                Some(after.parse::<i64>().ok().filter(|a| *a > 0).ok_or_else(|| invalid("after", "format"))?)
            }
            None => None,
        };
        let limit = self.limit.unwrap_or(PAGE);
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(invalid("limit", "range"));
        }
        Ok(ListQuery { county, election, list, days, reason, after, limit })
    }
}

/// The read API's use-cases.
#[derive(Clone)]
pub struct Office {
    pub database: Database,
    pub clock: Clock,
    pub staff: Staff,
    /// Wakes the notification workers (a released batch's messages are due).
    pub wakeup: Arc<Notify>,
}

impl Office {
    async fn election(&self, county: i16, code: &str) -> Result<(i64, Option<chrono::NaiveDate>), ServiceError> {
        let code = code.trim().to_owned();
        let found = self
            .database
            .run(DB_WAIT, move |conn| {
                let Some(id) = elections::find_for_county(conn, &code, county)? else { return Ok(None) };
                Ok(Some((id, elections::cure_deadline(conn, id)?)))
            })
            .await?;
        found.ok_or(ServiceError::NoSuchElection)
    }

    /// One page of a list of `county`'s ballots in an election.
    pub async fn list(
        &self,
        reader: &Reader,
        county: i16,
        request: ListRequest,
        why: Option<String>,
    ) -> Result<BallotListPage, ServiceError> {
        reader.authorize(county, Permission::See)?;
        let (election, cure_deadline) = self.election(county, &request.election).await?;
        let query = request.parse(county, election)?;
        // The cure list is confidential: staff say why they open it, and its first page is logged.
        if query.list.is_confidential() {
            let why = self.reason_for(reader, why)?;
            if let (Reader::Staff(staff), Some(why), None) = (reader, why, query.after) {
                let subject = format!("{} list, election {}", query.list.as_str(), request.election.trim());
                self.staff.record(staff, Some(county), AuditAction::ListViewed, subject, Some(why)).await?;
            }
        }
        let now = self.clock.now().naive_utc();
        let list = query.list;
        let (ballots, next) = self.database.run(DB_WAIT, move |conn| Ok(ballots::list(conn, &query, now)?)).await?;
        Ok(BallotListPage {
            list,
            election: request.election.trim().to_owned(),
            county,
            cure_deadline,
            ballots,
            next: next.map(|id| id.to_string()),
        })
    }

    /// Every ballot of a list, for a CSV file: operators (and county systems) only, and each
    /// staff export is written to the audit log with the reason given.
    pub async fn export(
        &self,
        reader: &Reader,
        county: i16,
        request: ListRequest,
        why: Option<String>,
    ) -> Result<(BallotList, Vec<BallotListItem>), ServiceError> {
        reader.authorize(county, Permission::Act)?;
        let why = self.reason_for(reader, why)?;
        let (election, _) = self.election(county, &request.election).await?;
        let mut query = request.parse(county, election)?;
        query.limit = MAX_PAGE;
        let now = self.clock.now().naive_utc();
        let list = query.list;
        let everything = self
            .database
            .run(DB_WAIT, move |conn| {
                let mut everything = Vec::new();
                loop {
                    let (page, next) = ballots::list(conn, &query, now)?;
                    everything.extend(page);
                    match next {
                        Some(next) if everything.len() < MAX_EXPORT => query.after = Some(next),
                        _ => return Ok(everything),
                    }
                }
            })
            .await?;
        if let (Reader::Staff(staff), Some(why)) = (reader, why) {
            let subject =
                format!("{} list, election {}, {} ballots", list.as_str(), request.election.trim(), everything.len());
            self.staff.record(staff, Some(county), AuditAction::ListExported, subject, Some(why)).await?;
        }
        Ok((list, everything))
    }

    /// A staff member says why they look (the office phone: "voter called"); a county's system need not.
    fn reason_for(&self, reader: &Reader, why: Option<String>) -> Result<Option<String>, ServiceError> {
        let why = why.map(|w| w.trim().chars().take(200).collect::<String>()).filter(|w| !w.is_empty());
        match (reader, why) {
            (Reader::Staff(_), None) => Err(invalid("why", "missing")),
            (_, why) => Ok(why),
        }
    }

    /// The ballots of `county` with the county's ballot id, or of the voter with the state voter ID,
    /// each with its whole history, newest first. Each staff search is written to the audit log.
    pub async fn search(
        &self,
        reader: &Reader,
        county: i16,
        ballot_id: Option<String>,
        voter_id: Option<String>,
        why: Option<String>,
    ) -> Result<Vec<BallotHistory>, ServiceError> {
        reader.authorize(county, Permission::See)?;
        let why = self.reason_for(reader, why)?;
        let ballot_id = ballot_id.map(|b| b.trim().to_owned()).filter(|b| !b.is_empty());
        let voter_id = voter_id.map(|v| v.trim().to_uppercase()).filter(|v| !v.is_empty());
        if ballot_id.is_none() && voter_id.is_none() {
            return Err(invalid("ballot_id", "missing"));
        }
        let subject = match (&ballot_id, &voter_id) {
            (Some(ballot), _) => format!("ballot {ballot}"),
            (None, Some(voter)) => format!("voter {voter}"),
            (None, None) => unreachable!("checked above"),
        };
        let found = self
            .database
            .run(DB_WAIT, move |conn| {
                let ids = ballots::find(conn, county, ballot_id.as_deref(), voter_id.as_deref())?;
                let mut found = Vec::new();
                for id in ids {
                    found.extend(ballots::history(conn, id)?);
                }
                Ok(found)
            })
            .await?;
        if let (Reader::Staff(staff), Some(why)) = (reader, why) {
            self.staff.record(staff, Some(county), AuditAction::BallotSearched, subject, Some(why)).await?;
        }
        Ok(found)
    }
}

impl Office {
    /// The election at a glance, for one county.
    pub async fn summary(
        &self,
        reader: &Reader,
        county: i16,
        election: String,
    ) -> Result<ElectionSummary, ServiceError> {
        reader.authorize(county, Permission::See)?;
        let (id, _) = self.election(county, &election).await?;
        let now = self.clock.now().naive_utc();
        let c = self.database.run(DB_WAIT, move |conn| Ok(summary::counts(conn, county, id, now)?)).await?;
        Ok(ElectionSummary {
            election: election.trim().to_owned(),
            county,
            ballots: c.ballots,
            funnel: c.funnel,
            by_status: c.by_status,
            not_accepted_reasons: c.not_accepted_reasons,
            stuck: c.stuck,
            per_day: c.per_day,
            signed_up: c.signed_up,
            opted_out: c.opted_out,
            ballots_with_sign_up: c.ballots_with_sign_up,
            deliveries: c.deliveries,
        })
    }

    /// The county's held batches (and those decided lately), newest first, with what each would send.
    pub async fn holds(&self, reader: &Reader, county: i16) -> Result<Vec<HeldBatch>, ServiceError> {
        reader.authorize(county, Permission::See)?;
        let listed = self.database.run(DB_WAIT, move |conn| Ok(holds::list(conn, Some(county))?)).await?;
        Ok(listed
            .into_iter()
            .map(|(batch, waiting)| HeldBatch {
                id: batch.id,
                county: batch.county_id,
                created_at: batch.created_at,
                reasons: batch.reasons.split_whitespace().map(str::to_owned).collect(),
                rows_posted: batch.rows_posted,
                final_rows: batch.final_rows,
                skipped_rows: batch.skipped_rows,
                future_rows: batch.future_rows,
                county_ballots: batch.county_ballots,
                state: batch.state.as_str().to_owned(),
                decided_at: batch.decided_at,
                waiting: waiting
                    .into_iter()
                    .map(|w| WaitingMessages {
                        notice: w.notice,
                        channel: w.channel,
                        language: w.language,
                        messages: w.messages,
                    })
                    .collect(),
            })
            .collect())
    }

    /// Releases (its messages go as usual) or discards (none ever goes) a held batch of the
    /// county: operators only, written to the audit log.
    pub async fn decide(
        &self,
        staff: &SignedInStaff,
        county: i16,
        id: i64,
        release: bool,
    ) -> Result<HoldDecision, ServiceError> {
        staff.authorize(county, Permission::Act)?;
        let (now, by) = (self.clock.now().naive_utc(), staff.member.id);
        let (action, state) = if release {
            (AuditAction::HoldReleased, holds::HoldState::Released)
        } else {
            (AuditAction::HoldDiscarded, holds::HoldState::Discarded)
        };
        let decided = self
            .database
            .run(DB_WAIT, move |conn| {
                crate::db::write_transaction(conn, |conn| {
                    let Some(messages) = (match holds::find(conn, id)? {
                        Some(batch) if batch.county_id == county => holds::decide(conn, id, release, by, now)?,
                        _ => None,
                    }) else {
                        return Ok(None);
                    };
                    // In the same transaction: no decision without its line in the log.
                    let subject = format!("held batch {id}, {messages} messages");
                    let done = crate::staff::audit::Done {
                        staff_id: Some(by),
                        county: Some(county),
                        action,
                        subject: &subject,
                        reason: None,
                    };
                    crate::staff::audit::record(conn, done, now)?;
                    Ok(Some(messages))
                })
                .map_err(|e: diesel::result::Error| e.into())
            })
            .await?;
        let Some(messages) = decided else {
            return Err(ServiceError::Conflict(Words::new("problem-hold-decided")));
        };
        if release {
            self.wakeup.notify_one();
        }
        Ok(HoldDecision { id, state: state.as_str().to_owned(), messages })
    }
}

/// A cell as a spreadsheet shows it, never as a formula: text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (a ballot id a feed sent, a provider's word) gets a `'` first.
fn cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}").into() } else { text.into() }
}

/// The ballots of an export as a CSV file, one row a ballot, with a header row.
pub fn csv_file(ballots: &[BallotListItem]) -> anyhow::Result<Vec<u8>> {
    let mut file = csv::Writer::from_writer(Vec::new());
    file.write_record([
        "ballot_id",
        "voter_id",
        "voter_name",
        "status",
        "reason",
        "status_at",
        "delivery_method",
        "last_notice",
        "last_channel",
        "last_state",
        "last_outcome",
        "last_sent_at",
        "voter_seen_at",
    ])?;
    let time = |at: Option<chrono::NaiveDateTime>| {
        at.map(|at| at.format("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
    };
    for ballot in ballots {
        let last = ballot.last_notification.as_ref();
        let cells = [
            ballot.ballot_id.as_str(),
            &ballot.voter_id,
            &ballot.voter_name,
            ballot.status.as_str(),
            ballot.reason.map(Vocabulary::as_str).unwrap_or_default(),
            &time(ballot.status_at),
            ballot.delivery_method.as_str(),
            last.map(|n| n.notice.as_str()).unwrap_or_default(),
            last.map(|n| n.channel.as_str()).unwrap_or_default(),
            last.map(|n| n.state.as_str()).unwrap_or_default(),
            last.and_then(|n| n.outcome.as_deref()).unwrap_or_default(),
            &time(last.map(|n| n.due_at)),
            &time(ballot.voter_seen_at),
        ];
        file.write_record(cells.map(cell).iter().map(|c| c.as_bytes()))?;
    }
    Ok(file.into_inner()?)
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn no_cell_opens_as_a_formula() {
        for text in ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(cell(text).starts_with('\''), "{text}");
        }
        assert_eq!(cell("B-0001"), "B-0001");
        assert_eq!(cell(""), "");
    }
}
