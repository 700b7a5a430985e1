//! Every text a voter receives, from the Fluent files in `shared/locales/<language>/`. A language
//! is added by adding its folder; English fills in any message a translation lacks.

use std::borrow::Cow;
use std::collections::HashMap;

use ballot_shared::FieldError;
use ballot_shared::language::primary_subtag;
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
            let primary = primary_subtag(parts.next()?);
            let quality = match parts.find_map(|part| part.strip_prefix("q=")) {
                None => 1.0,
                Some(q) => q.parse::<f32>().ok().filter(|q| q.is_finite() && *q > 0.0 && *q <= 1.0)?,
            };
            Some((quality, primary))
        })
        .collect();
    // Stable: among equal qualities, the header's order.
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Matched on the primary subtag on both sides: `zh-TW` and `zh` get `zh-Hant`.
    wanted.into_iter().find_map(|(_, primary)| offered.iter().find(|tag| primary_subtag(tag) == primary).cloned())
}

/// How calls speak a language: the provider's locale, and the voice to ask for where the default
/// voice does not speak it. A language missing here has its calls in English, and the page says so.
const VOICES: [(&str, &str, Option<&str>); 9] = [
    ("en", "en-US", None),
    ("es", "es-US", None),
    ("zh-Hant", "cmn-TW", Some("Google.cmn-TW-Standard-A")),
    ("ja", "ja-JP", Some("Polly.Mizuki")),
    ("ko", "ko-KR", Some("Polly.Seoyeon")),
    ("hi", "hi-IN", Some("Polly.Aditi")),
    ("tl", "fil-PH", Some("Google.fil-PH-Standard-A")),
    ("th", "th-TH", Some("Google.th-TH-Standard-A")),
    ("vi", "vi-VN", Some("Google.vi-VN-Standard-A")),
];

/// The voice a call to a voter of `language` is spoken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallVoice {
    /// The language of the words read out: the voter's, or English when calls cannot speak it.
    pub language: &'static str,
    /// The provider's name of the language and accent (`en-US`).
    pub locale: &'static str,
    /// The provider's voice, where its default voice does not speak the language.
    pub voice: Option<&'static str>,
}

/// How calls to a voter of `language` sound: in their language where a voice speaks it, else in English.
pub fn call_voice(language: &str) -> CallVoice {
    let (language, locale, voice) =
        VOICES.iter().find(|(tag, _, _)| tag.eq_ignore_ascii_case(language)).copied().unwrap_or(VOICES[0]);
    CallVoice { language, locale, voice }
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

/// `text` as a text message to a voter of `language`: in GSM-7, accents folded, where the language
/// is sent so; unchanged (UCS-2) otherwise.
pub fn sms_body(language: &str, text_in_language: &str) -> String {
    if text(language, "sms-alphabet", &[]).trim() == "ucs-2" {
        text_in_language.to_owned()
    } else {
        gsm7(text_in_language)
    }
}

/// How many segments a text takes: 160 GSM-7 units in one, 153 each when split; UCS-2 when any
/// character is outside GSM-7: 70 UTF-16 units in one, 67 each when split.
pub fn segments(text: &str) -> usize {
    match gsm7_units(text) {
        Some(units) if units <= 160 => 1,
        Some(units) => units.div_ceil(153),
        None => match text.encode_utf16().count() {
            units if units <= 70 => 1,
            units => units.div_ceil(67),
        },
    }
}

/// GSM 03.38's default alphabet (one unit each) and its extension table (two units each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{c}";

/// `text` in the GSM-7 alphabet: characters it lacks are replaced by their closest plain letters
/// (`á` → `a`, `“` → `"`).
pub fn gsm7(text: &str) -> String {
    text.chars()
        .map(|c| {
            if GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c) {
                c.to_string()
            } else {
                deunicode::deunicode_char(c).unwrap_or("?").to_owned()
            }
        })
        .collect()
}

