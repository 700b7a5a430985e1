//! Every text a voter receives, from the Fluent files in `shared/locales/<language>/`. A language
//! is added by adding its folder; English fills in any message a translation lacks.

use std::borrow::Cow;
use std::collections::HashMap;

use ballot_shared::FieldError;
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

/// `error` with its message written in `language` (English where the language lacks it).
pub fn explained(language: &str, error: &FieldError) -> FieldError {
    let (id, args) = error.words(None);
    let args: Vec<(&'static str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
    FieldError { message: text(language, &id, &args), ..error.clone() }
}

/// The most languages of an `Accept-Language` header looked at (a longer header is cut there).
const MAX_ACCEPTED_LANGUAGES: usize = 16;

/// The language to answer in: of an `Accept-Language` header's languages, the one of highest
/// quality that has a translation, matched on the primary tag (`es-MX` gets `es`); English
/// otherwise. A language with `q=0` is refused, a malformed entry ignored.
pub fn negotiate(accept_language: Option<&str>) -> String {
    accepted(accept_language).unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned())
}

/// The language of ours an `Accept-Language` header asks for, as [`negotiate`] picks it; `None`
/// when it asks for none we have.
pub fn accepted(accept_language: Option<&str>) -> Option<String> {
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
    wanted.into_iter().map(|(_, primary)| primary).find(|primary| offered.iter().any(|tag| tag == primary))
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

    /// The message ids of one language's Fluent files.
    fn message_ids(language: &str) -> Vec<String> {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales").join(language);
        let mut ids = Vec::new();
        for file in std::fs::read_dir(folder).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            ids.extend(
                text.lines()
                    .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                    .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned())),
            );
        }
        ids
    }

    #[test]
    fn every_language_has_every_message() {
        let english = message_ids("en");
        assert!(english.len() > 300, "{}", english.len());
        for language in languages() {
            let translated = message_ids(&language);
            // One id in two files would stop the loader.
            let mut seen = std::collections::BTreeSet::new();
            let twice: Vec<&String> = translated.iter().filter(|id| !seen.insert(*id)).collect();
            assert!(twice.is_empty(), "{language} has {twice:?} twice");
            let missing: Vec<&String> = english.iter().filter(|id| !translated.contains(id)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
        }
    }

    #[test]
    fn every_field_error_of_the_forms_has_words_in_every_language() {
        use ballot_shared::forms::{ContactMethodForm, PreferencesForm, VerificationForm, VoterLookupForm};
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut errors = Vec::new();
        let long = "A".repeat(65);
        let lookups = [
            ("", "", "", None, ""),
            (long.as_str(), long.as_str(), "1980-01-23", None, "9581"),
            ("R2D2", "C3PO", "02-30-1980", None, "10001"),
            ("Ann", "Lee", "01-01-1899", Some(""), "95814"),
            ("Ann", "Lee", "01-01-2027", Some("1980"), "95814"),
            ("Ann", "Lee", "01-01-2020", None, "95814"),
        ];
        for (first, last, date, year, zip) in lookups {
            let form = VoterLookupForm {
                first_name: first.to_owned(),
                last_name: last.to_owned(),
                date_of_birth: Some(date.to_owned()),
                birth_year: year.map(str::to_owned),
                zip: zip.to_owned(),
                voter_id: Some("no spaces allowed".to_owned()),
            };
            errors.extend(form.validate(today).unwrap_err());
        }
        for year in ["", "80", "1899", "2027", "2020"] {
            let form = VoterLookupForm { birth_year: Some(year.to_owned()), ..Default::default() };
            errors.extend(form.validate(today).unwrap_err());
        }
        for (kind, address) in
            [("email", ""), ("email", "nope"), ("sms", ""), ("sms", "555"), ("voice", "(916) 055-0123")]
        {
            let form: ContactMethodForm = serde_json::from_value(serde_json::json!({ "address": address })).unwrap();
            errors.extend(form.validate(kind.parse().unwrap()).unwrap_err());
        }
        let hours = serde_json::json!({"language": "xx",
            "contact_hours": {"from": "8am", "until": "25:00", "time_zone": "Mars/Olympus"}});
        let form: PreferencesForm = serde_json::from_value(hours).unwrap();
        errors.extend(form.validate(&["en"]).unwrap_err());
        let same = serde_json::json!({"contact_hours": {"from": "08:00", "until": "08:00", "time_zone": "UTC"}});
        let form: PreferencesForm = serde_json::from_value(same).unwrap();
        errors.extend(form.validate(&["en"]).unwrap_err());
        errors.extend(VerificationForm { code: "12".to_owned() }.validate().unwrap_err());
        let codes: std::collections::BTreeSet<String> = errors.iter().map(|e| e.message_id(None)).collect();
        assert!(codes.len() >= 30, "every way a form can be wrong was tried: {codes:?}");
        for language in languages() {
            for error in &errors {
                let id = error.message_id(None);
                let found = LOCALES.lookup_single_language::<&str>(&language_id(&language), &id, None);
                assert!(found.is_ok(), "{language} lacks {id}");
            }
        }
    }

    #[test]
    fn every_message_the_code_names_is_written() {
        fn sources(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
                let path = entry.path();
                if path.is_dir() {
                    sources(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let mut texts = Vec::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut texts);
        let english = message_ids("en");
        let mut named = 0;
        for text in &texts {
            for piece in text.split("Words::new(\"").skip(1) {
                let id = piece.split('"').next().unwrap();
                named += 1;
                let title = format!("{id}-title");
                assert!(english.iter().any(|known| known == id || *known == title), "no English words for {id}");
            }
        }
        assert!(named > 50, "{named}");
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
