//! Lists the languages the page is offered in, from `shared/locales/<tag>/messages.ftl` (each
//! names itself in `language-name`), so the page knows them without fetching every language's words.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    let mut languages: Vec<(String, String)> = std::fs::read_dir(&locales)
        .expect("shared/locales is readable")
        .map(|entry| {
            let folder = entry.expect("a readable folder").path();
            let tag = folder.file_name().expect("a folder name").to_string_lossy().into_owned();
            let messages =
                std::fs::read_to_string(folder.join("messages.ftl")).expect("each language has messages.ftl");
            println!("cargo::rerun-if-changed={}", folder.join("messages.ftl").display());
            let name = messages
                .lines()
                .find_map(|line| line.strip_prefix("language-name = "))
                .unwrap_or_else(|| panic!("{tag}/messages.ftl lacks language-name"))
                .trim()
                .to_owned();
            (tag, name)
        })
        .collect();
    languages.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    let mut code = String::from(
        "/// Every language: its tag and its own name, English first.\npub const LANGUAGES: &[(&str, &str)] = &[\n",
    );
    for (tag, name) in &languages {
        writeln!(code, "    ({tag:?}, {name:?}),").expect("writing to a string");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
