//! What the county read API answers (the console reads the same): a ballot's whole history, and
//! lists of ballots by condition, a page at a time.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::ballot::{BallotStatus, DeliveryMethod, StatusReason};
use crate::contact::ContactKind;

/// The lists of ballots a county works through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum BallotList {
    /// In review for a reason the voter can fix (no signature, signature mismatch): the cure queue.
    /// Confidential (California Elections Code, AB 827 of 2025).
    Cure,
    /// The Postal Service could not deliver the ballot.
    Undeliverable,
    /// Mailed at least `days` ago, and no delivery (or later step) since.
    NotDelivered,
    /// Seen on its way back (a return scan) at least `days` ago, and not received since.
    NotReceived,
    /// Not accepted, of one `reason` or all.
    NotAccepted,
}

impl BallotList {
    /// Whether the list names voters with signature problems, whose list the law keeps confidential.
    pub fn is_confidential(self) -> bool {
        matches!(self, Self::Cure)
    }
}

/// The latest message about a ballot and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationRecord {
    /// What it told the voter (`mailed`, `in_review`, `reminder`, …).
    pub notice: String,
    pub channel: ContactKind,
    /// `pending` (waiting, perhaps for contact hours), `sending`, `sent`, `failed` (will be tried
    /// again), `dead` (given up), `dropped` (no longer worth sending).
    pub state: String,
    /// The provider's last word: `delivered`, `undelivered`, `bounced`, `answered`, …; absent until it reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// When the message was written (UTC).
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub created_at: NaiveDateTime,
    /// When it was, or is, to go (UTC): later than written when contact hours held it.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub due_at: NaiveDateTime,
    pub attempts: i16,
    /// The provider's id for it, to look it up with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<String>,
}

/// One ballot in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotListItem {
    /// The county's ballot id.
    pub ballot_id: String,
    /// The state voter ID.
    pub voter_id: String,
    pub voter_name: String,
    pub status: BallotStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<StatusReason>,
    /// When the current status happened (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub status_at: Option<NaiveDateTime>,
    pub delivery_method: DeliveryMethod,
    /// The latest message sent about this ballot, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_notification: Option<NotificationRecord>,
    /// When the voter last signed in to the tracker after the current status (they saw it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub voter_seen_at: Option<NaiveDateTime>,
}

/// A page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotListPage {
    pub list: BallotList,
    pub election: String,
    pub county: i16,
    /// The last day to fix a signature problem, when the election has one set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date"))]
    pub cure_deadline: Option<NaiveDate>,
    pub ballots: Vec<BallotListItem>,
    /// Pass as `after` for the next page; absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// A status event as the county (or a scan) reported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotEventRecord {
    pub event_id: String,
    pub status: BallotStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<StatusReason>,
    /// When it happened (UTC).
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub occurred_at: NaiveDateTime,
    /// `county`, `usps` or `drop_box`.
    pub source: String,
    /// When the tracker stored it (UTC).
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub received_at: NaiveDateTime,
}

/// A USPS scan of the ballot's envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScanRecord {
    /// The Intelligent Mail barcode it read.
    pub tracking: String,
    pub facility_zip: String,
    pub operation_code: String,
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub scanned_at: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date"))]
    pub expected_delivery: Option<NaiveDate>,
}

/// Everything about one ballot: what the county reported, what the Postal Service scanned, and
/// every message the voter was sent, with what became of it. What the office phone needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotHistory {
    #[serde(flatten)]
    pub ballot: BallotListItem,
    pub election: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound_tracking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_tracking: Option<String>,
    /// Oldest first.
    pub events: Vec<BallotEventRecord>,
    /// Oldest first.
    pub scans: Vec<ScanRecord>,
    /// Oldest first.
    pub notifications: Vec<NotificationRecord>,
}

/// How many messages a held batch would send of one notice, by one channel, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaitingMessages {
    pub notice: String,
    pub channel: String,
    /// The language the voters chose.
    pub language: String,
    pub messages: i64,
}

/// A county event batch whose messages wait for an operator: why, and what it would send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HeldBatch {
    pub id: i64,
    pub county: i16,
    /// When it came (UTC).
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub created_at: NaiveDateTime,
    /// `final_share`: it moved a large share of the county's ballots to a final status at once;
    /// `skipped_steps`: many ballots jumped from mailed to received or beyond; `future_dates`:
    /// some of its events were dated in the future (and refused).
    pub reasons: Vec<String>,
    pub rows_posted: i32,
    pub final_rows: i32,
    pub skipped_rows: i32,
    pub future_rows: i32,
    /// The county's ballots when it came.
    pub county_ballots: i32,
    /// `held`, `released` or `discarded`.
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub decided_at: Option<NaiveDateTime>,
    /// What it would send, while held.
    pub waiting: Vec<WaitingMessages>,
}

/// What releasing or discarding a batch did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HoldDecision {
    pub id: i64,
    /// `released` or `discarded`.
    pub state: String,
    /// Messages now on their way (released) or never to go (discarded).
    pub messages: usize,
}

/// How many ballots of an election reached each step, in the lifecycle's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FunnelStep {
    /// `issued`, `mailed`, `delivered`, `returned`, `received`, `accepted`, `not_accepted`.
    pub step: String,
    pub ballots: i64,
}

/// A count of something by name (a status, a reason, a list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NamedCount {
    pub name: String,
    pub count: i64,
}

/// Events of one day, by status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DaySeries {
    /// The California calendar day.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date"))]
    pub date: NaiveDate,
    pub status: String,
    pub events: i64,
}

/// Messages about the election's ballots, by notice, channel and what became of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryCount {
    pub notice: String,
    pub channel: String,
    /// `pending`, `held`, `sending`, `sent`, `failed`, `dead` or `dropped`.
    pub state: String,
    /// The provider's last report (`delivered`, `undelivered`, …), when it made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    pub messages: i64,
}

/// The election at a glance, for one county: the console's first page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ElectionSummary {
    pub election: String,
    pub county: i16,
    /// Ballots not replaced by another.
    pub ballots: i64,
    pub funnel: Vec<FunnelStep>,
    /// Ballots by current status.
    pub by_status: Vec<NamedCount>,
    /// Ballots not accepted, by reason.
    pub not_accepted_reasons: Vec<NamedCount>,
    /// Where ballots are stuck: the size of each list (late ones: 7 days).
    pub stuck: Vec<NamedCount>,
    /// Events per day.
    pub per_day: Vec<DaySeries>,
    /// Voters of the county signed up to hear by each channel (`email`, `sms`, `voice`), and those
    /// who turned a channel off.
    pub signed_up: Vec<NamedCount>,
    pub opted_out: Vec<NamedCount>,
    /// Ballots whose voter signed up to hear by at least one channel.
    pub ballots_with_sign_up: i64,
    pub deliveries: Vec<DeliveryCount>,
}
