//! Language tags as browsers and voters send them.

/// The primary subtag of a language tag, lower-cased (`zh` of `zh-Hant`, `es` of `es-MX`), by which
/// a wanted language is matched with an offered one. Filipino (`fil`) is the Tagalog (`tl`) offered.
pub fn primary_subtag(tag: &str) -> String {
    let primary = tag.trim().split('-').next().unwrap_or_default().to_ascii_lowercase();
    if primary == "fil" { "tl".to_owned() } else { primary }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn tags_match_on_their_primary_subtag() {
        assert_eq!(primary_subtag("zh-Hant"), "zh");
        assert_eq!(primary_subtag("ZH-tw"), "zh");
        assert_eq!(primary_subtag("fil-PH"), "tl");
        assert_eq!(primary_subtag("es"), "es");
        assert_eq!(primary_subtag(""), "");
    }
}
