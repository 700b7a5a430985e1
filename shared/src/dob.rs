//! Date of birth (`MM-DD-YYYY`) and year of birth, as voters type them.

use chrono::{Datelike, Months, NaiveDate};

use crate::error::input_error_codes;

/// The voter roll holds no one born before this day.
pub const EARLIEST_BIRTH_DATE: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();

/// California lets people pre-register at 16, so nobody younger is on the roll.
pub const MINIMUM_AGE_YEARS: u32 = 16;

/// A full date of birth that could belong to someone on the voter roll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateOfBirth(NaiveDate);

/// A year of birth, for counties that hold only the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BirthYear(i32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateOfBirthError {
    Missing,
    Format,
    NotADate(String),
    TooEarly,
    InFuture,
    TooYoung,
}

input_error_codes!(DateOfBirthError {
    Missing => "required",
    Format => "format",
    NotADate(..) => "not_a_date",
    TooEarly => "too_early",
    InFuture => "in_future",
    TooYoung => "too_young",
});

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BirthYearError {
    Missing,
    Format,
    TooEarly,
    InFuture,
    TooYoung,
}

input_error_codes!(BirthYearError {
    Missing => "required",
    Format => "format",
    TooEarly => "too_early",
    InFuture => "in_future",
    TooYoung => "too_young",
});

impl DateOfBirth {
    /// Parses `MM-DD-YYYY` exactly: two digits, a dash, two digits, a dash, four digits.
    /// Surrounding spaces are ignored; nothing else is forgiven, so that `1-2-80` or `01/02/1980`
    /// never reaches the lookup as a different date than the voter meant.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, DateOfBirthError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(DateOfBirthError::Missing);
        }
        let bytes = input.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                2 | 5 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !well_formed {
            return Err(DateOfBirthError::Format);
        }
        let number = |range: std::ops::Range<usize>| input[range].parse::<u32>().expect("checked digits");
        let (month, day, year) = (number(0..2), number(3..5), number(6..10));
        let date = NaiveDate::from_ymd_opt(year as i32, month, day)
            .ok_or_else(|| DateOfBirthError::NotADate(input.to_owned()))?;
        if date < EARLIEST_BIRTH_DATE {
            return Err(DateOfBirthError::TooEarly);
        }
        if date > today {
            return Err(DateOfBirthError::InFuture);
        }
        if date > latest_birth_date(today) {
            return Err(DateOfBirthError::TooYoung);
        }
        Ok(Self(date))
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    pub fn year(self) -> BirthYear {
        BirthYear(self.0.year())
    }
}

impl std::fmt::Display for DateOfBirth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%m-%d-%Y"))
    }
}

impl BirthYear {
    /// Parses a four-digit year within the same bounds as a full date of birth.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, BirthYearError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(BirthYearError::Missing);
        }
        if input.len() != 4 || !input.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BirthYearError::Format);
        }
        let year: i32 = input.parse().expect("checked digits");
        if year < EARLIEST_BIRTH_DATE.year() {
            return Err(BirthYearError::TooEarly);
        }
        if year > today.year() {
            return Err(BirthYearError::InFuture);
        }
        // Someone born on January 1st of this year is old enough; anyone born later in it is not.
        if year > latest_birth_date(today).year() {
            return Err(BirthYearError::TooYoung);
        }
        Ok(Self(year))
    }

    pub fn value(self) -> i32 {
        self.0
    }
}

impl std::fmt::Display for BirthYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

/// The last birth date of someone who is [`MINIMUM_AGE_YEARS`] old on `today`
/// (a February 29 birthday counts from February 28 in non-leap years).
fn latest_birth_date(today: NaiveDate) -> NaiveDate {
    today.checked_sub_months(Months::new(MINIMUM_AGE_YEARS * 12)).expect("today is far from the start of the calendar")
}

/// Reformats what a voter has typed so far into `MM-DD-YYYY`, inserting dashes as they type.
///
/// Digits fill month, day and year in turn (`01231980` → `01-23-1980`); any other character ends a
/// field early and pads it (`1/23/1980` → `01-23-1980`); a pasted `1980-01-23` is reordered. No dash
/// is appended until the next digit arrives, so backspace is never fought. Digits past the year are
/// dropped. The result still goes through [`DateOfBirth::parse`].
pub fn format_as_typed(input: &str) -> String {
    if let Some(reordered) = reorder_iso_date(input.trim()) {
        return reordered;
    }
    const WIDTHS: [usize; 3] = [2, 2, 4];
    let mut fields: Vec<String> = vec![String::new()];
    for c in input.chars() {
        let current = fields.len() - 1;
        if c.is_ascii_digit() {
            if fields[current].len() == WIDTHS[current] {
                if current == WIDTHS.len() - 1 {
                    break;
                }
                fields.push(String::new());
            }
            fields.last_mut().expect("never empty").push(c);
        } else if current < WIDTHS.len() - 1 && !fields[current].is_empty() {
            if fields[current].len() == 1 {
                fields[current].insert(0, '0');
            }
            fields.push(String::new());
        }
    }
    fields.join("-")
}

