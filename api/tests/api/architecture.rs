//! The server's layers, checked from its source: which module may use which (ARCHITECTURE.md draws
//! the same picture). A path such as `crate::voter::portal::Portal` in code (not in comments or
//! inline test modules) counts as a dependency of the file it is written in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of the server and its layer: a module may use only modules of lower layers.
const LAYERS: &[(&str, u8)] = &[
    // Foundations: no dependency on the rest.
    ("clock", 0),
    ("error", 0),
    ("limits", 0),
    ("secrets", 0),
    ("telemetry", 0),
    ("config", 1),
    ("tokens", 1),
    // The store.
    ("db", 2),
    // Transports, words and links.
    ("messaging", 3),
    // The features' rules and use-cases.
    ("county", 4),
    ("voter", 5),
    ("notify", 6),
    ("feeds", 7),
    ("staff", 8),
    ("office", 9),
    // Wiring, then the ways in: HTTP and the command line.
    ("services", 10),
    ("http", 11),
    ("cli", 11),
];

/// Macros exported at the crate root, and the module that defines them.
const ROOT_MACROS: &[(&str, &str)] = &[("per_backend", "db")];

/// Only these files may use actix-web (or any actix crate).
fn may_use_actix(file: &str) -> bool {
    file.starts_with("http/") || file == "main.rs"
}

/// Files that may run queries (name Diesel or a connection): not the HTTP layer, whose handlers
/// call use-cases.
fn may_query(file: &str) -> bool {
    !file.starts_with("http/")
}

struct Source {
    /// Relative to `src/`, with `/`.
    file: String,
    /// `voter::portal` for `voter/portal.rs`, `feeds` for `feeds/mod.rs`.
    module: Vec<String>,
    /// The file's code: comment lines and inline test modules blanked, line breaks kept.
    code: String,
}

impl Source {
    fn line_of(&self, offset: usize) -> usize {
        self.code[..offset].matches('\n').count() + 1
    }
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let file = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            let mut module: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            Source { file, module, code: without_tests(&without_comments(&text)) }
        })
        .collect()
}

fn without_comments(text: &str) -> String {
    text.lines().map(|line| if line.trim_start().starts_with("//") { "" } else { line }).collect::<Vec<_>>().join("\n")
}

/// Blanks each `#[cfg(test)] mod … { … }`, keeping its line breaks.
fn without_tests(code: &str) -> String {
    let mut out: Vec<char> = code.chars().collect();
    let mut from = 0;
    while let Some(found) = code[from..].find("#[cfg(test)]") {
        let start = from + found;
        let after = code[start + "#[cfg(test)]".len()..].trim_start();
        from = start + 1;
        if !(after.starts_with("mod ") || after.starts_with("#[")) {
            continue;
        }
        let Some(open) = code[start..].find('{').map(|i| start + i) else { break };
        let mut depth = 0;
        let mut end = code.len();
        for (i, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let (first, last) = (code[..start].chars().count(), code[..end].chars().count());
        for c in &mut out[first..last] {
            if *c != '\n' {
                *c = ' ';
            }
        }
        from = end;
    }
    out.into_iter().collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The names of the modules declared inside `module`.
fn children(module: &[String], sources: &[Source]) -> Vec<String> {
    sources
        .iter()
        .filter(|s| s.module.len() == module.len() + 1 && s.module.starts_with(module))
        .map(|s| s.module[module.len()].clone())
        .collect()
}

/// The module paths `code` names, with where each starts: `crate::a::b…`, `super::…` (resolved
/// against `module`, however many `super`s) and `child::…` for the `children` of `module`, grouped
/// imports (`crate::a::{b, c::{d}}`) expanded.
fn named_paths(code: &str, module: &[String], children: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    for prefix in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix).map(|i| from + i) {
            from = at + prefix.len();
            if code[..at].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue; // part of a longer path, such as `ballot_crate::` or `crate::super::`
            }
            let mut base: Vec<String> = Vec::new();
            let mut rest = &code[from..];
            if prefix == "super::" {
                let mut up = 1;
                while let Some(more) = rest.strip_prefix("super::") {
                    up += 1;
                    rest = more;
                }
                base = module[..module.len().saturating_sub(up)].to_vec();
            }
            for path in expand(base, rest) {
                found.push((at, path));
            }
        }
    }
    for child in children {
        let prefix = format!("{child}::");
        let mut from = 0;
        while let Some(at) = code[from..].find(&prefix).map(|i| from + i) {
            from = at + prefix.len();
            if code[..at].chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue; // a path of another module's, such as `crate::x::child::`
            }
            found.extend(expand(module.to_vec(), &code[at..]).into_iter().map(|path| (at, path)));
        }
    }
    found
}

