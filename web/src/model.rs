//! The voter API's answers, as the page reads them (see `api/src/routes/portal.rs`).

use ballot_shared::ballot::{BallotStatus, StatusReason};
use ballot_shared::contact::{ContactKind, MethodState};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BallotsView {
    pub ballots: Vec<BallotView>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ElectionView {
    pub id: String,
    pub name: String,
    pub election_day: NaiveDate,
    pub return_deadline: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StatusView {
    pub status: BallotStatus,
    #[serde(default)]
    pub reason: Option<StatusReason>,
    /// The API's English words; the page uses its own, in the voter's language.
    #[serde(default)]
    pub explanation: String,
    #[serde(default)]
    pub at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CureView {
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    #[serde(default)]
    pub form_url: Option<String>,
    #[serde(default)]
    pub county_contact: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BallotView {
    pub election: ElectionView,
    pub county: String,
    pub current: StatusView,
    pub replaced: bool,
    #[serde(default)]
    pub expected_delivery: Option<NaiveDate>,
    #[serde(default)]
    pub timeline: Vec<StatusView>,
    #[serde(default)]
    pub cure: Option<CureView>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MethodView {
    pub kind: ContactKind,
    pub address: String,
    pub state: MethodState,
    #[serde(default)]
    pub failure: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContactHoursView {
    pub from: String,
    pub until: String,
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LanguageView {
    pub tag: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SendersView {
    pub email: String,
    pub sms: String,
    pub voice: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PreferencesView {
    pub notifications_on: bool,
    pub language: String,
    pub contact_hours: ContactHoursView,
    pub methods: Vec<MethodView>,
    pub verified: bool,
    pub senders: SendersView,
    pub languages: Vec<LanguageView>,
}

impl PreferencesView {
    pub fn method(&self, kind: ContactKind) -> Option<&MethodView> {
        self.methods.iter().find(|m| m.kind == kind)
    }

    /// The methods a one-time code can go to.
    pub fn confirmed(&self) -> Vec<MethodView> {
        self.methods.iter().filter(|m| m.state == MethodState::On).cloned().collect()
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CodeSent {
    pub sent_to: String,
    pub expires_in_minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VerifiedSession {
    pub token: String,
}
