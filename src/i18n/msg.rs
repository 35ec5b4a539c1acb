//! A message kept as its key and arguments, to be rendered in whichever
//! language is chosen when it is shown: a problem is made once (and may be
//! cached on disk) but printed by `plenary check` in the reader's language.

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

/// A message key with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    pub args: Vec<(String, Arg)>,
}

impl Msg {
    pub fn new(key: &str) -> Msg {
        Msg {
            key: key.to_string(),
            args: Vec::new(),
        }
    }

    /// One more named argument.
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Msg {
        self.args.push((name.to_string(), value.into()));
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
    fn a_placed_line_is_said_in_the_language() {
        let mut m = Msg::new("at-line").arg("line", "participants[0]");
        m.place_line("participants[0]", 7);
        assert_eq!(m.args[0].1, Arg::Line(7));
    }
}
