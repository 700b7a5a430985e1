//! Fixing a signature problem ("cure"): what the voter does, step by step, in their language.

use ballot_shared::Vocabulary;
use ballot_shared::ballot::StatusReason;
use chrono::NaiveDate;

use crate::county::County;
use crate::messaging::texts::{long_date, text};

/// Where the county's statement form is given, when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormLink {
    /// Its address is written into the first step (emails and texts).
    InText,
    /// The page shows it as a link beside the steps.
    Beside,
}

/// The steps to fix a ballot's signature problem (`reason`) by `deadline`, with what `county` has
/// published.
pub fn steps(
    language: &str,
    reason: StatusReason,
    deadline: Option<NaiveDate>,
    county: &County,
    link: FormLink,
) -> Vec<String> {
    let statement = text(language, &format!("cure-statement-{}", reason.as_str()), &[]);
    let by = match deadline {
        Some(date) => text(language, "cure-by-date", &[("date", &long_date(language, date))]),
        None => text(language, "cure-by-unknown", &[]),
    };
    let form = match (&county.cure_form_url, link) {
        (Some(url), FormLink::InText) => {
            text(language, "cure-step-form-link", &[("statement", &statement), ("url", url), ("county", &county.name)])
        }
        _ => text(language, "cure-step-form", &[("statement", &statement), ("county", &county.name)]),
    };
    vec![
        form,
        text(language, "cure-step-sign", &[]),
        text(language, "cure-step-return", &[("by", &by)]),
        text(language, "cure-step-after", &[]),
    ]
}
