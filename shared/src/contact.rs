//! Ways to reach a voter: email address, US phone number, and the hours they may be contacted.

use chrono::NaiveTime;
#[cfg(feature = "server")]
use chrono::{DateTime, NaiveDateTime, TimeZone as _, Utc};
use serde::{Deserialize, Serialize};
#[cfg(feature = "server")]
use validator::ValidateEmail;

use crate::error::{input_error_codes, text_newtype};

/// Time zone of a voter who has not chosen one.
#[cfg(feature = "server")]
pub const DEFAULT_TIME_ZONE: TimeZone = TimeZone(chrono_tz::America::Los_Angeles);

/// RFC 5321's limit on a forward path; longer addresses cannot be delivered.
const MAX_EMAIL_LEN: usize = 254;

/// How a voter can be reached. A voter has at most one method of each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum ContactKind {
    /// Email, active once the voter follows the confirmation link.
    Email,
    /// Text messages, active once the voter replies YES.
    Sms,
    /// Recorded voice calls, active once the voter types the code a first call reads out.
    Voice,
}

/// A change to how a voter is reached. Each is told to the methods the voter had confirmed before
/// it, with a link that undoes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum ChangeKind {
    /// A method of a kind the voter did not have (undone: it is removed).
    MethodAdded,
    /// A method's address replaced (undone: the old address is back, as it was).
    MethodChanged,
    /// A method removed (undone: it is back, as it was).
    MethodRemoved,
    /// Notifications on or off, contact hours or language (undone: what the change touched is back).
    PreferencesChanged,
}

impl ContactKind {
    /// Validates `input` as this kind's address and returns its stored form (an email address, or
    /// a phone number in E.164 form).
    pub fn parse_address(self, input: &str) -> Result<String, ContactAddressError> {
        match self {
            Self::Email => Ok(EmailAddress::parse(input)?.as_str().to_owned()),
            Self::Sms | Self::Voice => Ok(PhoneNumber::parse(input)?.e164().to_owned()),
        }
    }
}

/// Where a contact method stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum MethodState {
    /// Added; waiting for the voter to confirm it.
    Pending,
    /// Confirmed: notifications go here.
    On,
    /// Turned off or unsubscribed.
    Off,
    /// Messages could not be delivered (bounced email, invalid number, carrier opt-out).
    Failed,
}

/// An email address or phone number that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactAddressError {
    Email(EmailError),
    Phone(PhoneError),
}

impl crate::InputError for ContactAddressError {
    fn code(&self) -> &'static str {
        match self {
            Self::Email(e) => e.code(),
            Self::Phone(e) => e.code(),
        }
    }
}

impl std::fmt::Display for ContactAddressError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(crate::InputError::code(self))
    }
}

impl std::error::Error for ContactAddressError {}

impl From<EmailError> for ContactAddressError {
    fn from(error: EmailError) -> Self {
        Self::Email(error)
    }
}

impl From<PhoneError> for ContactAddressError {
    fn from(error: PhoneError) -> Self {
        Self::Phone(error)
    }
}

/// An email address that mail can be sent to. The domain is lower-cased; the local part is kept as typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailError {
    Missing,
    Format,
}

input_error_codes!(EmailError {
    Missing => "required",
    Format => "format",
});

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(EmailError::Missing);
        }
        let (local, domain) = input.rsplit_once('@').ok_or(EmailError::Format)?;
        // The validator crate accepts dotless domains (`user@localhost`); mail to voters needs a real one.
        if input.len() > MAX_EMAIL_LEN || !well_formed(input, local) || !domain.contains('.') || domain.ends_with('.') {
            return Err(EmailError::Format);
        }
        Ok(Self(format!("{local}@{}", lower_case(domain))))
    }
}

/// A domain in lower case: every letter on the server; ASCII in the page, which only checks the
/// address (its Unicode case tables would weigh more than the check).
fn lower_case(domain: &str) -> String {
    #[cfg(feature = "server")]
    return domain.to_lowercase();
    #[cfg(not(feature = "server"))]
    return domain.to_ascii_lowercase();
}