/// The paths a use-tree at the start of `text` names, each after `base`.
fn expand(base: Vec<String>, text: &str) -> Vec<Vec<String>> {
    let head: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
    let mut path = base;
    path.extend(head.split("::").filter(|s| !s.is_empty() && *s != "self").map(str::to_owned));
    let Some(group) = text[head.len()..].strip_prefix('{') else { return vec![path] };
    // The group's items, split at top-level commas.
    let (mut items, mut depth, mut item) = (Vec::new(), 0, String::new());
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(std::mem::take(&mut item));
                continue;
            }
            _ => {}
        }
        item.push(c);
    }
    items.push(item);
    items
        .iter()
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
        .flat_map(|item| expand(path.clone(), item.split(" as ").next().unwrap_or(item)))
        .collect()
}

/// The file a module path lands in: the longest prefix of it that is a module of the crate.
fn file_of<'a>(path: &[String], modules: &'a BTreeMap<Vec<String>, String>) -> Option<&'a String> {
    (1..=path.len()).rev().find_map(|n| modules.get(&path[..n]))
}

fn layer(module: &str) -> u8 {
    let module = ROOT_MACROS.iter().find(|(name, _)| *name == module).map_or(module, |(_, home)| home);
    LAYERS.iter().find(|(name, _)| *name == module).map(|(_, layer)| *layer).unwrap_or_else(|| {
        panic!("the top-level module `{module}` has no layer: add it to LAYERS here and to ARCHITECTURE.md")
    })
}

