//! Whether a taken notification is still worth sending now: the rules, as one pure function of
//! the message, what the queue knows about its voter and ballot, and the time.

use ballot_shared::ballot::BallotStatus;
use ballot_shared::contact::{ContactWindow, MethodState};
use chrono::NaiveDateTime;

use super::Notice;
use super::queue::{BallotFacts, Claimed, Context, Fate};
use crate::voter::contact::{Method, Preferences};

/// A message that may go now, with what composing it needs.
pub(super) struct Allowed<'a> {
    pub method: &'a Method,
    pub preferences: Preferences,
    pub ballot: &'a BallotFacts,
    pub notice: Notice,
    pub window: ContactWindow,
}

/// The longest contact hours may hold a notice with a deadline (a signature to fix, a ballot to
/// return): past this after it was written, it goes whatever the hour.
pub const MAX_HELD_BY_CONTACT_HOURS: chrono::Duration = chrono::Duration::hours(24);

/// How long a message with words this version does not know waits before this version looks at
/// it again.
const FOR_A_NEWER_VERSION: chrono::Duration = chrono::Duration::minutes(10);

/// The message may go now (`Ok`), or why not: dropped for good (turned off, superseded, stale,
/// already told, replaced by newer news, returned), or later (outside the voter's contact hours).
pub(super) fn allowed<'a>(claimed: &Claimed, context: &'a Context, now: NaiveDateTime) -> Result<Allowed<'a>, Fate> {
    if context.inactive.contains(&claimed.voter_record_id) {
        return Err(Fate::Dropped("registration_inactive"));
    }
    let key = (claimed.voter_record_id, claimed.channel);
    let preferences = context.preferences.get(&claimed.voter_record_id).cloned().unwrap_or_default();
    let method = context.methods.get(&key).filter(|m| m.state == MethodState::On);
    let (Some(method), true) = (method, preferences.notifications_on) else {
        return Err(Fate::Dropped("turned_off"));
    };
    // Words a newer version wrote (during a rolling update): that version's workers send it.
    let for_a_newer_version = Fate::Later(now + FOR_A_NEWER_VERSION);
    if context.unreadable_ballots.contains(&claimed.ballot_id) {
        return Err(for_a_newer_version);
    }
    let ballot = context.ballots.get(&claimed.ballot_id).ok_or(Fate::Dropped("no_ballot"))?;
    let (Some(notice), Ok(reason)) = (claimed.notice(), claimed.reason()) else {
        return Err(for_a_newer_version);
    };
    if ballot.status == BallotStatus::Superseded {
        return Err(Fate::Dropped("superseded"));
    }
    let on_its_way_back = ballot.rank >= BallotStatus::ReturnedByVoter.rank();
    if notice == Notice::Reminder {
        if on_its_way_back || ballot.status == BallotStatus::Undeliverable {
            return Err(Fate::Dropped("returned"));
        }
    } else {
        let key = (claimed.ballot_id, claimed.channel);
        if let Some((told, highest)) = context.sent.get(&key) {
            // Never a status older than one already told, nor the same news twice.
            if *highest > claimed.status_rank {
                return Err(Fate::Dropped("stale"));
            }
            if told.contains(&(notice, reason, claimed.expected_delivery)) {
                return Err(Fate::Dropped("duplicate"));
            }
        }
        // A newer message for the same ballot waits or goes (one put back for a retry, say,
        // while a later event wrote another): that one tells the latest, this one nothing.
        if context.newest.get(&key).is_some_and(|newest| *newest > (claimed.status_rank, claimed.id)) {
            return Err(Fate::Dropped("replaced"));
        }
        // News about the way out once the ballot is on its way back (or was never used) is stale.
        let moved_on = on_its_way_back || ballot.status == BallotStatus::VotedInPerson;
        if moved_on && claimed.status_rank < BallotStatus::ReturnedByVoter.rank() {
            return Err(Fate::Dropped("stale"));
        }
    }
    let window = preferences.contact_hours;
    let open = window.next_open(now.and_utc()).naive_utc();
    if open > now {
        // A notice with a deadline waits for the voter's hours at most so long after it was written.
        let at_the_latest = claimed.created_at + MAX_HELD_BY_CONTACT_HOURS;
        if !notice.has_deadline() || open < at_the_latest {
            return Err(Fate::Later(open));
        }
        if now < at_the_latest {
            return Err(Fate::Later(at_the_latest));
        }
    }
    Ok(Allowed { method, preferences, ballot, notice, window })
}