/// The full check (RFC 5322 local part, internationalized domains) on the server.
#[cfg(feature = "server")]
fn well_formed(address: &str, _local: &str) -> bool {
    address.validate_email()
}

/// The page's light check: something before the `@`, no spaces. The server decides the rest, so
/// the page need not carry the domain name tables.
#[cfg(not(feature = "server"))]
fn well_formed(address: &str, local: &str) -> bool {
    !local.is_empty() && !address.chars().any(|c| c.is_whitespace() || c.is_control())
}

text_newtype!(EmailAddress);

/// A US phone number (North American Numbering Plan), held in E.164 form: `+1` and ten digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    Missing,
    Format,
    NotAssignable,
}

input_error_codes!(PhoneError {
    Missing => "required",
    Format => "format",
    NotAssignable => "not_assignable",
});

impl PhoneNumber {
    /// Accepts the usual ways of writing a US number: `916-555-0123`, `(916) 555 0123`,
    /// `916.555.0123`, `+1 916 555 0123`, `1-916-555-0123`.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(PhoneError::Missing);
        }
        let (country_code, rest) = match input.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, input),
        };
        if !rest.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c)) {
            return Err(PhoneError::Format);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let national = match (country_code, digits.len()) {
            (_, 11) if digits.starts_with('1') => &digits[1..],
            (false, 10) => &digits[..],
            _ => return Err(PhoneError::Format),
        };
        // NANP: neither the area code nor the exchange may start with 0 or 1.
        let bytes = national.as_bytes();
        if bytes[0] < b'2' || bytes[3] < b'2' {
            return Err(PhoneError::NotAssignable);
        }
        Ok(Self(format!("+1{national}")))
    }

    /// The number in E.164 form, e.g. `+19165550123`.
    pub fn e164(&self) -> &str {
        &self.0
    }

    /// The number as people in the US write it, e.g. `(916) 555-0123`.
    pub fn national(&self) -> String {
        let n = &self.0[2..];
        format!("({}) {}-{}", &n[..3], &n[3..6], &n[6..])
    }
}

/// A time zone by its IANA name (`America/Los_Angeles`). The server knows every zone; the page
/// checks only that the name is written like one, so the zone database stays out of the page.
#[cfg(feature = "server")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

/// A time zone by its IANA name (`America/Los_Angeles`). The server knows every zone; the page
/// checks only that the name is written like one, so the zone database stays out of the page.
#[cfg(not(feature = "server"))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeZone(String);

impl TimeZone {
    #[cfg(feature = "server")]
    pub fn parse(input: &str) -> Result<Self, ContactWindowError> {
        input.trim().parse::<chrono_tz::Tz>().map(Self).map_err(|_| ContactWindowError::UnknownTimeZone)
    }

    #[cfg(not(feature = "server"))]
    pub fn parse(input: &str) -> Result<Self, ContactWindowError> {
        let name = input.trim();
        let written_like_one = (1..=64).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
            && name.chars().any(|c| c.is_ascii_alphabetic());
        written_like_one.then(|| Self(name.to_owned())).ok_or(ContactWindowError::UnknownTimeZone)
    }

    /// The IANA name.
    pub fn name(&self) -> &str {
        #[cfg(feature = "server")]
        return self.0.name();
        #[cfg(not(feature = "server"))]
        return &self.0;
    }

    /// The zone's rules: offsets and daylight saving time.
    #[cfg(feature = "server")]
    pub fn rules(&self) -> chrono_tz::Tz {
        self.0
    }
}

#[cfg(feature = "server")]
impl From<chrono_tz::Tz> for TimeZone {
    fn from(zone: chrono_tz::Tz) -> Self {
        Self(zone)
    }
}