/// Each line, as `file:line: text`, of the files `checked` whose code names one of `words`.
fn lines_naming(checked: impl Fn(&str) -> bool, words: &[&str]) -> Vec<String> {
    sources()
        .iter()
        .filter(|s| checked(&s.file))
        .flat_map(|s| {
            s.code
                .lines()
                .enumerate()
                .filter(|(_, line)| words.iter().any(|word| line.contains(word)))
                .map(|(n, line)| format!("{}:{}: {}", s.file, n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_http_layer_runs_no_queries() {
    let offences = lines_naming(|file| !may_query(file), &["diesel", "DbConnection", "|conn|", "database.run("]);
    assert!(offences.is_empty(), "queries in the HTTP layer:\n{}", offences.join("\n"));
}

#[test]
fn only_the_http_layer_knows_actix() {
    let offences = lines_naming(|file| !may_use_actix(file), &["actix"]);
    assert!(offences.is_empty(), "actix outside the HTTP layer:\n{}", offences.join("\n"));
}

#[test]
fn modules_use_only_lower_layers() {
    let mut offences = Vec::new();
    let sources = sources();
    for source in &sources {
        let Some(own) = source.module.first() else { continue }; // lib.rs and main.rs
        for (offset, path) in named_paths(&source.code, &source.module, &children(&source.module, &sources)) {
            let Some(used) = path.first() else { continue };
            if used != own && layer(used) >= layer(own) {
                let line = source.line_of(offset);
                offences.push(format!("{}:{line}: `{own}` uses `{}`", source.file, path.join("::")));
            }
        }
    }
    assert!(offences.is_empty(), "dependencies against the layers:\n{}", offences.join("\n"));
}

/// No circle of files, but one: a folder's `mod.rs` is its front door, which may gather what its
/// own files offer (`pub use methods::put_method`, the routes of `http/*.rs`) while they use what
/// it shares. Any other circle, between sibling files or across folders, fails: a name the front
/// door re-exports counts as a use of the file that defines it.
#[test]
fn no_file_depends_on_itself_through_others() {
    let sources = sources();
    let modules: BTreeMap<Vec<String>, String> =
        sources.iter().filter(|s| !s.module.is_empty()).map(|s| (s.module.clone(), s.file.clone())).collect();
    let reexported = reexports(&sources, &modules);
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for source in &sources {
        let own_files: BTreeSet<&String> = children(&source.module, &sources)
            .into_iter()
            .filter_map(|child| modules.get(&[source.module.clone(), vec![child]].concat()))
            .collect();
        let targets = edges.entry(&source.file).or_default();
        for (_, path) in named_paths(&source.code, &source.module, &children(&source.module, &sources)) {
            // A name a folder's mod.rs re-exports leads to the file that defines it.
            let target = (1..=path.len()).rev().find_map(|n| reexported.get(&path[..n])).or(file_of(&path, &modules));
            if let Some(target) = target.filter(|t| **t != source.file && !own_files.contains(t)) {
                targets.insert(target);
            }
        }
    }
    let cycles = strongly_connected(&edges).into_iter().filter(|group| group.len() > 1).collect::<Vec<_>>();
    assert!(cycles.is_empty(), "files that depend on each other in a circle: {cycles:?}");
}

/// What each folder's mod.rs re-exports from its own files (`pub use methods::{put_method, …}`):
/// the name's path as the rest of the crate writes it (`voter::portal::put_method`), and the file
/// that defines it.
fn reexports(sources: &[Source], modules: &BTreeMap<Vec<String>, String>) -> BTreeMap<Vec<String>, String> {
    let mut found = BTreeMap::new();
    for source in sources.iter().filter(|s| s.file.ends_with("mod.rs")) {
        let own = children(&source.module, sources);
        for line in source.code.lines() {
            let Some(rest) = line.trim().strip_prefix("pub use ") else { continue };
            if !own.iter().any(|child| rest.starts_with(&format!("{child}::"))) {
                continue;
            }
            for path in expand(source.module.clone(), rest) {
                if let (Some(name), Some(file)) = (path.last(), file_of(&path, modules)) {
                    found.insert([source.module.clone(), vec![name.clone()]].concat(), file.clone());
                }
            }
        }
    }
    found
}

/// Tarjan's algorithm: the groups of files that reach each other.
fn strongly_connected<'a>(edges: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    struct Walk<'a, 'e> {
        edges: &'e BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        groups: Vec<Vec<&'a str>>,
    }
    impl<'a> Walk<'a, '_> {
        fn visit(&mut self, node: &'a str) {
            let number = self.index.len();
            self.index.insert(node, number);
            self.low.insert(node, number);
            self.stack.push(node);
            for &next in self.edges.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.stack.contains(&next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut group = Vec::new();
                while let Some(member) = self.stack.pop() {
                    group.push(member);
                    if member == node {
                        break;
                    }
                }
                self.groups.push(group);
            }
        }
    }
    let mut walk = Walk { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), groups: Vec::new() };
    for &node in edges.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.groups
}

#[test]
fn the_checks_see_a_dependency_written_either_way() {
    let module = vec!["notify".to_owned(), "worker".to_owned()];
    let paths =
        |code: &str| named_paths(code, &module, &[]).into_iter().map(|(_, path)| path.join("::")).collect::<Vec<_>>();
    assert_eq!(paths("use super::compose::Facts;"), ["notify::compose::Facts"]);
    assert_eq!(paths("use super::super::http::server;"), ["http::server"]);
    assert_eq!(paths("let x = crate::db::run(c);"), ["db::run"]);
    assert_eq!(
        paths("use crate::{http, voter::{portal::{self, Portal}, roll as r}};"),
        ["http", "voter::portal", "voter::portal::Portal", "voter::roll"]
    );
    assert_eq!(paths("use crate::feeds::{\n    elections,\n    scans,\n};"), ["feeds::elections", "feeds::scans"]);
    assert!(paths("use ballot_shared::contact;").is_empty());
    let parent = vec!["messaging".to_owned()];
    let children = ["email".to_owned()];
    let bare: Vec<String> =
        named_paths("use email::{Email, Smtp};\nlet x = crate::voter::email::y;", &parent, &children)
            .into_iter()
            .map(|(_, p)| p.join("::"))
            .collect();
    assert_eq!(bare, ["voter::email::y", "messaging::email::Email", "messaging::email::Smtp"]);
    let hidden =
        without_tests("fn a() {}\n#[cfg(test)]\nmod tests {\n    use crate::http;\n}\nfn b() { crate::db::x(); }");
    assert_eq!(
        named_paths(&hidden, &module, &[]).into_iter().map(|(_, p)| p.join("::")).collect::<Vec<_>>(),
        ["db::x"]
    );
    let mut edges = BTreeMap::new();
    edges.insert("a.rs", BTreeSet::from(["b.rs"]));
    edges.insert("b.rs", BTreeSet::from(["a.rs"]));
    edges.insert("c.rs", BTreeSet::from(["a.rs"]));
    let groups = strongly_connected(&edges);
    assert!(groups.iter().any(|g| g.len() == 2) && groups.len() == 2, "{groups:?}");
}
