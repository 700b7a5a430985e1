//! English where a Spanish-speaking voter should read none: the sentences of the English Fluent
//! files, and words common in English sentences.

use std::collections::BTreeSet;
use std::path::Path;

/// Words common in English sentences and absent from Spanish ones.
const ENGLISH_WORDS: &[&str] =
    &["the", "your", "you", "please", "and", "is", "are", "not", "this", "we", "our", "with", "for", "was", "has"];

/// Runs of four or more words from the English Fluent files that the Spanish files do not share.
pub fn english_sentences() -> BTreeSet<String> {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales");
    let fragments = |language: &str| -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for entry in std::fs::read_dir(locales.join(language)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines().filter(|line| !line.trim_start().starts_with('#')) {
                let value = line.split_once(" = ").map_or(line, |(_, value)| value);
                // The literal text between placeables ({ $name }, selectors).
                for piece in value.split(['{', '}']).step_by(2) {
                    let piece = piece.trim().trim_end_matches(['.', ':', ',']).trim();
                    if piece.split_whitespace().count() >= 4 {
                        found.insert(piece.to_owned());
                    }
                }
            }
        }
        found
    };
    let spanish = fragments("es");
    let english = fragments("en");
    assert!(english.len() > 100, "the English files were read: {}", english.len());
    english.difference(&spanish).cloned().collect()
}

/// The English sentence or word in `text`, if any.
pub fn english_in(text: &str, sentences: &BTreeSet<String>) -> Option<String> {
    if let Some(sentence) = sentences.iter().find(|sentence| text.contains(sentence.as_str())) {
        return Some(format!("sentence {sentence:?}"));
    }
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .find(|word| ENGLISH_WORDS.contains(&word.as_str()))
        .map(|word| format!("word {word:?}"))
}

/// A message of the page (`ui.ftl`) in `language`, as written there (a one-line message).
pub fn page_message(language: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales").join(language).join("ui.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{} has no one-line {id}", path.display()))
        .trim()
        .to_owned()
}
