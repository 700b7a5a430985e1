//! A mail ballot's lifecycle, as counties (2 CCR §19091–19092) and USPS scans report it, with what
//! each status and reason means to the voter.

use serde::{Deserialize, Serialize};

/// Where a ballot is. Each value's meaning for the voter is [`BallotStatus::explanation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum BallotStatus {
    Issued,
    Mailed,
    InTransit,
    ExpectedDelivery,
    Delivered,
    Undeliverable,
    ReturnedByVoter,
    Received,
    InReview,
    Accepted,
    NotAccepted,
    VotedInPerson,
    Superseded,
}

impl BallotStatus {
    /// The status's place in the lifecycle. A ballot's current status is its event of the highest
    /// rank (the latest among equals), so a late "in transit" scan after "received" stays in the
    /// timeline without moving the ballot back.
    pub fn rank(self) -> i16 {
        match self {
            Self::Issued => 1,
            Self::Mailed => 2,
            Self::InTransit | Self::ExpectedDelivery => 3,
            Self::Delivered | Self::Undeliverable => 4,
            Self::ReturnedByVoter => 5,
            Self::Received => 6,
            Self::InReview => 7,
            Self::Accepted | Self::NotAccepted | Self::VotedInPerson => 8,
            Self::Superseded => 9,
        }
    }

    /// The reasons this status may carry; a status with none takes no reason.
    pub fn allowed_reasons(self) -> &'static [StatusReason] {
        use StatusReason::*;
        match self {
            Self::InReview => &[NoSignature, SignatureMismatch, Other],
            Self::NotAccepted => {
                &[AlreadyVoted, NoSignature, SignatureMismatch, BallotMissing, VoterDeceased, Late, Other]
            }
            _ => &[],
        }
    }
}

/// Why a ballot is in review or was not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum StatusReason {
    NoSignature,
    SignatureMismatch,
    AlreadyVoted,
    BallotMissing,
    VoterDeceased,
    Late,
    Other,
}

impl StatusReason {
    /// A signature problem the voter can fix with a statement to the county, before the cure deadline.
    pub fn is_curable(self) -> bool {
        matches!(self, Self::NoSignature | Self::SignatureMismatch)
    }
}

/// How the voter received the ballot. Military and overseas voters may get it by email, online or fax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum DeliveryMethod {
    Mail,
    Email,
    Online,
    Fax,
    InPerson,
}

/// Who saw the ballot reach this status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum EventSource {
    /// The county's election system.
    County,
    /// A USPS mail-piece scan.
    Usps,
    /// A county drop box collection.
    DropBox,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Vocabulary;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn names_round_trip_through_text_and_json() {
        for &status in BallotStatus::all() {
            assert_eq!(BallotStatus::parse(status.as_str()), Some(status));
            assert_eq!(serde_json::to_value(status).unwrap(), status.as_str());
        }
        for &reason in StatusReason::all() {
            assert_eq!(StatusReason::parse(reason.as_str()), Some(reason));
            assert_eq!(serde_json::to_value(reason).unwrap(), reason.as_str());
        }
        for &method in DeliveryMethod::all() {
            assert_eq!(DeliveryMethod::parse(method.as_str()), Some(method));
        }
        for &source in EventSource::all() {
            assert_eq!(EventSource::parse(source.as_str()), Some(source));
        }
        assert_eq!(BallotStatus::parse("counted"), None);
    }

    #[test]
    fn the_lifecycle_only_moves_forward() {
        use BallotStatus::*;
        let path = [Issued, Mailed, InTransit, Delivered, ReturnedByVoter, Received, InReview, Accepted, Superseded];
        assert!(path.windows(2).all(|w| w[0].rank() < w[1].rank()));
        assert_eq!(Accepted.rank(), NotAccepted.rank(), "a cured rejection can still be counted, and the reverse");
    }

    #[test]
    fn only_review_and_rejection_carry_reasons_and_only_signatures_are_curable() {
        for &status in BallotStatus::all() {
            let has_reasons = matches!(status, BallotStatus::InReview | BallotStatus::NotAccepted);
            assert_eq!(!status.allowed_reasons().is_empty(), has_reasons, "{status:?}");
        }
        let curable: Vec<_> = StatusReason::all().iter().copied().filter(|r| r.is_curable()).collect();
        assert_eq!(curable, [StatusReason::NoSignature, StatusReason::SignatureMismatch]);
    }
}

#[cfg(feature = "diesel")]
crate::stored_as_words!(BallotStatus, StatusReason, DeliveryMethod, EventSource);
