//! The page's words in the voter's language, from the Fluent files in `shared/locales/<language>/`.
//! A language is added by adding its folder; English fills in anything a translation lacks.

use std::borrow::Cow;
use std::collections::HashMap;

use ballot_shared::FieldError;

use crate::api::ApiError;
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use yew::prelude::*;

static_loader! {
    static LOCALES = {
        locales: "../shared/locales",
        fallback_language: "en",
        // Plain text in the page: no Unicode isolation marks around arguments.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The language the page starts in when the browser asks for none we have.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A language the page is offered in: its tag and its own name for itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub tag: String,
    pub name: String,
}

/// Every language with a folder of translations, English first.
pub fn languages() -> Vec<Language> {
    let mut tags: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
    tags.sort_by_key(|tag| (tag != DEFAULT_LANGUAGE, tag.clone()));
    tags.into_iter().map(|tag| Language { name: I18n::new(&tag).t("language-name"), tag }).collect()
}

/// The best of our languages for this browser (its preferred languages in order), else English.
pub fn browser_language() -> String {
    let offered: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
    let wanted = web_sys::window().map(|w| w.navigator().languages()).map(|list| list.to_vec()).unwrap_or_default();
    wanted
        .iter()
        .filter_map(|value| value.as_string())
        .find_map(|tag| {
            let primary = tag.split('-').next().unwrap_or_default().to_lowercase();
            offered.iter().find(|o| **o == tag.to_lowercase() || **o == primary).cloned()
        })
        .unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned())
}

/// The words of one language; given to every component as context.
#[derive(Debug, Clone, PartialEq)]
pub struct I18n {
    pub tag: String,
    id: LanguageIdentifier,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new(DEFAULT_LANGUAGE)
    }
}

impl I18n {
    pub fn new(tag: &str) -> Self {
        let id = tag.parse().unwrap_or_else(|_| DEFAULT_LANGUAGE.parse().expect("a valid tag"));
        Self { tag: tag.to_owned(), id }
    }

    /// Message `id`.
    pub fn t(&self, id: &str) -> String {
        LOCALES.lookup(&self.id, id)
    }

    /// Message `id`, when some language has it.
    pub fn try_t(&self, id: &str) -> Option<String> {
        LOCALES.try_lookup(&self.id, id)
    }

    /// Message `id` with `args` filled in.
    pub fn t_with(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.clone())).collect();
        LOCALES.lookup_with_args(&self.id, id, &args)
    }

    /// Message `id` with text arguments.
    pub fn t_args(&self, id: &str, args: &[(&'static str, &str)]) -> String {
        let args: Vec<(&'static str, FluentValue<'static>)> =
            args.iter().map(|(name, value)| (*name, FluentValue::from(value.to_string()))).collect();
        self.t_with(id, &args)
    }

    /// A date as "Tuesday, October 13".
    pub fn date(&self, date: NaiveDate) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().number_from_monday()));
        let month = self.t(&format!("month-{}", date.month()));
        self.t_args("page-date", &[("weekday", &weekday), ("month", &month), ("day", &date.day().to_string())])
    }

    /// A field error in this language: the API's message (written in the language the page asked
    /// for), else, for the page's own checks, `field-error-<field>-<code>`. `variant` tells apart
    /// fields whose codes mean different things by kind (`email` or `phone` for an address).
    pub fn field_error(&self, error: &FieldError, variant: Option<&str>) -> String {
        if !error.message.is_empty() {
            return error.message.clone();
        }
        let (id, args) = error.words(variant);
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.into_iter().map(|(name, value)| (Cow::Borrowed(name), FluentValue::from(value))).collect();
        LOCALES.lookup_with_args(&self.id, &id, &args)
    }

    /// The API's own sentence (`detail`, written in this language: the page asks for it), or this
    /// language's message `id` when the API gave none.
    pub fn server_or(&self, detail: Option<&str>, id: &str) -> String {
        detail.map_or_else(|| self.t(id), str::to_owned)
    }

    /// What to tell the voter when a call failed: how long to wait, that the service cannot be
    /// reached, or the API's own words.
    pub fn problem_text(&self, error: &ApiError) -> String {
        if let Some(minutes) = error.wait_minutes() {
            return self.t_with("ui-wait-minutes", &[("minutes", minutes.into())]);
        }
        match error {
            ApiError::Unreachable => self.t("ui-unreachable"),
            ApiError::Problem(problem, _) => self.server_or(problem.detail.as_deref(), "ui-something-wrong"),
        }
    }
}

/// The words of the page's current language.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_default()
}
