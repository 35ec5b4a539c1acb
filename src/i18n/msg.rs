//! A message kept as its key and arguments, to be rendered in whichever
//! language is chosen when it is shown: a problem is made once (and may be
//! cached on disk) but printed by `plenary check` in the reader's language.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::Lang;

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    /// Text from a file or a name, shown as it is.
    Str(String),
    /// A count: the catalogue picks the plural form by it.
    Num(i64),
    /// A line of the file, said in the reader's words ("line 7", "строка 7").
    Line(usize),
    /// Another message, rendered in the same language ("chair" → "председатель").
    Msg(Box<Msg>),
    /// A name or title from a file given in several languages: the first
    /// version is the one every message said before (the English one), the
    /// others are by language code. A reader of another language gets the
    /// version in theirs, as the views show it, so a warning does not say
    /// "Irina Petrova" above a line that says "Ирина Петрова".
    Versions(Vec<(String, String)>),
}

impl Arg {
    /// The text of [`Arg::Versions`] a reader of `lang` sees: their
    /// language's version when there is one, else the first.
    pub fn version_in(versions: &[(String, String)], lang: Lang) -> &str {
        let first = versions.first().map_or("", |(_, t)| t.as_str());
        if lang == Lang::En {
            return first;
        }
        versions
            .iter()
            .skip(1)
            .find(|(code, _)| code == lang.code())
            .map_or(first, |(_, t)| t.as_str())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Str(s.into_owned())
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

/// A message key with its arguments. Keys and argument names are nearly
/// always written in the code: borrowed, they cost no allocation, and the
/// 10× agenda's check holds some 35,000 problems of one or two messages
/// each. A cache entry encodes them as it did strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    pub fn new(key: &str) -> Msg {
        Msg {
            key: Cow::Owned(key.to_string()),
            args: Vec::new(),
        }
    }

    /// [`Msg::new`] for a key written in the code (`msg!`): not copied.
    pub fn of(key: &'static str) -> Msg {
        Msg {
            key: Cow::Borrowed(key),
            args: Vec::new(),
        }
    }

    /// A key written in the code with all its arguments at once (`msg!`),
    /// so that the list is made to measure.
    pub fn with(key: &'static str, args: Vec<(Cow<'static, str>, Arg)>) -> Msg {
        Msg {
            key: Cow::Borrowed(key),
            args,
        }
    }

    /// One more named argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The message in `lang` (English where `lang` lacks it).
    pub fn render(&self, lang: Lang) -> String {
        super::catalogue::text_with(lang, &self.key, &self.args)
    }

    /// Every string argument equal to `value` becomes a line number: a place
    /// first named by its path is named by its line once that is known.
    pub fn place_line(&mut self, value: &str, line: usize) {
        for (_, a) in &mut self.args {
            match a {
                Arg::Str(s) if s == value => *a = Arg::Line(line),
                Arg::Msg(m) => m.place_line(value, line),
                _ => {}
            }
        }
    }
}

/// An argument as the tests of the words modules read it in Russian: a
/// message rendered, a text as it is (anything else as debugged).
#[cfg(test)]
pub(crate) fn ru(a: Arg) -> String {
    match a {
        Arg::Msg(m) => m.render(Lang::Ru),
        Arg::Str(s) => s,
        Arg::Versions(v) => Arg::version_in(&v, Lang::Ru).to_string(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_in_either_language() {
        let m = Msg::new("count-errors").arg("n", 3);
        assert_eq!(m.render(Lang::En), "3 errors");
        assert_eq!(m.render(Lang::Ru), "3 ошибки");
    }

    #[test]
    fn a_name_is_said_in_the_readers_language_when_it_has_one() {
        let name = Arg::Versions(vec![
            (String::new(), "Irina Petrova".into()),
            ("ru".into(), "Ирина Петрова".into()),
        ]);
        let m = Msg::new("select-known").arg("names", name);
        assert_eq!(
            m.render(Lang::En),
            Msg::new("select-known")
                .arg("names", "Irina Petrova")
                .render(Lang::En)
        );
        assert!(
            m.render(Lang::Ru).contains("Ирина Петрова"),
            "{}",
            m.render(Lang::Ru)
        );
    }

    #[test]
    fn a_placed_line_is_said_in_the_language() {
        let mut m = Msg::new("at-line").arg("line", "participants[0]");
        m.place_line("participants[0]", 7);
        assert_eq!(m.args[0].1, Arg::Line(7));
    }
}
