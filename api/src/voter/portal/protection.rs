//! Who may change what. The rules of account protection, in one place:
//!
//! - A voter with a confirmed method that another session set is *protected* from this session.
//!   Then a session that has not entered a one-time code may only look, add a method of a kind the
//!   voter does not have, and change or remove a method this same session set. Everything else
//!   (changing or removing another method, notifications on or off, contact hours, language) needs
//!   a verified session. (A voter who confirms their first method in a session may go on setting
//!   things up in it: nothing of theirs from before is at stake.)
//! - A one-time code goes only to a method that was confirmed before the asking session began, at
//!   least the cooling-off period earlier. So a method added in a session never verifies it, and
//!   one added yesterday only after the voter's own methods were told of it for a day.
//! - A voter with no confirmed method has nothing to protect: nothing reaches them yet.
//! - Sessions, codes and confirmations are timed on the service clock.

use ballot_shared::contact::MethodState;
use chrono::{Duration, NaiveDateTime};

use super::Voter;
use crate::error::{ServiceError, Words};
use crate::voter::contact::Method;

/// Whether the voter has a confirmed method this session did not set (and so the session needs to
/// be verified for protected changes).
pub fn protected(voter: &Voter, methods: &[Method]) -> bool {
    methods.iter().any(|m| m.state == MethodState::On && !set_by_this_session(voter, m))
}

/// Whether the signed-in session set `method`'s current address itself.
pub(super) fn set_by_this_session(voter: &Voter, method: &Method) -> bool {
    method.added_by_session.as_deref() == Some(voter.session.id.as_str())
}

/// Whether the signed-in session may change or remove `method` (one of the voter's `methods`).
pub(super) fn may_change_method(voter: &Voter, methods: &[Method], method: &Method) -> Result<(), ServiceError> {
    if set_by_this_session(voter, method) {
        return Ok(());
    }
    may_make_protected_change(voter, methods)
}

/// Whether the signed-in session may make a protected change (preferences, another's method).
pub(super) fn may_make_protected_change(voter: &Voter, methods: &[Method]) -> Result<(), ServiceError> {
    if !protected(voter, methods) || voter.session.verified() { Ok(()) } else { Err(ServiceError::VerificationNeeded) }
}

/// When `method` may first receive a code for a session that began at `session_start`; `None`
/// when it is not confirmed.
fn trusted_from(method: &Method, cooling_off: Duration) -> Option<NaiveDateTime> {
    (method.state == MethodState::On).then_some(method.confirmed_at?).map(|confirmed| confirmed + cooling_off)
}

/// Whether a code for the voter's session may go to `method`.
pub fn may_receive_codes(voter: &Voter, method: &Method, cooling_off: Duration) -> bool {
    trusted_from(method, cooling_off).is_some_and(|from| from <= voter.session.started_at)
}

/// `Ok` when a code for the voter's session may go to `method`; otherwise why not.
pub(super) fn check_code_recipient(
    voter: &Voter,
    method: &Method,
    cooling_off: Duration,
    now: NaiveDateTime,
) -> Result<(), ServiceError> {
    let Some(from) = trusted_from(method, cooling_off) else {
        return Err(ServiceError::Conflict(Words::new("problem-code-to-unconfirmed")));
    };
    if from <= voter.session.started_at {
        return Ok(());
    }
    // Sessions that begin from then on may use it.
    let wait = (from - now).to_std().unwrap_or_default();
    Err(ServiceError::MethodTooNew { wait, cooling_off_hours: cooling_off.num_hours() })
}
