//! The catalogue: one Fluent file per language, compiled into the binary
//! and parsed on first use (about 0.2 ms for 150 messages; README, crates).
//!
//! Fluent chooses plural forms by the CLDR rules of the bundle's language,
//! which is what Russian needs (1 ошибка, 3 ошибки, 11 ошибок, 21 ошибка).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang};

/// A message's named arguments, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args(Vec<(Cow<'static, str>, Arg)>);

impl Args {
    pub fn new() -> Self {
        Args(Vec::new())
    }

    pub fn set(&mut self, name: &str, value: Arg) {
        self.0.push((Cow::Owned(name.to_string()), value));
    }
}

/// Named arguments as Fluent takes them (a line number said in `lang`'s
/// words), borrowed: a message rendered once
/// per problem needs no copy of its arguments.
fn fluent_args<'a>(pairs: &'a [(Cow<'static, str>, Arg)], lang: Lang) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(pairs.len());
    for (name, value) in pairs {
        let v: FluentValue = match value {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Line(l) => FluentValue::from(text(lang, "at-line", &line_args(*l))),
            Arg::Msg(m) => FluentValue::from(m.render(lang)),
            Arg::Versions(v) => FluentValue::from(Arg::version_in(v, lang)),
        };
        out.set(&**name, v);
    }
    out
}

fn line_args(line: usize) -> Args {
    let mut a = Args::new();
    a.set("line", Arg::Num(i64::try_from(line).unwrap_or(i64::MAX)));
    a
}

/// The Fluent source of `lang`'s catalogue, as compiled in.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("en.ftl"),
        Lang::Ru => include_str!("ru.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static RU: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    };
    cell.get_or_init(|| build(lang))
}

/// Parses `lang`'s catalogue. A syntax error in a catalogue drops only the
/// broken entry (Fluent's recovery); `tests/i18n_catalogue.rs` fails on it.
fn build(lang: Lang) -> Bundle {
    let res = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: output goes to terminals and files that
    // must stay byte-identical, and every argument is already plain text.
    b.set_use_isolating(false);
    // A duplicate key keeps the first; the catalogue test reports it.
    let _ = b.add_resource(res);
    b
}

/// The message `key` in `lang` with `args`; in English when `lang` lacks
/// it; the key itself when no catalogue has it.
pub fn text(lang: Lang, key: &str, args: &Args) -> String {
    text_with(lang, key, &args.0)
}

/// [`text`] with the arguments as a message keeps them.
pub(crate) fn text_with(lang: Lang, key: &str, args: &[(Cow<'static, str>, Arg)]) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(p) = b.get_message(key).and_then(|m| m.value()) {
            let fa = fluent_args(args, l);
            let mut errors = Vec::new();
            return b.format_pattern(p, Some(&fa), &mut errors).into_owned();
        }
    }
    key.to_string()
}

/// Whether `lang`'s own catalogue has `key` (no fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// Every message key of `lang`'s catalogue, in file order.
pub fn keys(lang: Lang) -> Vec<String> {
    let res = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}
