//! County staff in the console: their roles, and the forms they sign in and enrol with. The
//! console checks these fields as the server does, so an error shows beside its field at once.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::InputError;
use crate::contact::EmailAddress;
use crate::error::FieldError;

/// What a staff member may do. Each role may do everything the roles before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum StaffRole {
    /// Sees the county's ballots, lists and counts.
    Viewer,
    /// Also holds and releases batches, sends corrections and exports lists.
    Operator,
    /// Also manages the county's staff accounts and reads their audit log.
    Admin,
}

#[cfg(feature = "diesel")]
crate::stored_as_words!(StaffRole);

/// The JSON field names of the staff forms, shared so the console puts each error next to its field.
pub mod field {
    pub const EMAIL: &str = "email";
    pub const PASSWORD: &str = "password";
    pub const CODE: &str = "code";
    pub const TOKEN: &str = "token";
}

/// Fewest characters in a staff password. Long beats clever: no other rule, as NIST SP 800-63B advises.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Most characters in a staff password (the hash's work grows with it).
pub const MAX_PASSWORD_CHARS: usize = 128;

/// What a staff member types to sign in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct StaffSignInForm {
    /// The email address the account was created for.
    #[cfg_attr(feature = "openapi", schema(example = "clerk@elections.example.gov"))]
    pub email: String,
    pub password: String,
    /// The 6-digit code the authenticator app shows now.
    #[cfg_attr(feature = "openapi", schema(example = "492039"))]
    pub code: String,
}

/// A sign-in with its fields read: the email in the form accounts are stored under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSignIn {
    pub email: String,
    pub password: String,
    pub code: String,
}

impl StaffSignInForm {
    /// Every field's error at once. Only the shape is checked: whether they are right is the server's.
    pub fn validate(&self) -> Result<StaffSignIn, Vec<FieldError>> {
        let mut errors = Vec::new();
        let email = staff_email(&self.email, &mut errors);
        if self.password.is_empty() {
            errors.push(field_error(field::PASSWORD, "missing"));
        }
        let code = one_time_code(&self.code, &mut errors);
        match (email, code) {
            (Some(email), Some(code)) if errors.is_empty() => {
                Ok(StaffSignIn { email, password: self.password.clone(), code })
            }
            _ => Err(errors),
        }
    }
}

/// What a new staff member sends to finish enrolling: the link's token, the password they chose
/// and a code from the authenticator app they just set up (proving it works).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct StaffEnrolmentForm {
    /// The token of the enrolment link (the part after `#`).
    pub token: String,
    /// At least 12 characters.
    pub password: String,
    pub code: String,
}

/// A valid enrolment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffEnrolment {
    pub token: String,
    pub password: String,
    pub code: String,
}

impl StaffEnrolmentForm {
    pub fn validate(&self) -> Result<StaffEnrolment, Vec<FieldError>> {
        let mut errors = Vec::new();
        let token = enrolment_token(&self.token, &mut errors);
        let length = self.password.chars().count();
        if self.password.is_empty() {
            errors.push(field_error(field::PASSWORD, "missing"));
        } else if length < MIN_PASSWORD_CHARS {
            errors.push(field_error(field::PASSWORD, "too_short"));
        } else if length > MAX_PASSWORD_CHARS {
            errors.push(field_error(field::PASSWORD, "too_long"));
        }
        let code = one_time_code(&self.code, &mut errors);
        match (token, code) {
            (Some(token), Some(code)) if errors.is_empty() => {
                Ok(StaffEnrolment { token, password: self.password.clone(), code })
            }
            _ => Err(errors),
        }
    }
}

/// The enrolment link's token, sent to learn whose account it is and the authenticator's secret.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct EnrolmentTokenForm {
    pub token: String,
}

impl EnrolmentTokenForm {
    pub fn validate(&self) -> Result<String, Vec<FieldError>> {
        let mut errors = Vec::new();
        enrolment_token(&self.token, &mut errors).ok_or(errors)
    }
}

/// An error of a staff form: its words are the console's (`field-error-<field>-staff-<code>`),
/// apart from the voter pages' words for fields of the same name.
pub fn field_error(field: &str, code: &str) -> FieldError {
    FieldError::new(field, code).of_kind("staff")
}

/// A staff email address as accounts are stored under it: trimmed, lower case.
pub fn staff_email(input: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    match EmailAddress::parse(input) {
        Ok(email) => Some(email.as_str().to_lowercase()),
        Err(problem) => {
            errors.push(field_error(field::EMAIL, if input.trim().is_empty() { "missing" } else { problem.code() }));
            None
        }
    }
}

fn one_time_code(input: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let code: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        errors.push(field_error(field::CODE, "missing"));
        None
    } else if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        errors.push(field_error(field::CODE, "format"));
        None
    } else {
        Some(code)
    }
}

/// Enrolment tokens are 32 random bytes in base64url: 43 characters.
fn enrolment_token(input: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let token = input.trim();
    if token.is_empty() {
        errors.push(field_error(field::TOKEN, "missing"));
        None
    } else if token.len() != 43 || !token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        errors.push(field_error(field::TOKEN, "format"));
        None
    } else {
        Some(token.to_owned())
    }
}

