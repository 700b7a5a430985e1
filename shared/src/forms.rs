//! Request bodies as they arrive (every field a string, possibly missing) and their validation
//! into typed values, collecting every field's error so one answer lists all problems.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::InputError;
use crate::contact::{ContactKind, ContactWindow};
use crate::dob::{BirthYear, DateOfBirth};
use crate::error::{FieldError, check};
use crate::name::{NamePart, PersonName};
use crate::voter_id::VoterId;
use crate::zip::Zip;

/// The JSON field names of [`VoterLookupForm`], shared so the SPA puts each error next to its field.
pub mod field {
    pub const FIRST_NAME: &str = "first_name";
    pub const LAST_NAME: &str = "last_name";
    pub const DATE_OF_BIRTH: &str = "date_of_birth";
    pub const BIRTH_YEAR: &str = "birth_year";
    pub const ZIP: &str = "zip";
    pub const VOTER_ID: &str = "voter_id";
}

/// What a voter types to find themselves on the voter roll.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct VoterLookupForm {
    /// First name as registered.
    #[cfg_attr(feature = "openapi", schema(example = "María"))]
    pub first_name: String,
    /// Last name as registered.
    #[cfg_attr(feature = "openapi", schema(example = "O'Brien-Smith"))]
    pub last_name: String,
    /// Date of birth as `MM-DD-YYYY`. Give this or `birth_year`.
    #[cfg_attr(feature = "openapi", schema(example = "01-23-1980"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// Year of birth as `YYYY`, for counties that hold only the year. Give this or `date_of_birth`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<String>,
    /// ZIP code of the California residential address the voter registered with (5 digits or ZIP+4).
    #[cfg_attr(feature = "openapi", schema(example = "95814"))]
    pub zip: String,
    /// State voter ID; needed only when several voters share the other details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voter_id: Option<String>,
}

/// How the voter gave their birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Birth {
    Date(DateOfBirth),
    Year(BirthYear),
}

/// A valid lookup request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterLookup {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub birth: Birth,
    pub zip: Zip,
    pub voter_id: Option<VoterId>,
}

fn blank(value: &Option<String>) -> bool {
    value.as_deref().is_none_or(|v| v.trim().is_empty())
}