/// The daily hours a voter may be contacted, in their own time zone. The window may wrap midnight
/// (22:00–06:00).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "server", derive(Copy))]
pub struct ContactWindow {
    start: NaiveTime,
    end: NaiveTime,
    time_zone: TimeZone,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactWindowError {
    TimeFormat,
    /// Shorter than [`ContactWindow::MIN_HOURS`]: a window that short could keep every message away.
    TooShort,
    UnknownTimeZone,
}

input_error_codes!(ContactWindowError {
    TimeFormat => "format",
    TooShort => "too_short",
    UnknownTimeZone => "unknown_time_zone",
});

impl ContactWindow {
    /// The fewest hours a day the window may be open.
    pub const MIN_HOURS: i64 = 3;

    /// `start` and `end` as `HH:MM` (24-hour), `time_zone` as an IANA name (`America/Los_Angeles`).
    /// Each part's error is reported separately by [`ContactWindow::parse_parts`].
    pub fn parse(start: &str, end: &str, time_zone: &str) -> Result<Self, ContactWindowError> {
        let (start, end, time_zone) = Self::parse_parts(start, end, time_zone);
        Self::new(start?, end?, time_zone?)
    }

    /// Parses each part on its own so a form can show every field's error at once.
    pub fn parse_parts(
        start: &str,
        end: &str,
        time_zone: &str,
    ) -> (
        Result<NaiveTime, ContactWindowError>,
        Result<NaiveTime, ContactWindowError>,
        Result<TimeZone, ContactWindowError>,
    ) {
        (parse_time_of_day(start), parse_time_of_day(end), TimeZone::parse(time_zone))
    }

    pub fn new(start: NaiveTime, end: NaiveTime, time_zone: TimeZone) -> Result<Self, ContactWindowError> {
        // Minutes open a day (a window that wraps midnight goes on the next day).
        let open = (end - start).num_minutes().rem_euclid(24 * 60);
        if open < Self::MIN_HOURS * 60 {
            return Err(ContactWindowError::TooShort);
        }
        Ok(Self { start, end, time_zone })
    }

    pub fn start(&self) -> NaiveTime {
        self.start
    }

    pub fn end(&self) -> NaiveTime {
        self.end
    }

    pub fn time_zone(&self) -> &TimeZone {
        &self.time_zone
    }

    /// Whether `local` (a time of day in the voter's zone) is inside the window; the start is
    /// inside, the end is not.
    pub fn contains(&self, local: NaiveTime) -> bool {
        if self.start < self.end {
            self.start <= local && local < self.end
        } else {
            local >= self.start || local < self.end
        }
    }

    /// The first instant at or after `now` inside the window: `now` itself while the window is
    /// open, otherwise the window's next start in the voter's zone.
    #[cfg(feature = "server")]
    pub fn next_open(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let local = now.with_timezone(&self.time_zone.rules());
        if self.contains(local.time()) {
            return now;
        }
        // Closed: before today's start (a window that wraps midnight is closed only then), or
        // after today's end, when it opens tomorrow.
        let mut day = local.date_naive();
        if local.time() >= self.start {
            day = day.succ_opt().expect("a date before the end of time");
        }
        self.instant(day.and_time(self.start))
    }

    /// The instant a wall-clock time in the voter's zone names: the earlier of two when clocks go
    /// back, and the first existing minute after it when clocks go forward over it.
    #[cfg(feature = "server")]
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        (0..=180)
            .find_map(|minutes| {
                self.time_zone.rules().from_local_datetime(&(local + chrono::Duration::minutes(minutes))).earliest()
            })
            .expect("no time zone skips three hours")
            .with_timezone(&Utc)
    }
}

fn parse_time_of_day(input: &str) -> Result<NaiveTime, ContactWindowError> {
    // Read as digits: chrono's format parser would weigh more in the page than all of this file.
    let (hour, minute) = input.trim().split_once(':').ok_or(ContactWindowError::TimeFormat)?;
    let two_digits = |part: &str| (part.len() == 2).then(|| crate::iso_date::digits(part)).flatten();
    let (hour, minute) = (two_digits(hour), two_digits(minute));
    hour.zip(minute).and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)).ok_or(ContactWindowError::TimeFormat)
}

