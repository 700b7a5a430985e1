//! Dates and times in the one shape the API writes them (`2026-11-03`, `2026-10-12T16:00:00`, a
//! fraction of a second where there is one), read by the page without chrono's general format
//! parser, whose weight the page would carry for nothing. The server reads with chrono itself.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::de::Error;
use serde::{Deserialize, Deserializer};

/// `YYYY-MM-DD`; a year beyond 9999 or before 0 as chrono writes it (`+20261-11-03`, `-0001-…`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.rsplitn(3, '-');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let (negative, year) = match year.strip_prefix('-').or_else(|| year.strip_prefix('+')) {
        Some(unsigned) => (year.starts_with('-'), unsigned),
        None => (false, year),
    };
    if year.len() < 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year = i32::try_from(digits(year)?).ok()?;
    NaiveDate::from_ymd_opt(if negative { -year } else { year }, digits(month)?, digits(day)?)
}

/// `YYYY-MM-DDTHH:MM:SS`, with one to nine digits of a second after a `.`; a leap second as
/// chrono writes it (`23:59:60`).
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let (time, fraction) = match time.split_once('.') {
        Some((_, "")) => return None,
        Some((time, fraction)) => (time, fraction),
        None => (time, ""),
    };
    let mut parts = time.splitn(3, ':');
    let (hour, minute, second) = (parts.next()?, parts.next()?, parts.next()?);
    if [hour, minute, second].iter().any(|part| part.len() != 2) || fraction.len() > 9 {
        return None;
    }
    let mut nanoseconds = match fraction {
        "" => 0,
        digits_given => digits(digits_given)? * 10u32.pow(9 - digits_given.len() as u32),
    };
    // chrono keeps a leap second as second 59 with a second's worth of nanoseconds more.
    let mut second = digits(second)?;
    if second == 60 {
        second = 59;
        nanoseconds += 1_000_000_000;
    }
    let time = NaiveTime::from_hms_nano_opt(digits(hour)?, digits(minute)?, second, nanoseconds)?;
    Some(parse_date(date)?.and_time(time))
}

/// A number written in ASCII digits only (no sign, no spaces, no other script's digits).
pub(crate) fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// For `#[serde(deserialize_with)]` on a date.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date(&text).ok_or_else(|| D::Error::custom("a date written YYYY-MM-DD"))
}

/// For `#[serde(deserialize_with)]` on a date that may be absent.
pub fn optional_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    text.map(|text| parse_date(&text).ok_or_else(|| D::Error::custom("a date written YYYY-MM-DD"))).transpose()
}

/// For `#[serde(deserialize_with)]` on a moment (UTC).
pub fn date_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDateTime, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date_time(&text).ok_or_else(|| D::Error::custom("a time written YYYY-MM-DDTHH:MM:SS"))
}

/// For `#[serde(deserialize_with)]` on a moment that may be absent.
pub fn optional_date_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDateTime>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    let parse =
        |text: String| parse_date_time(&text).ok_or_else(|| D::Error::custom("a time written YYYY-MM-DDTHH:MM:SS"));
    text.map(parse).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// What chrono writes (the API's answers), read back the same.
    #[test]
    fn reads_what_chrono_writes() {
        for (year, month, day) in [(2026, 11, 3), (20261, 11, 3), (-1, 1, 1), (0, 2, 29), (999, 12, 31)] {
            let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
            let written = serde_json::to_value(date).unwrap();
            assert_eq!(parse_date(written.as_str().unwrap()), Some(date), "{written}");
        }
        let date = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        for (h, m, s, nanos) in [(0, 0, 0, 0), (16, 5, 9, 0), (23, 59, 59, 250_000_000), (7, 30, 0, 123_456_789)] {
            let moment = date.and_time(NaiveTime::from_hms_nano_opt(h, m, s, nanos).unwrap());
            let written = serde_json::to_value(moment).unwrap();
            assert_eq!(parse_date_time(written.as_str().unwrap()), Some(moment), "{written}");
        }
        // A leap second (a feed may send one; chrono writes it as :60).
        let leap = date.and_time(NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap());
        let written = serde_json::to_value(leap).unwrap();
        assert_eq!(written, "2026-11-03T23:59:60.500");
        assert_eq!(parse_date_time(written.as_str().unwrap()), Some(leap));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in ["", "2026-11", "2026-13-01", "2026-02-30", "26-11-03", "2026-1-3", "2026-11-03x", "２０２６-11-03"]
        {
            assert_eq!(parse_date(text), None, "{text}");
        }
        for text in [
            "2026-11-03",
            "2026-11-03T24:00:00",
            "2026-11-03T10:00",
            "2026-11-03T10:00:00.1234567890",
            "2026-11-03T10:00:00.",
            "2026-11-03T10:00:61",
            "2026-11-03T10:00:00Z",
        ] {
            assert_eq!(parse_date_time(text), None, "{text}");
        }
    }

    #[test]
    fn the_page_reads_a_ballot_as_the_api_writes_it() {
        let json = serde_json::json!({
            "election": {"id": "e", "name": "General", "election_day": "2026-11-03", "return_deadline": "2026-11-10"},
            "county": "Sacramento", "replaced": false, "expected_delivery": null,
            "current": {"status": "in_review", "reason": "signature_mismatch", "explanation": "…",
                        "at": "2026-10-29T17:00:00"},
            "timeline": [], "cure": {"steps": [], "deadline": "2026-12-01"}
        });
        let ballot: crate::responses::BallotView = serde_json::from_value(json).unwrap();
        assert_eq!(ballot.election.return_deadline, NaiveDate::from_ymd_opt(2026, 11, 10).unwrap());
        assert_eq!(ballot.current.at.unwrap().to_string(), "2026-10-29 17:00:00");
        assert_eq!(ballot.cure.unwrap().deadline, NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(ballot.expected_delivery, None);
    }
}
