//! The voter roll and voters finding themselves on it.

pub mod contact;
pub mod demo;
pub mod import;
pub mod lookup;
pub mod portal;
pub mod roll;
pub mod session;
pub mod status;

/// Today's date in California, which decides how old a voter is.
pub fn california_today() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::America::Los_Angeles).date_naive()
}

/// The California calendar day of a UTC time.
pub fn california_date(utc: chrono::NaiveDateTime) -> chrono::NaiveDate {
    utc.and_utc().with_timezone(&chrono_tz::America::Los_Angeles).date_naive()
}