#[cfg(test)]
mod national_format {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn national_form_of_a_number() {
        assert_eq!(PhoneNumber::parse("+1 916 555 0123").unwrap().national(), "(916) 555-0123");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[cfg(feature = "server")]
    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    #[cfg(feature = "server")]
    fn a_closed_window_opens_at_its_next_start_in_the_voters_zone() {
        let pacific = ContactWindow::new(time(8, 0), time(20, 0), DEFAULT_TIME_ZONE).unwrap();
        // 2 a.m. in California (PDT) waits for 8 a.m. the same day.
        assert_eq!(pacific.next_open(utc("2026-10-06T02:00:00-07:00")), utc("2026-10-06T08:00:00-07:00"));
        // Open: now.
        assert_eq!(pacific.next_open(utc("2026-10-06T12:34:00-07:00")), utc("2026-10-06T12:34:00-07:00"));
        // After the end: tomorrow's start; across the change to standard time (PST) on Nov 1.
        assert_eq!(pacific.next_open(utc("2026-10-31T20:00:00-07:00")), utc("2026-11-01T08:00:00-08:00"));
        // A window over midnight is closed only between its end and its start.
        let night = ContactWindow::new(time(22, 0), time(6, 0), chrono_tz::Europe::Berlin.into()).unwrap();
        assert_eq!(night.next_open(utc("2026-10-06T23:30:00+02:00")), utc("2026-10-06T23:30:00+02:00"));
        assert_eq!(night.next_open(utc("2026-10-06T07:00:00+02:00")), utc("2026-10-06T22:00:00+02:00"));
        // A start that the change to summer time skips (2:30 a.m. on March 8, 2026) opens at 3:00.
        let early = ContactWindow::new(time(2, 30), time(9, 0), DEFAULT_TIME_ZONE).unwrap();
        assert_eq!(early.next_open(utc("2026-03-08T01:00:00-08:00")), utc("2026-03-08T03:00:00-07:00"));
    }

    #[test]
    fn email_addresses() {
        assert_eq!(EmailAddress::parse(" Ana.Lopez@Example.ORG ").unwrap().as_str(), "Ana.Lopez@example.org");
        for bad in ["ana", "ana@", "@example.org", "ana@localhost", "ana@example.", "ana lopez@example.org"] {
            assert_eq!(EmailAddress::parse(bad).unwrap_err().code(), "format", "{bad}");
        }
        assert_eq!(EmailAddress::parse("").unwrap_err().code(), "required");
    }

    #[test]
    fn phone_numbers_are_stored_in_e164() {
        for typed in
            ["916-555-0123", "(916) 555-0123", "916.555.0123", "+1 916 555 0123", "1-916-555-0123", "9165550123"]
        {
            assert_eq!(PhoneNumber::parse(typed).unwrap().e164(), "+19165550123", "{typed}");
        }
        for bad in ["555-0123", "+44 20 7946 0958", "916-555-01234", "916-555-O123", "+9165550123"] {
            assert_eq!(PhoneNumber::parse(bad).unwrap_err().code(), "format", "{bad}");
        }
        assert_eq!(PhoneNumber::parse("016-555-0123").unwrap_err().code(), "not_assignable");
        assert_eq!(PhoneNumber::parse("916-155-0123").unwrap_err().code(), "not_assignable");
    }

    #[test]
    fn contact_windows_may_wrap_midnight() {
        let day = ContactWindow::parse("08:00", "20:00", "America/Los_Angeles").unwrap();
        assert!(day.contains(time(8, 0)) && day.contains(time(19, 59)));
        assert!(!day.contains(time(20, 0)) && !day.contains(time(2, 0)));

        let night = ContactWindow::parse("22:00", "06:00", "Europe/Berlin").unwrap();
        assert!(night.contains(time(23, 30)) && night.contains(time(0, 0)) && night.contains(time(5, 59)));
        assert!(!night.contains(time(6, 0)) && !night.contains(time(12, 0)));
        assert_eq!(night.time_zone().name(), "Europe/Berlin");
    }