fn reorder_iso_date(input: &str) -> Option<String> {
    let mut parts = input.split(['-', '/', '.']);
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, widths: &[usize]| widths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (parts.next().is_none() && digits(year, &[4]) && digits(month, &[1, 2]) && digits(day, &[1, 2]))
        .then(|| format!("{month:0>2}-{day:0>2}-{year}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn code(input: &str) -> &'static str {
        DateOfBirth::parse(input, today()).unwrap_err().code()
    }

    #[test]
    fn accepts_a_well_formed_date() {
        let dob = DateOfBirth::parse(" 01-23-1980 ", today()).unwrap();
        assert_eq!(dob.date(), NaiveDate::from_ymd_opt(1980, 1, 23).unwrap());
        assert_eq!(dob.to_string(), "01-23-1980");
        assert_eq!(dob.year().value(), 1980);
    }

    #[test]
    fn insists_on_the_exact_shape() {
        for input in ["1-23-1980", "01/23/1980", "01231980", "01-23-80", "1980-01-23", "01-23-1980x", "0a-23-1980"] {
            assert_eq!(code(input), "format", "{input}");
        }
        assert_eq!(code("   "), "required");
    }

    #[test]
    fn rejects_dates_not_on_the_calendar() {
        assert_eq!(code("02-30-1990"), "not_a_date");
        assert_eq!(code("13-01-1990"), "not_a_date");
        assert_eq!(code("02-29-1999"), "not_a_date");
        assert!(DateOfBirth::parse("02-29-2000", today()).is_ok());
    }

    #[test]
    fn enforces_the_bounds() {
        let err = DateOfBirth::parse("01-01-1899", today()).unwrap_err();
        assert_eq!(err.code(), "too_early");
        assert!(DateOfBirth::parse("01-01-1900", today()).is_ok());
        assert_eq!(code("11-25-2026"), "in_future");
        assert_eq!(code("11-25-2010"), "too_young");
        assert!(DateOfBirth::parse("11-24-2010", today()).is_ok());
    }

    #[test]
    fn birth_year_has_the_same_bounds() {
        let year = |s| BirthYear::parse(s, today());
        assert_eq!(year("1980").unwrap().value(), 1980);
        assert_eq!(year("1899").unwrap_err().code(), "too_early");
        assert_eq!(year("2027").unwrap_err().code(), "in_future");
        assert_eq!(year("2011").unwrap_err().code(), "too_young");
        assert!(year("2010").is_ok());
        assert_eq!(year("80").unwrap_err().code(), "format");
        assert_eq!(year("").unwrap_err().code(), "required");
    }

    #[test]
    fn formats_while_typing() {
        let cases = [
            ("0", "0"),
            ("01", "01"),
            ("012", "01-2"),
            ("01231980", "01-23-1980"),
            ("0123198099", "01-23-1980"),
            ("01-", "01-"),
            ("01-231980", "01-23-1980"),
            ("1/23/1980", "01-23-1980"),
            ("1/2/1980", "01-02-1980"),
            ("1980-01-23", "01-23-1980"),
            ("01-23-1980", "01-23-1980"),
            ("", ""),
        ];
        for (typed, shown) in cases {
            assert_eq!(format_as_typed(typed), shown, "typed {typed:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    proptest! {
        #[test]
        fn every_valid_date_round_trips(days in 0i64..40_000) {
            let date = EARLIEST_BIRTH_DATE + chrono::Duration::days(days);
            let typed = date.format("%m-%d-%Y").to_string();
            match DateOfBirth::parse(&typed, today()) {
                Ok(dob) => {
                    prop_assert_eq!(dob.date(), date);
                    prop_assert_eq!(dob.to_string(), typed);
                }
                Err(e) => prop_assert!(date > latest_birth_date(today()), "{typed}: {e}"),
            }
        }

        #[test]
        fn typing_the_digits_gives_the_dashed_form(days in 0i64..40_000) {
            let date = EARLIEST_BIRTH_DATE + chrono::Duration::days(days);
            let digits = date.format("%m%d%Y").to_string();
            prop_assert_eq!(format_as_typed(&digits), date.format("%m-%d-%Y").to_string());
        }

        #[test]
        fn parsing_never_panics(input in "\\PC{0,16}") {
            let _ = DateOfBirth::parse(&input, today());
            let _ = BirthYear::parse(&input, today());
            prop_assert!(format_as_typed(&input).len() <= 10);
        }

        #[test]
        fn accepted_input_is_always_ten_characters(input in "[0-9-]{8,12}") {
            if DateOfBirth::parse(&input, today()).is_ok() {
                prop_assert_eq!(input.len(), 10);
            }
        }
    }
}