/// A staff member as the console shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffMember {
    pub id: i64,
    pub email: String,
    /// The county they work for; absent for the state's staff, who see every county.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<i16>,
    pub role: StaffRole,
}

/// A staff session just started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSession {
    /// Send as `Authorization: Bearer …`. It stops working after 30 minutes without use, at
    /// `expires_at` in any case, at sign-out, and when an admin ends it.
    pub token: String,
    /// UTC.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub expires_at: NaiveDateTime,
    pub staff: StaffMember,
}

/// What the enrolment link opens: whose account it is, and the secret to add to an authenticator app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentSecret {
    pub email: String,
    pub role: StaffRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<i16>,
    /// The authenticator secret in base32, for typing in.
    pub secret: String,
    /// The same as an `otpauth://` address, for a QR code or a link on a phone.
    pub otpauth_uri: String,
    /// When the enrolment link stops working.
    /// UTC.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub expires_at: NaiveDateTime,
}

/// What a staff member did, as the audit log names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
pub enum AuditAction {
    SignedIn,
    /// A sign-in with a wrong password or code, or while locked.
    SignInRefused,
    SignedOut,
    Enrolled,
    AccountCreated,
    AccountDisabled,
    /// An admin ended every session of an account.
    SessionsEnded,
    /// A new enrolment link replaced the password and authenticator.
    EnrolmentReset,
    /// A ballot was looked up (the office phone).
    BallotSearched,
    /// A confidential list (the cure list) was opened.
    ListViewed,
    /// A list was exported as CSV.
    ListExported,
    HoldReleased,
    HoldDiscarded,
    CorrectionSent,
}

#[cfg(feature = "diesel")]
crate::stored_as_words!(AuditAction);

/// One line of the staff audit log: who did what, when, to what, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    /// UTC.
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub at: NaiveDateTime,
    /// The staff member's email; absent when a sign-in named no account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<i16>,
    pub action: AuditAction,
    /// What it was done to: a ballot id, a list, an account's email.
    pub subject: String,
    /// Why, as the staff member typed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// An admin's request for a new staff account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct NewStaffForm {
    pub email: String,
    /// `viewer`, `operator` or `admin`.
    pub role: String,
    /// The county, 1 to 58; absent for a state staff member (only the state's admins may create one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<i16>,
}

/// A valid request for a new account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStaff {
    pub email: String,
    pub role: StaffRole,
    pub county: Option<i16>,
}

impl NewStaffForm {
    pub fn validate(&self) -> Result<NewStaff, Vec<FieldError>> {
        use crate::Vocabulary;
        let mut errors = Vec::new();
        let email = staff_email(&self.email, &mut errors);
        let role = StaffRole::parse(&self.role);
        if role.is_none() {
            errors.push(field_error("role", if self.role.trim().is_empty() { "missing" } else { "unknown" }));
        }
        if self.county.is_some_and(|c| !(1..=58).contains(&c)) {
            errors.push(field_error("county", "unknown"));
        }
        match (email, role) {
            (Some(email), Some(role)) if errors.is_empty() => Ok(NewStaff { email, role, county: self.county }),
            _ => Err(errors),
        }
    }
}

/// A staff account as its county's admin sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAccount {
    #[serde(flatten)]
    pub member: StaffMember,
    /// When the person finished enrolling; absent while the enrolment link waits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub enrolled_at: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::optional_date_time"))]
    pub disabled_at: Option<NaiveDateTime>,
}

/// An account just created, with the link its owner enrols by: shown this once, to pass on to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedStaff {
    pub staff: StaffMember,
    pub enrolment_url: String,
    #[cfg_attr(not(feature = "server"), serde(deserialize_with = "crate::iso_date::date_time"))]
    pub expires_at: NaiveDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_sign_in_needs_an_email_a_password_and_six_digits() {
        let form =
            StaffSignInForm { email: " Clerk@Example.GOV ".into(), password: "x".into(), code: "123 456".into() };
        let valid = form.validate().unwrap();
        assert_eq!((valid.email.as_str(), valid.code.as_str()), ("clerk@example.gov", "123456"));
        let bad = StaffSignInForm { email: "clerk".into(), password: String::new(), code: "12345a".into() };
        assert_eq!(
            codes(bad.validate().unwrap_err()),
            [
                ("email".into(), "format".into()),
                ("password".into(), "missing".into()),
                ("code".into(), "format".into())
            ]
        );
    }

    #[test]
    fn an_enrolment_needs_a_long_password_and_the_link_token() {
        let token = "a".repeat(43);
        let form = |password: &str| StaffEnrolmentForm {
            token: token.clone(),
            password: password.into(),
            code: "000000".into(),
        };
        assert!(form("correct horse battery").validate().is_ok());
        assert_eq!(codes(form("short").validate().unwrap_err()), [("password".into(), "too_short".into())]);
        assert_eq!(codes(form(&"x".repeat(129)).validate().unwrap_err()), [("password".into(), "too_long".into())]);
        let bad_token = StaffEnrolmentForm { token: "../etc".into(), ..form("correct horse battery") };
        assert_eq!(codes(bad_token.validate().unwrap_err()), [("token".into(), "format".into())]);
    }
}
