//! The page's words in the voter's language, from `shared/locales/<language>/ui.ftl`. The page
//! fetches the one language it shows (served at `/locales/<language>/ui.ftl`), never all of them:
//! a language is added by adding its folder.

use std::borrow::Cow;
use std::rc::Rc;

use ballot_shared::FieldError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::api::ApiError;
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

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
    LANGUAGES.iter().map(|(tag, name)| Language { tag: (*tag).to_owned(), name: (*name).to_owned() }).collect()
}

/// A language's own name for itself ("Tiếng Việt"); the tag when it is not one of ours.
pub fn language_name(tag: &str) -> String {
    LANGUAGES.iter().find(|(offered, _)| *offered == tag).map_or(tag, |(_, name)| name).to_owned()
}

/// Our tag for `wanted` (a browser's or a voter's), matched ignoring case, then on the primary
/// subtag (`zh-TW` gets `zh-Hant`, `es-MX` gets `es`; `zh-CN` too gets Traditional Chinese, the
/// one Chinese we offer, which readers of Simplified read better than English).
pub fn offered(wanted: &str) -> Option<&'static str> {
    let primary = ballot_shared::language::primary_subtag;
    let exact = LANGUAGES.iter().find(|(tag, _)| tag.eq_ignore_ascii_case(wanted));
    exact.or_else(|| LANGUAGES.iter().find(|(tag, _)| primary(tag) == primary(wanted))).map(|(tag, _)| *tag)
}

/// The best of our languages for this browser (its preferred languages in order), else English.
pub fn browser_language() -> String {
    let wanted = web_sys::window().map(|w| w.navigator().languages()).map(|list| list.to_vec()).unwrap_or_default();
    wanted
        .iter()
        .filter_map(|value| value.as_string())
        .find_map(|tag| offered(&tag))
        .unwrap_or(DEFAULT_LANGUAGE)
        .to_owned()
}

fn bundle(tag: &str, source: String) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap_or_default()]);
    // Plain text in the page: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    // Only a second message with the same id fails; the first is kept.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Fetches one language's words (none is compiled into the page: each voter downloads only the
/// language they read). When that language cannot be fetched, English is tried.
pub async fn load(tag: &str) -> Result<I18n, ApiError> {
    let tag = offered(tag).unwrap_or(DEFAULT_LANGUAGE);
    match fetch(tag).await {
        Err(_) if tag != DEFAULT_LANGUAGE => fetch(DEFAULT_LANGUAGE).await,
        loaded => loaded,
    }
}

async fn fetch(tag: &'static str) -> Result<I18n, ApiError> {
    let response = gloo_net::http::Request::get(&format!("/locales/{tag}/ui.ftl"))
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    if !response.ok() {
        return Err(ApiError::Unreachable);
    }
    let source = response.text().await.map_err(|_| ApiError::Unreachable)?;
    Ok(I18n { tag: tag.to_owned(), bundle: Rc::new(bundle(tag, source)) })
}

/// The words of one language; given to every component as context. Every language has every
/// message (a test checks), so a message is missing only from the empty default.
#[derive(Clone)]
pub struct I18n {
    pub tag: String,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("tag", &self.tag).finish_non_exhaustive()
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag && Rc::ptr_eq(&self.bundle, &other.bundle)
    }
}

/// No words: what a component outside the page's context would get.
impl Default for I18n {
    fn default() -> Self {
        Self { tag: DEFAULT_LANGUAGE.to_owned(), bundle: Rc::new(bundle(DEFAULT_LANGUAGE, String::new())) }
    }
}

impl I18n {
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    /// Message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|| id.to_owned())
    }

    /// Message `id`, when this language has it.
    pub fn try_t(&self, id: &str) -> Option<String> {
        self.format(id, None)
    }

    /// Message `id` with `args` filled in.
    pub fn t_with(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(Cow::Borrowed(*name), value.clone());
        }
        self.format(id, Some(&fluent_args)).unwrap_or_else(|| id.to_owned())
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
        let args: Vec<(&'static str, FluentValue<'static>)> =
            args.into_iter().map(|(name, value)| (name, FluentValue::from(value))).collect();
        self.t_with(&id, &args)
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
