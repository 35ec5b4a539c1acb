//! Whether an interpreter's languages fit a booth.
//!
//! Interpreters state an A language (into which they work), B languages
//! (which they also work into) and C languages (which they understand and
//! work from). A one-way booth works into its channel language from the
//! floor (or from its relay): the channel must be the interpreter's A, and
//! the source one of their languages. A two-way (retour) booth also works
//! back into the floor language: each direction into an active language
//! (A or B; working into B is what a retour booth is for). One interpreter
//! need not give both: a two-way booth is staffed when, among its team,
//! someone works each way ([`two_way_gaps`]), so a person fits when they
//! work at least one of them.

use std::fmt;

use crate::domain::{Channel, InterpreterLanguages, codes};
use crate::i18n::Msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// The participant has no `interpreting` languages to check against.
    NoLanguages,
    /// The channel language is none of their active languages.
    NotInto(String),
    /// The channel language is their B, in a booth that is not two-way.
    IntoB(String),
    /// A source language (floor or relay) they do not work from.
    NotFrom(String),
    /// A two-way booth's return language that is not their A or B.
    NoRetour(String),
}

fn lang(code: &str) -> String {
    format!("{} (`{code}`)", codes::language_name(code))
}

impl fmt::Display for Misfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Misfit::NoLanguages => f.write_str("has no `interpreting` languages on the roster"),
            Misfit::NotInto(l) => write!(f, "does not work into {}", lang(l)),
            Misfit::IntoB(l) => write!(
                f,
                "would work into {}, a B language, in a one-way booth",
                lang(l)
            ),
            Misfit::NotFrom(l) => write!(f, "does not work from {}", lang(l)),
            Misfit::NoRetour(l) => write!(
                f,
                "cannot give the retour into {}: it is not their A or B language",
                lang(l)
            ),
        }
    }
}

impl Misfit {
    /// The misfit as a catalogue message; its English is [`Misfit`]'s Display.
    pub fn msg(&self) -> Msg {
        match self {
            Misfit::NoLanguages => Msg::new("misfit-no-languages"),
            Misfit::NotInto(l) => {
                Msg::new("misfit-not-into").arg("language", codes::language_msg(l))
            }
            Misfit::IntoB(l) => Msg::new("misfit-into-b").arg("language", codes::language_msg(l)),
            Misfit::NotFrom(l) => {
                Msg::new("misfit-not-from").arg("language", codes::language_msg(l))
            }
            Misfit::NoRetour(l) => {
                Msg::new("misfit-no-retour").arg("language", codes::language_msg(l))
            }
        }
    }
}

/// `A ru, B en, C fr` — an interpreter's languages as they state them.
pub fn languages_label(il: &InterpreterLanguages) -> String {
    let mut s = format!("A {}", il.a);
    if !il.b.is_empty() {
        s.push_str(&format!(", B {}", il.b.join(" ")));
    }
    if !il.c.is_empty() {
        s.push_str(&format!(", C {}", il.c.join(" ")));
    }
    s
}

/// Everything that does not fit when someone with languages `il` works in
/// booth `ch` of a session held in `floor`. Empty means they fit.
pub fn misfits(il: Option<&InterpreterLanguages>, floor: &[String], ch: &Channel) -> Vec<Misfit> {
    let Some(il) = il else {
        return vec![Misfit::NoLanguages];
    };
    if ch.retour && ways(il, floor, ch).any() {
        return Vec::new();
    }
    let is_a = |l: &str| il.a == l;
    let is_b = |l: &str| il.b.iter().any(|x| x == l);
    let knows = |l: &str| is_a(l) || is_b(l) || il.c.iter().any(|x| x == l);
    let mut out = Vec::new();
    if !is_a(&ch.to) {
        if !is_b(&ch.to) {
            out.push(Misfit::NotInto(ch.to.clone()));
        } else if !ch.retour {
            out.push(Misfit::IntoB(ch.to.clone()));
        }
    }
    let sources: Vec<&String> = match &ch.relay {
        Some(r) => vec![r],
        None => floor.iter().filter(|l| **l != ch.to).collect(),
    };
    for s in sources {
        if !knows(s) {
            out.push(Misfit::NotFrom(s.clone()));
        }
    }
    if ch.retour {
        for l in floor.iter().filter(|l| **l != ch.to) {
            if !is_a(l) && !is_b(l) {
                out.push(Misfit::NoRetour(l.clone()));
            }
        }
    }
    out
}

/// The ways of a two-way booth someone works: into the channel from its
/// source, and back into each other floor language from the channel.
struct Ways {
    into_channel: bool,
    back: Vec<(String, bool)>,
}

impl Ways {
    fn any(&self) -> bool {
        self.into_channel || self.back.iter().any(|(_, w)| *w)
    }
}

fn ways(il: &InterpreterLanguages, floor: &[String], ch: &Channel) -> Ways {
    let active = |l: &str| il.a == l || il.b.iter().any(|x| x == l);
    let knows = |l: &str| active(l) || il.c.iter().any(|x| x == l);
    let sources: Vec<&String> = match &ch.relay {
        Some(r) => vec![r],
        None => floor.iter().filter(|l| **l != ch.to).collect(),
    };
    Ways {
        into_channel: active(&ch.to) && sources.iter().all(|l| knows(l)),
        back: floor
            .iter()
            .filter(|l| **l != ch.to)
            .map(|l| (l.clone(), active(l) && knows(&ch.to)))
            .collect(),
    }
}

