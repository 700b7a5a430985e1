//! First and last names as registered, and the key they are matched by.

#[cfg(feature = "server")]
use unicode_normalization::UnicodeNormalization;
#[cfg(feature = "server")]
use unicode_normalization::char::is_combining_mark;

pub const MAX_NAME_CHARS: usize = 64;

/// Which name a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamePart {
    First,
    Last,
}

/// A person's first or last name: trimmed, NFC-normalized (on the server), inner runs of spaces
/// collapsed to one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName {
    display: String,
    #[cfg(feature = "server")]
    key: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    Missing(NamePart),
    TooLong(NamePart),
    Characters(NamePart),
}

crate::error::input_error_codes!(NameError {
    Missing(_) => "required",
    TooLong(_) => "too_long",
    Characters(_) => "characters",
});

/// Apostrophes as people type them: ASCII, and the curly one phones and word processors substitute.
const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{02BC}'];

impl PersonName {
    pub fn parse(input: &str, part: NamePart) -> Result<Self, NameError> {
        // The page leaves normalization to the server: its tables would double the page's weight.
        #[cfg(feature = "server")]
        let input = &input.nfc().collect::<String>();
        let display = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if display.is_empty() {
            return Err(NameError::Missing(part));
        }
        if display.chars().count() > MAX_NAME_CHARS {
            return Err(NameError::TooLong(part));
        }
        let allowed =
            |c: char| c.is_alphabetic() || mark(c) || c == ' ' || c == '-' || c == '.' || APOSTROPHES.contains(&c);
        if !display.chars().all(allowed) || !display.chars().any(char::is_alphabetic) {
            return Err(NameError::Characters(part));
        }
        Ok(Self {
            #[cfg(feature = "server")]
            key: name_key(&display),
            display,
        })
    }

    /// The name as the voter typed it (tidied), for display.
    pub fn as_str(&self) -> &str {
        &self.display
    }

    /// The key two spellings of the same registered name share; see [`name_key`].
    #[cfg(feature = "server")]
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// A combining mark (an accent typed as its own character, a vowel sign). The page lets any other
/// non-ASCII character through and leaves the decision to the server: the table of marks would
/// weigh more in the page than the rare name it tells apart.
fn mark(c: char) -> bool {
    #[cfg(feature = "server")]
    return is_combining_mark(c);
    #[cfg(not(feature = "server"))]
    return !c.is_ascii() && !c.is_control();
}

/// The matching key of a name: transliterated to ASCII (accents removed, `ß` → `ss`, `Ł` → `l`),
/// lower-cased, with everything but letters and digits dropped — spaces too, since county rolls
/// write compound names both ways (`De La Cruz`, `DeLaCruz`). So `José O'Brien-Smith` and
/// `JOSE OBRIEN SMITH` share the key `joseobriensmith`. It is exact, never fuzzy: `Jim` is not `James`.
#[cfg(feature = "server")]
pub fn name_key(name: &str) -> String {
    let ascii_key: String = deunicode::deunicode(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !ascii_key.is_empty() {
        return ascii_key;
    }
    // A script with no transliteration: still fold case and marks so the key is stable.
    name.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputError;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[cfg(feature = "server")]
    fn key(s: &str) -> String {
        PersonName::parse(s, NamePart::Last).unwrap().key().to_owned()
    }

    #[test]
    #[cfg(feature = "server")]
    fn spellings_of_one_registered_name_share_a_key() {
        assert_eq!(key("José O'Brien-Smith"), key("JOSE OBRIEN SMITH"));
        assert_eq!(key("José O'Brien-Smith"), "joseobriensmith");
        assert_eq!(key("O’Connor"), key("oconnor"));
        assert_eq!(key("De La Cruz"), key("DeLaCruz"));
        assert_eq!(key("Nguyễn"), "nguyen");
        assert_eq!(key("Strauß"), key("STRAUSS"));
        assert_eq!(key("Łukasz"), "lukasz");
        assert_eq!(key("  Mary   Ann "), key("Mary Ann"));
        // Decomposed and composed accents are the same name.
        assert_eq!(key("Jose\u{301}"), key("Jos\u{e9}"));
    }

    #[test]
    #[cfg(feature = "server")]
    fn never_fuzzy() {
        assert_ne!(key("Jim"), key("James"));
        assert_ne!(key("Ann"), key("Anne"));
    }

    #[test]
    fn keeps_a_tidy_display_form() {
        let name = PersonName::parse("  María   del Carmen ", NamePart::First).unwrap();
        assert_eq!(name.as_str(), "María del Carmen");
    }

    #[test]
    fn accepts_letters_of_any_script() {
        for name in ["王小明", "Иван", "محمد", "अर्जुन", "J.R.", "D'Angelo", "Smith-Jones"] {
            let parsed = PersonName::parse(name, NamePart::First).unwrap();
            assert_eq!(parsed.as_str(), name);
            #[cfg(feature = "server")]
            assert!(!parsed.key().is_empty(), "{name}");
        }
    }

    #[test]
    fn accepts_accents_typed_as_their_own_character() {
        // Some keyboards send `e` then a combining acute accent: the server joins them (NFC).
        let parsed = PersonName::parse("Jose\u{301} Nguye\u{302}\u{303}n", NamePart::First).unwrap();
        #[cfg(feature = "server")]
        assert_eq!(parsed.as_str(), "José Nguyễn");
        #[cfg(not(feature = "server"))]
        assert_eq!(parsed.as_str(), "Jose\u{301} Nguye\u{302}\u{303}n");
    }

    #[test]
    fn rejects_what_is_not_a_name() {
        let code = |s: &str| PersonName::parse(s, NamePart::First).unwrap_err().code();
        assert_eq!(code("   "), "required");
        assert_eq!(code("R2D2"), "characters");
        assert_eq!(code("Ann <script>"), "characters");
        assert_eq!(code("--"), "characters");
        assert_eq!(code(&"a".repeat(65)), "too_long");
        assert!(PersonName::parse(&"é".repeat(64), NamePart::First).is_ok());
        assert_eq!(PersonName::parse("", NamePart::Last), Err(NameError::Missing(NamePart::Last)));
    }
}

#[cfg(all(test, feature = "server", not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn key_ignores_case_spacing_and_punctuation(name in "[A-Za-zÀ-ÖØ-öø-ÿ]{1,10}( [A-Za-zÀ-ÖØ-öø-ÿ]{1,10}){0,2}") {
            let shouted = name.to_uppercase();
            let punctuated = name.replace(' ', "-");
            let spaced = name.replace(' ', "   ");
            prop_assert_eq!(name_key(&name), name_key(&shouted));
            prop_assert_eq!(name_key(&name), name_key(&punctuated));
            prop_assert_eq!(name_key(&name), name_key(&spaced));
        }

        #[test]
        fn key_is_idempotent_on_ascii(name in "[a-z0-9]{1,20}") {
            prop_assert_eq!(name_key(&name), name.clone());
        }

        #[test]
        fn parse_never_panics_and_bounds_length(input in "\\PC{0,80}") {
            if let Ok(name) = PersonName::parse(&input, NamePart::First) {
                prop_assert!(name.as_str().chars().count() <= MAX_NAME_CHARS);
                prop_assert_eq!(name.as_str().trim(), name.as_str());
            }
        }
    }
}
