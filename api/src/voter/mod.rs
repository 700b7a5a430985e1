//! The voter roll and voters finding themselves on it.

pub mod contact;
pub mod cure;
pub mod import;
pub mod lookup;
pub mod portal;
pub mod roll;
pub mod sessions;
pub mod sign_in;
pub mod status;

/// The California calendar day of a UTC time.
pub fn california_date(utc: chrono::NaiveDateTime) -> chrono::NaiveDate {
    utc.and_utc().with_timezone(&chrono_tz::America::Los_Angeles).date_naive()
}