/// How many GSM-7 units `text` takes, or `None` when it has a character outside the alphabet.
pub fn gsm7_units(text: &str) -> Option<usize> {
    text.chars()
        .map(|c| {
            if GSM7_BASIC.contains(c) {
                Some(1)
            } else if GSM7_EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum()
}

/// Message `id` in `language`, as a text message (see [`sms_body`]).
pub fn sms_text(language: &str, id: &str, args: &[(&'static str, &str)]) -> String {
    sms_body(language, &text(language, id, args))
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

/// Upper case, letters, their marks (Thai and Khmer vowels and tones) and digits only, single
/// spaces between words. Compatibility forms fold (full-width `ＳＴＯＰ`, half-width kana); emoji
/// variation selectors and zero-width spaces and joiners are dropped.
fn normalize(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let invisible = |c: char| matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}');
    let text: String = text.nfkc().filter(|c| !invisible(*c)).collect();
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|word| word.chars().any(char::is_alphanumeric))
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
    fn californias_ten_languages_are_offered() {
        assert_eq!(languages(), ["en", "es", "hi", "ja", "km", "ko", "th", "tl", "vi", "zh-Hant"]);
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("vi"), "Tiếng Việt");
        assert_eq!(negotiate(Some("zh-TW,zh;q=0.9")), "zh-Hant");
        assert_eq!(negotiate(Some("fil-PH")), "tl");
        assert_eq!(negotiate(Some("vi-VN")), "vi");
    }

    #[test]
    fn calls_speak_the_language_or_english() {
        assert_eq!(call_voice("es").locale, "es-US");
        assert_eq!(call_voice("vi").language, "vi");
        let khmer = call_voice("km");
        assert_eq!((khmer.language, khmer.locale), ("en", "en-US"));
        for (tag, _, voice) in VOICES {
            assert!(languages().iter().any(|offered| offered == tag), "{tag} has a voice but no translation");
            // The provider's default voice speaks only English and Spanish of ours.
            assert!(tag == "en" || tag == "es" || voice.is_some(), "{tag} names its voice");
        }
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
        assert_eq!(keyword("ใช่"), Some((Keyword::Yes, "th".into())));
        assert_eq!(keyword("ใช"), None, "a Thai tone mark is part of the word");
        assert_eq!(keyword("Ngừng"), Some((Keyword::Stop, "vi".into())));
        // Decomposed accents, as some phones send them.
        assert_eq!(keyword("NGU\u{31b}\u{300}NG"), Some((Keyword::Stop, "vi".into())));
        assert_eq!(keyword("Stop ✋\u{fe0f}"), Some((Keyword::Stop, "en".into())));
        assert_eq!(keyword("ＳＴＯＰ"), Some((Keyword::Stop, "en".into())));
        assert_eq!(keyword("ឈប់\u{200b}ផ្ញើ"), Some((Keyword::Stop, "km".into())));
        assert_eq!(keyword("..."), None);
    }

    #[test]
    fn a_keyword_means_one_thing_in_every_language() {
        let mut meaning = std::collections::HashMap::new();
        for language in languages() {
            for id in ["keywords-stop", "keywords-start", "keywords-yes", "keywords-help"] {
                for word in text(&language, id, &[]).split(',') {
                    let word = normalize(word);
                    assert!(!word.is_empty(), "{language} {id} has an empty keyword");
                    let first = meaning.entry(word.clone()).or_insert(id);
                    assert_eq!(*first, id, "{word} ({language}) means two things");
                }
            }
        }
    }

    /// The Fluent files of every language (the page reads `ui.ftl` alone).
    const FILES: [&str; 3] = ["ui.ftl", "messages.ftl", "county.ftl"];

    /// The message ids of one of a language's Fluent files.
    fn file_ids(language: &str, file: &str) -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales").join(language).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        text.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    /// Fluent files in English only: the console's (county staff work in English; the file says
    /// how a county adds a translation). English is what any other language falls back to.
    const ENGLISH_ONLY: [&str; 1] = ["console.ftl"];

    /// The message ids of all of one language's Fluent files.
    fn message_ids(language: &str) -> Vec<String> {
        let english_only = if language == DEFAULT_LANGUAGE { &ENGLISH_ONLY[..] } else { &[] };
        FILES.iter().chain(english_only).flat_map(|file| file_ids(language, file)).collect()
    }

    #[test]
    fn the_console_words_are_english_apart_from_the_voters_and_cover_the_staff_forms() {
        use ballot_shared::staff::{EnrolmentTokenForm, NewStaffForm, StaffEnrolmentForm, StaffSignInForm};
        let all = message_ids(DEFAULT_LANGUAGE);
        let mut seen = std::collections::BTreeSet::new();
        let twice: Vec<&String> = all.iter().filter(|id| !seen.insert(*id)).collect();
        assert!(twice.is_empty(), "{twice:?} in two English files");
        let mut errors = Vec::new();
        let sign_in = |email: &str, code: &str| StaffSignInForm {
            email: email.into(),
            password: String::new(),
            code: code.into(),
        };
        errors.extend(sign_in("", "").validate().unwrap_err());
        errors.extend(sign_in("nobody", "12").validate().unwrap_err());
        for password in ["", "short", &"x".repeat(200)] {
            let form = StaffEnrolmentForm { token: "t".into(), password: password.into(), code: "1".into() };
            errors.extend(form.validate().unwrap_err());
        }
        errors.extend(EnrolmentTokenForm::default().validate().unwrap_err());
        errors.extend(
            NewStaffForm { email: String::new(), role: String::new(), county: Some(0) }.validate().unwrap_err(),
        );
        errors.extend(
            NewStaffForm { email: "a@b.gov".into(), role: "boss".into(), county: None }.validate().unwrap_err(),
        );
        errors.push(ballot_shared::staff::field_error("code", "wrong"));
        let ids: std::collections::BTreeSet<String> = errors.iter().map(|e| e.message_id(None)).collect();
        assert_eq!(ids.len(), 13, "every way a staff form can be wrong was tried: {ids:?}");
        for id in ids {
            assert!(id.contains("-staff-"), "{id} would show a voter's words");
            assert!(all.contains(&id), "no English words for {id}");
        }
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        assert!(message_ids("en").len() > 300);
        let folders: Vec<String> =
            std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales"))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
        assert_eq!(folders.len(), languages().len(), "every folder is a language the loader reads");
        for file in FILES {
            let english = file_ids("en", file);
            for language in languages() {
                let translated = file_ids(&language, file);
                // One id in two files would stop the loader.
                let mut seen = std::collections::BTreeSet::new();
                let twice: Vec<&String> = translated.iter().filter(|id| !seen.insert(*id)).collect();
                assert!(twice.is_empty(), "{language}/{file} has {twice:?} twice");
                let missing: Vec<&String> = english.iter().filter(|id| !translated.contains(id)).collect();
                assert!(missing.is_empty(), "{language}/{file} lacks {missing:?}");
                let extra: Vec<&String> = translated.iter().filter(|id| !english.contains(id)).collect();
                assert!(extra.is_empty(), "{language}/{file} has ids no other language has: {extra:?}");
            }
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
        assert_eq!(long_date("ja", date), "2026年12月1日火曜日");
        assert_eq!(long_date("vi", date), "Thứ ba, ngày 1 tháng 12 năm 2026");
        for language in languages() {
            let written = long_date(&language, date);
            assert!(written.contains("2026") && !written.contains('%'), "{language}: {written}");
        }
    }

    #[test]
    fn received_is_never_worded_as_counted() {
        for (language, not_yet) in [("en", "not been counted"), ("es", "no se contó")] {
            assert!(text(language, "status-received", &[]).contains(not_yet));
        }
        for language in languages() {
            let received = text(&language, "status-received", &[]);
            let counted = text(&language, "status-accepted", &[]);
            assert!(!received.contains(counted.trim_end_matches(['.', '。', '।'])), "{language}: {received}");
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let text = text("es", "code-sms", &[("service", "Rastreador"), ("code", "123456"), ("minutes", "10")]);
        assert!(text.starts_with("Código de Rastreador: 123456."), "{text}");
    }
}
