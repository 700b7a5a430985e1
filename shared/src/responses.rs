//! What the voter API answers with, as both the server (which writes these) and the web app (which
//! reads them) see it: one declaration of each, and the OpenAPI schemas from the same types.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::ballot::{BallotStatus, StatusReason};
use crate::contact::{ContactKind, MethodState};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct County {
    /// The county's two-digit number (1 Alameda … 58 Yuba).
    #[cfg_attr(feature = "openapi", schema(example = 34))]
    pub number: i16,
    #[cfg_attr(feature = "openapi", schema(example = "Sacramento"))]
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Voter {
    /// The voter's name as registered.
    #[cfg_attr(feature = "openapi", schema(example = "José O'Brien-Smith"))]
    pub name: String,
    pub county: County,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterSessionCreated {
    /// Send as `Authorization: Bearer TOKEN` on the voter's requests.
    pub token: String,
    #[cfg_attr(feature = "openapi", schema(example = "Bearer"))]
    pub token_type: String,
    /// Seconds until the token expires.
    #[cfg_attr(feature = "openapi", schema(example = 1800))]
    pub expires_in: i64,
    pub voter: Voter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotsView {
    /// Newest election first; within an election, the ballot that counts first.
    pub ballots: Vec<BallotView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ElectionView {
    #[cfg_attr(feature = "openapi", schema(example = "2026-11-03-general"))]
    pub id: String,
    pub name: String,
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date"))]
    pub election_day: NaiveDate,
    /// Last day a ballot postmarked by election day may arrive.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date"))]
    pub return_deadline: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusView {
    pub status: BallotStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<StatusReason>,
    /// The status in plain words.
    pub explanation: String,
    /// When it happened (UTC), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CureView {
    /// What to do, step by step.
    pub steps: Vec<String>,
    /// The last day to do it, where the county has set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date"))]
    pub deadline: Option<NaiveDate>,
    /// The county's form for the signature statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_url: Option<String>,
    /// How to reach the county elections office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county_contact: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotView {
    pub election: ElectionView,
    pub county: String,
    pub current: StatusView,
    /// A newer ballot replaced this one; only the newer one counts.
    pub replaced: bool,
    /// When the Postal Service expects to deliver the ballot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date"))]
    pub expected_delivery: Option<NaiveDate>,
    /// What happened to the ballot, oldest first.
    pub timeline: Vec<StatusView>,
    /// Present while a signature problem can be fixed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure: Option<CureView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MethodView {
    pub kind: ContactKind,
    /// Partly hidden: anyone who knows a voter's public details can open this page.
    #[cfg_attr(feature = "openapi", schema(example = "m•••@example.com"))]
    pub address: String,
    pub state: MethodState,
    /// Why the method failed, when it did: `rejected` (the address or number cannot receive
    /// messages), `stopped` (the number replied STOP), `invalid_number` (the carrier says it cannot
    /// take texts or calls), `opted_out` (the voter blocked our texts with their carrier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// Whether a one-time code for this session may go here: the method was confirmed before the
    /// session began, at least the cooling-off period (a day by default) earlier.
    pub may_receive_codes: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactHoursView {
    #[cfg_attr(feature = "openapi", schema(example = "08:00"))]
    pub from: String,
    #[cfg_attr(feature = "openapi", schema(example = "20:00"))]
    pub until: String,
    #[cfg_attr(feature = "openapi", schema(example = "America/Los_Angeles"))]
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageView {
    #[cfg_attr(feature = "openapi", schema(example = "es"))]
    pub tag: String,
    #[cfg_attr(feature = "openapi", schema(example = "Español"))]
    pub name: String,
}

/// Who messages come from, so voters recognise them (and find them in the spam folder).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendersView {
    #[cfg_attr(feature = "openapi", schema(example = "Ballot Tracker <ballots@vote.example.org>"))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(example = "(916) 555-0100"))]
    pub sms: String,
    #[cfg_attr(feature = "openapi", schema(example = "(916) 555-0100"))]
    pub voice: String,
    /// Whether calls to this voter are in English, because no voice the provider has speaks their
    /// language (emails and texts are in it all the same).
    pub calls_in_english: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreferencesView {
    /// `false`: no notifications at all (the status page keeps working).
    pub notifications_on: bool,
    pub language: String,
    pub contact_hours: ContactHoursView,
    /// The voter's methods, one per kind at most.
    pub methods: Vec<MethodView>,
    /// Whether the voter has a confirmed method another session set: then every change but adding
    /// a method of a new kind (or changing one this session added) needs a verified session.
    pub protected: bool,
    /// Whether this session entered a one-time code (and so may make those changes).
    pub verified: bool,
    pub senders: SendersView,
    /// The languages offered.
    pub languages: Vec<LanguageView>,
}

/// What an undo link undid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UndoneChange {
    pub kind: crate::contact::ChangeKind,
    /// What was undone, in plain words, in the request's language.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "We removed the phone number (•••) •••-0123 and signed out every session.")
    )]
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodeSent {
    /// Where the code went, partly hidden.
    #[cfg_attr(feature = "openapi", schema(example = "(•••) •••-0123"))]
    pub sent_to: String,
    /// Minutes the code works.
    #[cfg_attr(feature = "openapi", schema(example = 10))]
    pub expires_in_minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerifiedSession {
    /// The session's token (the session itself is now verified: it may also turn notifications off
    /// and change confirmed methods).
    pub token: String,
    #[cfg_attr(feature = "openapi", schema(example = "Bearer"))]
    pub token_type: String,
    pub expires_in: i64,
}

impl PreferencesView {
    /// The voter's method of `kind`, if any.
    pub fn method(&self, kind: ContactKind) -> Option<&MethodView> {
        self.methods.iter().find(|m| m.kind == kind)
    }

    /// The methods a one-time code can go to.
    /// The methods a one-time code for this session may go to.
    pub fn may_receive_codes(&self) -> Vec<MethodView> {
        self.methods.iter().filter(|m| m.may_receive_codes).cloned().collect()
    }
}