impl VoterLookupForm {
    /// Validates every field, returning all errors at once in field order.
    pub fn validate(&self, today: NaiveDate) -> Result<VoterLookup, Vec<FieldError>> {
        let mut errors = Vec::new();
        let first_name = check(&mut errors, field::FIRST_NAME, PersonName::parse(&self.first_name, NamePart::First));
        let last_name = check(&mut errors, field::LAST_NAME, PersonName::parse(&self.last_name, NamePart::Last));
        let birth = match (blank(&self.date_of_birth), blank(&self.birth_year)) {
            (false, false) => {
                errors.push(FieldError::new(field::BIRTH_YEAR, "conflict"));
                None
            }
            (true, false) => {
                let year = BirthYear::parse(self.birth_year.as_deref().unwrap_or_default(), today);
                check(&mut errors, field::BIRTH_YEAR, year).map(Birth::Year)
            }
            // A missing date of birth is reported on the date field, the one the SPA shows.
            (_, true) => {
                let date = DateOfBirth::parse(self.date_of_birth.as_deref().unwrap_or_default(), today);
                check(&mut errors, field::DATE_OF_BIRTH, date).map(Birth::Date)
            }
        };
        let zip = check(&mut errors, field::ZIP, Zip::parse(&self.zip));
        let voter_id = match &self.voter_id {
            Some(id) if !id.trim().is_empty() => check(&mut errors, field::VOTER_ID, VoterId::parse(id)).map(Some),
            _ => Some(None),
        };
        match (first_name, last_name, birth, zip, voter_id) {
            (Some(first_name), Some(last_name), Some(birth), Some(zip), Some(voter_id)) if errors.is_empty() => {
                Ok(VoterLookup { first_name, last_name, birth, zip, voter_id })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn form() -> VoterLookupForm {
        VoterLookupForm {
            first_name: "José".into(),
            last_name: "O'Brien-Smith".into(),
            date_of_birth: Some("01-23-1980".into()),
            zip: "95814-1234".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_form_becomes_a_lookup() {
        let lookup = form().validate(today()).unwrap();
        #[cfg(feature = "server")]
        assert_eq!(lookup.last_name.key(), "obriensmith");
        assert_eq!(lookup.zip.as_str(), "95814");
        assert!(matches!(lookup.birth, Birth::Date(d) if d.to_string() == "01-23-1980"));
        assert_eq!(lookup.voter_id, None);

        let by_year = VoterLookupForm {
            date_of_birth: None,
            birth_year: Some("1980".into()),
            voter_id: Some("ab12".into()),
            ..form()
        };
        let lookup = by_year.validate(today()).unwrap();
        assert!(matches!(lookup.birth, Birth::Year(y) if y.value() == 1980));
        assert_eq!(lookup.voter_id.unwrap().as_str(), "AB12");
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let errors = VoterLookupForm::default().validate(today()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            fields,
            [("first_name", "required"), ("last_name", "required"), ("date_of_birth", "required"), ("zip", "required")]
        );

        let bad = VoterLookupForm {
            date_of_birth: Some("01-01-1899".into()),
            zip: "SW1A 1AA".into(),
            voter_id: Some("no-dashes".into()),
            ..form()
        };
        let codes: Vec<_> = bad.validate(today()).unwrap_err().into_iter().map(|e| e.code).collect();
        assert_eq!(codes, ["too_early", "not_california", "format"]);
    }

    #[test]
    fn date_and_year_together_are_a_conflict() {
        let both = VoterLookupForm { birth_year: Some("1980".into()), ..form() };
        let errors = both.validate(today()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].field.as_str(), errors[0].code.as_str()), ("birth_year", "conflict"));
    }
}

/// A contact method's address: an email address for `email`, a US phone number for `sms` and `voice`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ContactMethodForm {
    #[cfg_attr(feature = "openapi", schema(example = "maria@example.com"))]
    pub address: String,
}

impl ContactMethodForm {
    /// The address in its stored form for `kind`, or the field's error.
    pub fn validate(&self, kind: ContactKind) -> Result<String, Vec<FieldError>> {
        let variant = match kind {
            ContactKind::Email => "email",
            ContactKind::Sms | ContactKind::Voice => "phone",
        };
        kind.parse_address(&self.address).map_err(|e| vec![e.for_field("address").of_kind(variant)])
    }
}

/// The daily hours a voter may be contacted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ContactHoursForm {
    /// Start, `HH:MM` on a 24-hour clock.
    #[cfg_attr(feature = "openapi", schema(example = "08:00"))]
    pub from: String,
    /// End, `HH:MM`; earlier than `from` means the window wraps midnight.
    #[cfg_attr(feature = "openapi", schema(example = "20:00"))]
    pub until: String,
    /// IANA time zone name.
    #[cfg_attr(feature = "openapi", schema(example = "America/Los_Angeles"))]
    pub time_zone: String,
}

/// Changes to a voter's notification preferences; a missing field is left as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct PreferencesForm {
    /// `false` stops every notification (the status page keeps working).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notifications_on: Option<bool>,
    /// Language for notifications and the site, e.g. `en` or `es`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_hours: Option<ContactHoursForm>,
}

/// Valid preference changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreferenceChanges {
    pub notifications_on: Option<bool>,
    pub language: Option<String>,
    pub contact_hours: Option<ContactWindow>,
}

impl PreferencesForm {
    /// Validates every field; `languages` are the language tags the service has translations for.
    pub fn validate(&self, languages: &[&str]) -> Result<PreferenceChanges, Vec<FieldError>> {
        let mut errors = Vec::new();
        // Tags are matched ignoring case (`zh-hant` is `zh-Hant`) and kept as offered.
        let language = self.language.as_ref().and_then(|wanted| {
            let offered = languages.iter().find(|tag| tag.eq_ignore_ascii_case(wanted.trim()));
            if offered.is_none() {
                errors.push(FieldError::new("language", "unsupported"));
            }
            offered.map(|tag| (*tag).to_owned())
        });
        let contact_hours = self.contact_hours.as_ref().and_then(|hours| {
            let (from, until, zone) = ContactWindow::parse_parts(&hours.from, &hours.until, &hours.time_zone);
            let from = check(&mut errors, "contact_hours.from", from);
            let until = check(&mut errors, "contact_hours.until", until);
            let zone = check(&mut errors, "contact_hours.time_zone", zone);
            check(&mut errors, "contact_hours.until", ContactWindow::new(from?, until?, zone?))
        });
        if errors.is_empty() {
            Ok(PreferenceChanges { notifications_on: self.notifications_on, language, contact_hours })
        } else {
            Err(errors)
        }
    }
}

/// A one-time code the voter received.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct VerificationForm {
    #[cfg_attr(feature = "openapi", schema(example = "482913"))]
    pub code: String,
}

impl VerificationForm {
    /// The code's six digits (spaces and dashes as people type them are ignored).
    pub fn validate(&self) -> Result<String, Vec<FieldError>> {
        let digits: String = self.code.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(digits)
        } else {
            Err(vec![FieldError::new("code", "format")])
        }
    }
}

/// Which confirmed method a one-time code goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CodeRequestForm {
    pub method: ContactKind,
}

/// What the email confirmation page posts: the `token` of the emailed link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfirmationForm {
    /// The `token` of the emailed link.
    pub token: String,
}
