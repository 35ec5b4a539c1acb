//! The layering holds by itself: this test fails when a domain-layer module
//! (every top-level module but `cli` and `tui`) uses ratatui, crossterm,
//! `crate::tui` or `crate::cli`, when top-level modules import each
//! other in a cycle, and when the modules and folders directly under
//! `src/tui` do (`tui/mod.rs`, which puts them together, is left out).
//!
//! It reads the sources as text: comments, strings and `#[cfg(test)]`
//! modules are left out, then every `crate::X` (and each name in a
//! `use crate::{X, Y::..}` group) is an edge from the file's top-level
//! module to `X`. The unit tests at the end prove it fails on violations.

// A test stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The front ends: the only modules that may draw on a terminal.
const UI: [&str; 2] = ["cli", "tui"];

/// Top-level module → the top-level modules it uses.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// What a scan of the sources found.
#[derive(Debug, Default)]
struct Findings {
    graph: Graph,
    /// `module: file: what`, for each domain file reaching for the terminal.
    ui_uses: Vec<String>,
}

/// Every `.rs` file under `src`, as (top-level module, path, text).
fn sources(src: &Path) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(src).unwrap();
            let first = rel.components().next().unwrap().as_os_str();
            let top = first.to_string_lossy().trim_end_matches(".rs").to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            out.push((top, p.display().to_string(), text));
        }
    }
    out.sort();
    out
}

