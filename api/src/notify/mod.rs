//! Ballot notifications: the right message, once, in the voter's hours and language.
//!
//! - [`outbox`]: when a county event moves a ballot, the messages it calls for are written in the
//!   same transaction as the event (a transactional outbox), one per confirmed contact method, due
//!   at the start of the voter's contact hours. While a message waits, later events for the same
//!   ballot join it, so the voter gets one message with the latest status. Return reminders are
//!   written by a scheduled job, once per ballot.
//! - [`worker`]: workers (threads of their own) take due messages, send them with an idempotency
//!   key, and record the outcome; transient failures are retried with backoff. The worker is made
//!   of `queue` (the SQL: taking due messages with `FOR UPDATE SKIP LOCKED` on PostgreSQL, what is
//!   known of their voters and ballots, recording outcomes) and `policy` (whether a message is
//!   still worth sending now, as one pure function).
//! - The workers also send the queue of messages a voter's own action or text calls for
//!   (confirmations, codes, change notices, keyword replies; `messaging::account_messages`), ahead
//!   of any notice.
//! - [`reports`]: the provider's delivery reports for texts and calls.
//! - [`compose`]: the words, per notice, channel and language.

pub mod compose;
pub mod holds;
pub mod outbox;
mod policy;
mod queue;
pub mod reports;
pub mod worker;

use ballot_shared::ballot::{BallotStatus, StatusReason};

/// What a message tells the voter. The law's list (Elections Code 3019.7): mailed, expected
/// delivery, undeliverable, received, counted or not counted (with the reason and the fix), and a
/// return reminder; and, for the steps voters see on the status page, delivered and "in review"
/// for a signature problem that can still be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Notice {
    Mailed,
    ExpectedDelivery,
    Delivered,
    Undeliverable,
    Received,
    /// The signature needs fixing before the ballot can count.
    InReview,
    Accepted,
    NotAccepted,
    Reminder,
}

impl Notice {
    /// Whether the notice asks the voter to act before a deadline (fix a signature, return the
    /// ballot): contact hours hold it at most [`policy::MAX_HELD_BY_CONTACT_HOURS`].
    pub fn has_deadline(self) -> bool {
        matches!(self, Self::InReview | Self::Reminder)
    }

    /// The notice a ballot's new status calls for, if any. Not every step is worth a message:
    /// "issued" is not "mailed" (voters hated hearing "mailed" days early), a scan without a date
    /// adds nothing, and a returned ballot is told when the county has it.
    pub fn for_status(status: BallotStatus, reason: Option<StatusReason>) -> Option<Self> {
        match status {
            BallotStatus::Mailed => Some(Self::Mailed),
            BallotStatus::ExpectedDelivery => Some(Self::ExpectedDelivery),
            BallotStatus::Delivered => Some(Self::Delivered),
            BallotStatus::Undeliverable => Some(Self::Undeliverable),
            BallotStatus::Received => Some(Self::Received),
            BallotStatus::InReview if reason.is_some_and(StatusReason::is_curable) => Some(Self::InReview),
            BallotStatus::Accepted => Some(Self::Accepted),
            BallotStatus::NotAccepted => Some(Self::NotAccepted),
            BallotStatus::Issued
            | BallotStatus::InTransit
            | BallotStatus::ReturnedByVoter
            | BallotStatus::InReview
            | BallotStatus::VotedInPerson
            | BallotStatus::Superseded => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ballot_shared::Vocabulary;

    #[test]
    fn names_round_trip() {
        for &notice in Notice::all() {
            assert_eq!(Notice::parse(notice.as_str()), Some(notice));
        }
    }

    #[test]
    fn only_steps_worth_a_message_make_one() {
        assert_eq!(Notice::for_status(BallotStatus::Issued, None), None);
        assert_eq!(Notice::for_status(BallotStatus::InTransit, None), None);
        assert_eq!(Notice::for_status(BallotStatus::Superseded, None), None);
        assert_eq!(Notice::for_status(BallotStatus::InReview, Some(StatusReason::Other)), None);
        assert_eq!(
            Notice::for_status(BallotStatus::InReview, Some(StatusReason::SignatureMismatch)),
            Some(Notice::InReview)
        );
        assert_eq!(Notice::for_status(BallotStatus::Received, None), Some(Notice::Received));
    }
}

ballot_shared::stored_as_words!(Notice);
