//! Every text a voter receives, from the Fluent files in `shared/locales/<language>/`. A language
//! is added by adding its folder; English fills in any message a translation lacks.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};

static_loader! {
    static LOCALES = {
        locales: "../shared/locales",
        fallback_language: "en",
        // Messages are plain text (email, SMS, speech): no Unicode isolation marks around arguments.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The language voters get when they have not chosen one.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The language tags with translations, English first.
pub fn languages() -> Vec<String> {
    let mut tags: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
    tags.sort_by_key(|tag| (tag != DEFAULT_LANGUAGE, tag.clone()));
    tags
}

fn language_id(tag: &str) -> LanguageIdentifier {
    tag.parse().unwrap_or_else(|_| DEFAULT_LANGUAGE.parse().expect("a valid tag"))
}

/// Message `id` in `language` with `args` filled in.
pub fn text(language: &str, id: &str, args: &[(&'static str, &str)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string()))).collect();
    LOCALES.lookup_with_args(&language_id(language), id, &args)
}

/// Message `id` in `language` only, without falling back to English: `None` when the language
/// lacks it.
pub fn translation(language: &str, id: &str) -> Option<String> {
    LOCALES.lookup_single_language::<&str>(&language_id(language), id, None).ok()
}

/// The most languages of an `Accept-Language` header looked at (a longer header is cut there).
const MAX_ACCEPTED_LANGUAGES: usize = 16;

/// The language to answer in: of an `Accept-Language` header's languages, the one of highest
/// quality that has a translation, matched on the primary tag (`es-MX` gets `es`); English
/// otherwise. A language with `q=0` is refused, a malformed entry ignored.
pub fn negotiate(accept_language: Option<&str>) -> String {
    let offered = languages();
    let mut wanted: Vec<(f32, String)> = accept_language
        .unwrap_or_default()
        .split(',')
        .take(MAX_ACCEPTED_LANGUAGES)
        .filter_map(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            let primary = parts.next()?.split('-').next()?.to_ascii_lowercase();
            let quality = match parts.find_map(|part| part.strip_prefix("q=")) {
                None => 1.0,
                Some(q) => q.parse::<f32>().ok().filter(|q| q.is_finite() && *q > 0.0 && *q <= 1.0)?,
            };
            Some((quality, primary))
        })
        .collect();
    // Stable: among equal qualities, the header's order.
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted
        .into_iter()
        .map(|(_, primary)| primary)
        .find(|primary| offered.iter().any(|tag| tag == primary))
        .unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned())
}

/// `date` written out in `language` ("Tuesday, December 1, 2026"; "martes 1 de diciembre de 2026").
pub fn long_date(language: &str, date: chrono::NaiveDate) -> String {
    let pattern = text(language, "date-long", &[]);
    let locale = chrono::Locale::try_from(text(language, "date-locale", &[]).as_str()).unwrap_or(chrono::Locale::en_US);
    date.format_localized(&pattern, locale).to_string()
}

/// A language's own name for itself ("Español").
pub fn language_name(language: &str) -> String {
    LOCALES.lookup(&language_id(language), "language-name")
}

/// What an inbound text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Stop,
    Start,
    Yes,
    Help,
}

/// The keyword an inbound text is (case, surrounding spaces and punctuation ignored) and the
/// language it is in; `None` for anything else.
pub fn keyword(body: &str) -> Option<(Keyword, String)> {
    let wanted = normalize(body);
    if wanted.is_empty() {
        return None;
    }
    let kinds = [
        (Keyword::Stop, "keywords-stop"),
        (Keyword::Start, "keywords-start"),
        (Keyword::Yes, "keywords-yes"),
        (Keyword::Help, "keywords-help"),
    ];
    for language in languages() {
        for (keyword, id) in kinds {
            let list = LOCALES.lookup_single_language::<&str>(&language_id(&language), id, None).unwrap_or_default();
            if list.split(',').any(|word| normalize(word) == wanted) {
                return Some((keyword, language));
            }
        }
    }
    None
}

/// Upper case, letters and digits only, single spaces between words.
fn normalize(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_uppercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_the_best_language_offered() {
        assert_eq!(negotiate(Some("es-MX,es;q=0.9,en;q=0.5")), "es");
        assert_eq!(negotiate(Some("fr, en;q=0.4, es;q=0.8")), "es");
        assert_eq!(negotiate(Some("fr, es;q=0")), "en");
        assert_eq!(negotiate(Some("es;q=NaN, en;q=0.1")), "en");
        assert_eq!(negotiate(Some("ES")), "es");
        assert_eq!(negotiate(Some(";;,,q=1;, -")), "en");
        assert_eq!(negotiate(None), "en");
        let long = vec!["xx;q=0.5"; 40].join(",") + ",es";
        assert_eq!(negotiate(Some(&long)), "en", "entries past the limit are not read");
    }

    #[test]
    fn english_and_spanish_are_offered() {
        assert_eq!(languages(), ["en", "es"]);
        assert_eq!(language_name("es"), "Español");
    }

    #[test]
    fn keywords_ignore_case_spaces_and_punctuation() {
        assert_eq!(keyword("  stop! "), Some((Keyword::Stop, "en".into())));
        assert_eq!(keyword("Opt-Out"), Some((Keyword::Stop, "en".into())));
        assert_eq!(keyword("opt out."), Some((Keyword::Stop, "en".into())));
        assert_eq!(keyword("Yes"), Some((Keyword::Yes, "en".into())));
        assert_eq!(keyword("sí"), Some((Keyword::Yes, "es".into())));
        assert_eq!(keyword("AYUDA"), Some((Keyword::Help, "es".into())));
        assert_eq!(keyword("unstop"), Some((Keyword::Start, "en".into())));
        assert_eq!(keyword("stop texting me please"), None);
        assert_eq!(keyword("..."), None);
    }

    #[test]
    fn every_message_has_a_spanish_translation() {
        let english = include_str!("../../../shared/locales/en/messages.ftl");
        let spanish = include_str!("../../../shared/locales/es/messages.ftl");
        let ids = |ftl: &str| -> Vec<String> {
            ftl.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
                .collect()
        };
        let missing: Vec<String> = ids(english).into_iter().filter(|id| !ids(spanish).contains(id)).collect();
        assert!(missing.is_empty(), "Spanish lacks {missing:?}");
    }

    #[test]
    fn dates_are_written_in_the_language() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(long_date("en", date), "Tuesday, December 1, 2026");
        assert_eq!(long_date("es", date), "martes 1 de diciembre de 2026");
    }

    #[test]
    fn received_is_never_worded_as_counted() {
        for language in languages() {
            let received = text(&language, "status-received", &[]).to_lowercase();
            assert!(received.contains("not been counted") || received.contains("no se contó"), "{received}");
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let text = text("es", "code-sms", &[("service", "Rastreador"), ("code", "123456"), ("minutes", "10")]);
        assert!(text.starts_with("Código de Rastreador: 123456."), "{text}");
    }
}