/// The code of a file without comments, string and char literals (each
/// replaced by a space, newlines kept) and without its test module.
fn code_of(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let rest = |k: usize| c.get(i + k).copied();
        if c[i] == '/' && rest(1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && rest(1) == Some('*') {
            i = skip_block_comment(&c, i);
            out.push(' ');
        } else if c[i] == '"' {
            i = skip_string(&c, i + 1);
            out.push(' ');
        } else if c[i] == 'r'
            && (rest(1) == Some('"') || rest(1) == Some('#'))
            && !ident_before(&c, i)
        {
            match skip_raw_string(&c, i + 1) {
                Some(end) => {
                    i = end;
                    out.push(' ');
                }
                None => {
                    out.push(c[i]);
                    i += 1;
                }
            }
        } else if c[i] == '\''
            && let Some(end) = char_literal_end(&c, i)
        {
            i = end;
            out.push(' ');
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    without_tests(&out)
}

fn ident_before(c: &[char], i: usize) -> bool {
    i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_')
}

fn skip_block_comment(c: &[char], mut i: usize) -> usize {
    let mut depth = 0;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            depth += 1;
            i += 2;
        } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Past the closing quote of a string whose body starts at `i`.
fn skip_string(c: &[char], mut i: usize) -> usize {
    while i < c.len() {
        match c[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Past a raw string `r#"..."#` whose hashes start at `i`; none when it is not one.
fn skip_raw_string(c: &[char], mut i: usize) -> Option<usize> {
    let mut hashes = 0;
    while c.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    if c.get(i) != Some(&'"') {
        return None;
    }
    i += 1;
    while i < c.len() {
        if c[i] == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    Some(i)
}

/// The end of a char literal at `i` (`'x'`, `'\n'`, `'\u{1F}'`); none for a lifetime.
fn char_literal_end(c: &[char], i: usize) -> Option<usize> {
    if c.get(i + 1) == Some(&'\\') {
        let close = (i + 2..c.len().min(i + 14)).find(|&k| c[k] == '\'')?;
        return Some(close + 1);
    }
    (c.get(i + 2) == Some(&'\'')).then_some(i + 3)
}

/// The code without its `#[cfg(test)] mod`s: tests may use what they like.
/// Runs on code already free of comments and strings, so braces match.
fn without_tests(code: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(k) = rest.find(MARK) {
        let after = rest[k + MARK.len()..].trim_start();
        let after = after.strip_prefix("pub ").unwrap_or(after);
        if !after.starts_with("mod ") {
            out.push_str(&rest[..k + MARK.len()]);
            rest = &rest[k + MARK.len()..];
            continue;
        }
        out.push_str(&rest[..k]);
        let open = after.find(['{', ';']).unwrap_or(after.len());
        let mut tail = &after[open..];
        if tail.starts_with('{') {
            let mut depth = 0;
            let end = tail
                .char_indices()
                .find(|&(_, ch)| {
                    match ch {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(tail.len(), |(e, _)| e + 1);
            tail = &tail[end..];
        } else {
            tail = tail.get(1..).unwrap_or("");
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The top-level modules a file's code names through `crate::`.
fn uses(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (k, _) in code.match_indices("crate::") {
        let before = code[..k].chars().last();
        if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '_') {
            continue; // `$crate::` or `mycrate::`
        }
        let rest = code[k + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            out.extend(group_names(group));
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// The first name of each path in a `{a, b::c, d::{e, f}}` group (the text after `{`).
fn group_names(group: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut expect_name = true;
    for (k, ch) in group.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => expect_name = true,
            c if c.is_whitespace() => {}
            _ if expect_name && depth == 0 => {
                let name = ident(&group[k..]);
                if !name.is_empty() {
                    names.push(name.to_string());
                }
                expect_name = false;
            }
            _ => {}
        }
    }
    names
}

/// What in a domain file's code reaches for the terminal or a front end.
fn terminal_uses(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in ["ratatui", "crossterm"] {
        for (k, _) in code.match_indices(name) {
            let before = code[..k].chars().last();
            let after = code[k + name.len()..].chars().next();
            let word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if word {
                out.push(name.to_string());
            }
        }
    }
    out.extend(
        uses(code)
            .into_iter()
            .filter(|m| UI.contains(&m.as_str()))
            .map(|m| format!("crate::{m}")),
    );
    out
}

/// Scans (top-level module, file, text) triples.
fn scan(files: &[(String, String, String)]) -> Findings {
    let mut f = Findings::default();
    for (top, path, text) in files {
        let code = code_of(text);
        let deps = f.graph.entry(top.clone()).or_default();
        deps.extend(uses(&code).into_iter().filter(|d| d != top));
        if !UI.contains(&top.as_str()) {
            for what in terminal_uses(&code) {
                f.ui_uses.push(format!("{top}: {path} uses {what}"));
            }
        }
    }
    f.graph.retain(|_, d| !d.is_empty());
    f
}

/// Groups of modules that import each other in a circle (strongly
/// connected components of more than one module, or a module naming itself).
fn cycles(g: &Graph) -> Vec<Vec<String>> {
    let nodes: BTreeSet<&String> = g.keys().chain(g.values().flatten()).collect();
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&String> = g.get(from).into_iter().flatten().collect();
        while let Some(n) = todo.pop() {
            if seen.insert(n.clone()) {
                todo.extend(g.get(n).into_iter().flatten());
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> = nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for n in &nodes {
        if !reach[n].contains(*n) {
            continue;
        }
        let comp: Vec<String> = nodes
            .iter()
            .filter(|m| reach[n].contains(**m) && reach[*m].contains(*n))
            .map(|m| m.to_string())
            .collect();
        if !out.contains(&comp) {
            out.push(comp);
        }
    }
    out
}

#[test]
fn domain_layers_never_reach_for_the_terminal_and_modules_form_no_cycle() {
    let f = scan(&sources(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
    ));
    assert!(
        f.ui_uses.is_empty(),
        "domain layers must not use ratatui, crossterm, crate::tui or crate::cli; \
         move the code into a front end or pass plain values:\n{}",
        f.ui_uses.join("\n")
    );
    let c = cycles(&f.graph);
    assert!(
        c.is_empty(),
        "top-level modules import each other in a circle: {c:?}; \
         move what both need into a module below them (as `problem` is below `load` and `check`)\n{:#?}",
        f.graph
    );
    // The scan sees the real modules, or it proves nothing.
    assert!(f.graph.get("check").is_some_and(|d| d.contains("domain")));
    assert!(f.graph.get("tui").is_some_and(|d| d.contains("report")));
}

/// Every `.rs` file under `tui`, as (its module path below `tui`, path,
/// text): `app/editing/form.rs` is `["app", "editing", "form"]`, a
/// `mod.rs` is its folder's module.
fn tui_sources(tui: &Path) -> Vec<(Vec<String>, String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![tui.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = p.strip_prefix(tui).unwrap().with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().to_string())
                .collect();
            if module.last().is_some_and(|m| m == "mod") {
                module.pop();
            }
            let text = std::fs::read_to_string(&p).unwrap();
            out.push((module, p.display().to_string(), text));
        }
    }
    out.sort();
    out
}

/// What a scan of `tui`'s modules found.
#[derive(Debug, Default)]
struct TuiFindings {
    /// Module or folder directly under `tui` → the ones it uses.
    graph: Graph,
    /// `file: name`, for each use of something `tui/mod.rs` re-exports
    /// (`crate::tui::App`): it would hide an edge, so modules name the real path.
    through_root: Vec<String>,
}

/// The modules a file at `module` names through `crate::tui::` and
/// `super::`, resolved to the first name below `tui`.
fn tui_uses(module: &[String], code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = code.as_bytes();
    let mut k = 0;
    while k < code.len() {
        let word_start = k == 0 || !(bytes[k - 1].is_ascii_alphanumeric() || bytes[k - 1] == b'_');
        let rest = &code[k..];
        let (base, after) = if word_start && rest.starts_with("crate::tui::") {
            (Vec::new(), &rest["crate::tui::".len()..])
        } else if word_start && rest.starts_with("super::") {
            let mut after = rest;
            let mut up = 0;
            while let Some(r) = after.strip_prefix("super::") {
                after = r.trim_start();
                up += 1;
            }
            if up > module.len() {
                k += 1;
                continue;
            }
            (module[..module.len() - up].to_vec(), after)
        } else {
            k += 1;
            continue;
        };
        k = code.len() - after.len();
        let after = after.trim_start();
        if let Some(first) = base.first() {
            out.insert(first.clone());
        } else if let Some(group) = after.strip_prefix('{') {
            out.extend(group_names(group));
        } else {
            let name = ident(after);
            if !name.is_empty() {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// Scans (module path below `tui`, file, text) triples.
fn scan_tui(files: &[(Vec<String>, String, String)]) -> TuiFindings {
    let modules: BTreeSet<&String> = files.iter().filter_map(|(m, _, _)| m.first()).collect();
    let mut f = TuiFindings::default();
    for (module, path, text) in files {
        let Some(top) = module.first() else {
            continue; // tui/mod.rs puts the modules together
        };
        let deps = f.graph.entry(top.clone()).or_default();
        for used in tui_uses(module, &code_of(text)) {
            if modules.contains(&used) {
                if used != *top {
                    deps.insert(used);
                }
            } else if used != "self" {
                f.through_root.push(format!("{path}: crate::tui::{used}"));
            }
        }
    }
    f.graph.retain(|_, d| !d.is_empty());
    f
}

#[test]
fn the_modules_of_the_terminal_ui_form_layers() {
    let f = scan_tui(&tui_sources(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join("tui")
            .as_path(),
    ));
    assert!(
        f.through_root.is_empty(),
        "name these by their module's path, not through tui/mod.rs's re-exports \
         (which would hide which module uses which):\n{}",
        f.through_root.join("\n")
    );
    let c = cycles(&f.graph);
    assert!(
        c.is_empty(),
        "modules under src/tui import each other in a circle: {c:?}; see docs/architecture.md \
         for the layers (the app does not import the views; the views are handed to it)\n{:#?}",
        f.graph
    );
    // The scan sees the real modules, or it proves nothing.
    assert!(f.graph.get("views").is_some_and(|d| d.contains("app")));
    assert!(f.graph.get("app").is_some_and(|d| d.contains("keymap")));
}

fn tui_file(module: &str, text: &str) -> (Vec<String>, String, String) {
    let m: Vec<String> = module.split('/').map(String::from).collect();
    (m, format!("src/tui/{module}.rs"), text.into())
}

#[test]
fn tui_modules_importing_each_other_fail() {
    let f = scan_tui(&[
        tui_file("app/mod", "use super::keymap::Context;"),
        tui_file("app/editing/form", "use super::super::super::views::x;"),
        tui_file("views/mod", "use crate::tui::{app::App, layout};"),
        tui_file("keymap", "fn f() {}"),
        tui_file("layout", "fn f() {}"),
    ]);
    assert_eq!(cycles(&f.graph), vec![vec!["app", "views"]]);
    // Within a folder, `super::` stays in it.
    let fine = scan_tui(&[
        tui_file(
            "app/editing/form",
            "use super::picker::Picker; use super::super::App;",
        ),
        tui_file("views/mod", "use crate::tui::app::App;"),
        tui_file("app/editing/picker", "fn f() {}"),
    ]);
    assert!(cycles(&fine.graph).is_empty(), "{:?}", fine.graph);
    // A name through the root's re-exports is caught.
    let root = scan_tui(&[
        tui_file("loader", "fn f(a: &mut super::App) {}"),
        tui_file("app/mod", "fn f() {}"),
    ]);
    assert_eq!(root.through_root.len(), 1);
}

fn file(top: &str, text: &str) -> (String, String, String) {
    (top.into(), format!("src/{top}/x.rs"), text.into())
}

#[test]
fn a_domain_module_using_the_terminal_fails() {
    for bad in [
        "use ratatui::text::Line;",
        "fn f() { crossterm::terminal::size(); }",
        "use crate::tui::App;",
        "use crate::{domain::Meeting, cli::plain};",
        "use crate::{\n    domain,\n    tui::{App, View},\n};",
        "fn f() { crate::cli::run(); }",
    ] {
        let f = scan(&[file("check", bad)]);
        assert_eq!(f.ui_uses.len(), 1, "not caught: {bad}");
    }
    // A front end may, and words in comments, strings and tests do not count.
    assert!(
        scan(&[file("tui", "use ratatui::Frame; use crate::cli;")])
            .ui_uses
            .is_empty()
    );
    let quiet = "// uses ratatui\n/* crate::tui */\nconst S: &str = \"crate::cli::x ratatui\";\n\
                 const R: &str = r#\"crossterm\"#;\nconst C: char = '\"';\nfn f<'a>(x: &'a str) {}\n\
                 #[cfg(test)]\nmod tests { fn f() { use crate::tui::App; } }\n";
    let f = scan(&[file("check", quiet)]);
    assert!(f.ui_uses.is_empty(), "{:?}", f.ui_uses);
    // Code after a test module still counts.
    let after = "#[cfg(test)]\nmod tests { fn f() {} }\nuse crate::tui::App;\n";
    assert_eq!(scan(&[file("check", after)]).ui_uses.len(), 1);
    // `ratatui_like` is another word.
    assert!(
        scan(&[file("check", "use ratatui_like::x;")])
            .ui_uses
            .is_empty()
    );
}

#[test]
fn modules_importing_each_other_fail() {
    let f = scan(&[
        file("load", "use crate::check::Problem;"),
        file("check", "use crate::{domain::Meeting, zones};"),
        file("zones", "fn f() { crate::load::load(); }"),
        file("report", "use crate::check;"),
    ]);
    assert_eq!(cycles(&f.graph), vec![vec!["check", "load", "zones"]]);
    let fine = scan(&[
        file("load", "use crate::problem::Problem;"),
        file("check", "use crate::{load, problem};"),
    ]);
    assert!(cycles(&fine.graph).is_empty());
}