/// The languages someone new to booth `ch` of a session held in `floor`
/// is taken to have, so that they fit it: the channel as their A, the
/// floor languages they work from (as B when the booth works back into
/// them, else as C), and the relay they take. A person added straight
/// into a booth is an interpreter of that booth's pair until someone
/// states otherwise.
pub fn booth_languages(floor: &[String], ch: &Channel) -> InterpreterLanguages {
    let mut il = InterpreterLanguages {
        a: ch.to.clone(),
        ..InterpreterLanguages::default()
    };
    for l in floor.iter().filter(|l| **l != ch.to) {
        let into = if ch.retour { &mut il.b } else { &mut il.c };
        if !into.contains(l) {
            into.push(l.clone());
        }
    }
    if let Some(r) = ch.relay.as_ref().filter(|r| **r != ch.to)
        && !il.b.contains(r)
        && !il.c.contains(r)
    {
        il.c.push(r.clone());
    }
    il
}

/// The languages a two-way booth `ch` works into that nobody of its team
/// (their stated languages, `None` for someone without) covers: its own
/// channel first, then each retour language. Empty for a one-way booth, an
/// empty booth, or a team where someone has no languages stated (they are
/// reported on their own).
pub fn two_way_gaps(
    team: &[Option<&InterpreterLanguages>],
    floor: &[String],
    ch: &Channel,
) -> Vec<String> {
    if !ch.retour || team.is_empty() || team.iter().any(Option::is_none) {
        return Vec::new();
    }
    let all: Vec<Ways> = team
        .iter()
        .flatten()
        .map(|il| ways(il, floor, ch))
        .collect();
    let mut out = Vec::new();
    if !all.iter().any(|w| w.into_channel) {
        out.push(ch.to.clone());
    }
    for (k, (l, _)) in all[0].back.iter().enumerate() {
        if !all.iter().any(|w| w.back[k].1) {
            out.push(l.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn someone_given_a_booths_languages_fits_it() {
        let floor = vec!["en".to_string(), "kk".to_string()];
        for (retour, relay) in [(false, None), (true, None), (false, Some("de"))] {
            let ch = Channel {
                retour,
                relay: relay.map(String::from),
                ..Channel::to("ru")
            };
            let il = booth_languages(&floor, &ch);
            assert_eq!(il.a, "ru");
            assert!(misfits(Some(&il), &floor, &ch).is_empty(), "{il:?} {ch:?}");
        }
        let two_way = Channel {
            retour: true,
            ..Channel::to("ru")
        };
        let il = booth_languages(&floor, &two_way);
        assert_eq!((il.b, il.c), (floor.clone(), Vec::<String>::new()));
        let il = booth_languages(&floor, &Channel::to("ru"));
        assert_eq!((il.b, il.c), (Vec::new(), floor));
    }

    #[test]
    fn a_misfit_says_the_same_english_through_the_catalogue() {
        for m in [
            Misfit::NoLanguages,
            Misfit::NotInto("kk".into()),
            Misfit::IntoB("ru".into()),
            Misfit::NotFrom("en".into()),
            Misfit::NoRetour("xx".into()),
        ] {
            assert_eq!(m.msg().render(crate::i18n::Lang::En), m.to_string());
        }
    }

    fn il(a: &str, b: &[&str], c: &[&str]) -> InterpreterLanguages {
        InterpreterLanguages {
            a: a.into(),
            b: b.iter().map(|s| s.to_string()).collect(),
            c: c.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn one_way_and_two_way_booths() {
        let floor = vec!["en".to_string()];
        let ru = Channel::to("ru");
        let two_way = Channel {
            retour: true,
            ..Channel::to("ru")
        };
        assert!(misfits(Some(&il("ru", &["en"], &[])), &floor, &ru).is_empty());
        assert!(misfits(Some(&il("ru", &[], &["en"])), &floor, &ru).is_empty());
        assert_eq!(
            misfits(Some(&il("en", &["ru"], &[])), &floor, &ru),
            vec![Misfit::IntoB("ru".into())]
        );
        assert!(misfits(Some(&il("en", &["ru"], &[])), &floor, &two_way).is_empty());
        // One way of a two-way booth is enough for one interpreter; the
        // team covers both or `two_way_gaps` says which is missing.
        let (marina, oleg) = (il("ru", &[], &["en"]), il("en", &[], &["ru"]));
        assert!(misfits(Some(&marina), &floor, &two_way).is_empty());
        assert!(misfits(Some(&oleg), &floor, &two_way).is_empty());
        assert!(two_way_gaps(&[Some(&marina), Some(&oleg)], &floor, &two_way).is_empty());
        assert_eq!(
            two_way_gaps(&[Some(&marina), Some(&marina)], &floor, &two_way),
            ["en"]
        );
        assert_eq!(two_way_gaps(&[Some(&oleg)], &floor, &two_way), ["ru"]);
        assert!(two_way_gaps(&[Some(&marina)], &floor, &ru).is_empty());
        assert_eq!(
            misfits(Some(&il("kk", &[], &["en"])), &floor, &two_way),
            vec![Misfit::NotInto("ru".into()), Misfit::NoRetour("en".into())]
        );
        assert_eq!(
            misfits(Some(&il("kk", &[], &["ru"])), &floor, &ru),
            vec![Misfit::NotInto("ru".into()), Misfit::NotFrom("en".into())]
        );
        let relay = Channel {
            relay: Some("ru".into()),
            ..Channel::to("kk")
        };
        assert!(misfits(Some(&il("kk", &[], &["ru"])), &floor, &relay).is_empty());
        assert_eq!(misfits(None, &floor, &ru), vec![Misfit::NoLanguages]);
    }
}