    #[test]
    fn contact_window_errors() {
        let code = |s, e, z| ContactWindow::parse(s, e, z).unwrap_err().code();
        assert_eq!(code("8:00", "20:00", "America/Los_Angeles"), "format");
        assert_eq!(code("08:00", "24:00", "America/Los_Angeles"), "format");
        assert_eq!(code("08:00", "08:00", "America/Los_Angeles"), "too_short");
        assert_eq!(code("08:00", "10:59", "America/Los_Angeles"), "too_short");
        assert_eq!(code("23:00", "01:30", "America/Los_Angeles"), "too_short");
        assert!(ContactWindow::parse("08:00", "11:00", "America/Los_Angeles").is_ok());
        assert!(ContactWindow::parse("22:00", "01:00", "America/Los_Angeles").is_ok());
        assert_eq!(code("08:00", "20:00", "Pacific Time"), "unknown_time_zone");
        #[cfg(feature = "server")]
        assert_eq!(code("08:00", "20:00", "America/Atlantis"), "unknown_time_zone");
    }
}

#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Minutes after the start of 2026, UTC.
    fn utc_minutes(minutes: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z").unwrap().with_timezone(&Utc)
            + chrono::Duration::minutes(minutes)
    }

    proptest! {
        #[test]
        fn a_window_and_its_complement_split_the_day(s in 0u32..1440, e in 0u32..1440, t in 0u32..1440) {
            // Both at least the shortest window allowed.
            prop_assume!((180..=1260).contains(&((e + 1440 - s) % 1440)));
            let at = |m: u32| NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap();
            let window = ContactWindow::new(at(s), at(e), DEFAULT_TIME_ZONE).unwrap();
            let complement = ContactWindow::new(at(e), at(s), DEFAULT_TIME_ZONE).unwrap();
            prop_assert!(window.contains(at(t)) != complement.contains(at(t)));
        }

        #[test]
        fn the_next_opening_is_inside_the_window_and_never_earlier(s in 0u32..1440, e in 0u32..1440, minutes in 0i64..1_000_000) {
            prop_assume!((e + 1440 - s) % 1440 >= 180);
            let at = |m: u32| NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap();
            let now = utc_minutes(minutes);
            // Where clocks change, a window inside the skipped hour does not exist that day: its
            // opening is the next minute that does, still within a day.
            let pacific = ContactWindow::new(at(s), at(e), DEFAULT_TIME_ZONE).unwrap();
            let open = pacific.next_open(now);
            prop_assert!(open >= now && open - now <= chrono::Duration::hours(25));
            let arizona = ContactWindow::new(at(s), at(e), chrono_tz::America::Phoenix.into()).unwrap();
            let open = arizona.next_open(now);
            prop_assert!(open >= now && open - now <= chrono::Duration::hours(24));
            prop_assert!(arizona.contains(open.with_timezone(&chrono_tz::America::Phoenix).time()));
        }

        #[test]
        fn formatted_numbers_parse_to_the_same_e164(area in 200u32..1000, exchange in 200u32..1000, line in 0u32..10_000) {
            let e164 = format!("+1{area}{exchange}{line:04}");
            for typed in [format!("({area}) {exchange}-{line:04}"), format!("+1 {area}.{exchange}.{line:04}"), format!("{area}{exchange}{line:04}")] {
                prop_assert_eq!(PhoneNumber::parse(&typed).unwrap().e164().to_owned(), e164.clone());
            }
        }

        #[test]
        fn parsers_never_panic(input in "\\PC{0,30}") {
            let _ = EmailAddress::parse(&input);
            let _ = PhoneNumber::parse(&input);
            let _ = ContactWindow::parse(&input, &input, &input);
        }
    }
}

#[cfg(feature = "diesel")]
crate::stored_as_words!(ContactKind, MethodState, ChangeKind);
