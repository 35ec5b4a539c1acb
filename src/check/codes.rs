//! Language, country and time-zone codes, each with what was probably meant.

use super::Problem;
use crate::domain::{Meeting, codes};
use crate::msg;

/// Each check spells its path only for a problem: a large roster's clean
/// codes cost no string.
fn language(path: impl FnOnce() -> String, code: &str, out: &mut Vec<Problem>) {
    if codes::is_language(code) {
        return;
    }
    let hint = match codes::suggest_language(code) {
        Some(c) => msg!(
            "did-you-mean-named",
            code = c,
            name = codes::language_name_arg(c)
        ),
        None => msg!("unknown-language-hint"),
    };
    out.push(Problem::error(path(), msg!("unknown-language", code = code)).with_hint(hint));
}

fn languages(path: &dyn Fn() -> String, list: &[String], out: &mut Vec<Problem>) {
    for (i, l) in list.iter().enumerate() {
        language(|| format!("{}[{i}]", path()), l, out);
    }
}

fn country(path: impl FnOnce() -> String, code: &str, out: &mut Vec<Problem>) {
    if codes::is_country(code) {
        return;
    }
    let hint = match codes::suggest_country(code) {
        Some(c) => msg!(
            "did-you-mean-named",
            code = c,
            name = codes::country_name_arg(c)
        ),
        None => msg!("unknown-country-hint"),
    };
    out.push(Problem::error(path(), msg!("unknown-country", code = code)).with_hint(hint));
}

pub fn timezone(path: impl FnOnce() -> String, tz: &str, out: &mut Vec<Problem>) {
    // One wording with `--tz`: a near name, or the zone an abbreviation stands for.
    if let Err(e) = crate::zones::parse(tz) {
        out.push(Problem::error(path(), e.msg()).with_hint(e.hint_msg));
    }
}

/// Documents carry a language of their own (multilingual text keys are checked when parsing).
fn doc_languages(
    path: &dyn Fn() -> String,
    docs: &[crate::domain::Document],
    out: &mut Vec<Problem>,
) {
    for (i, d) in docs.iter().enumerate() {
        if let Some(l) = &d.language {
            language(|| format!("{}[{i}].language", path()), l, out);
        }
    }
}

pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    meeting(m, out);
    for (i, p) in m.people().iter().enumerate() {
        participant(i, p, out);
    }
    for (i, s) in m.sessions.iter().enumerate() {
        session(i, s, out);
    }
}

/// The meeting's own codes.
pub(super) fn meeting(m: &Meeting, out: &mut Vec<Problem>) {
    timezone(|| "timezone".into(), &m.timezone, out);
    languages(&|| "languages".into(), &m.languages, out);
    if let Some(c) = &m.country {
        country(|| "country".into(), c, out);
    }
    doc_languages(&|| "documents".into(), &m.documents, out);
}

/// One participant's codes.
pub(super) fn participant(i: usize, p: &crate::domain::Participant, out: &mut Vec<Problem>) {
    let at = || format!("participants[{i}]");
    if let Some(c) = &p.country {
        country(|| format!("{}.country", at()), c, out);
    }
    languages(&|| format!("{}.languages", at()), &p.languages, out);
    if let Some(tz) = &p.timezone {
        timezone(|| format!("{}.timezone", at()), tz, out);
    }
    if let Some(il) = &p.interpreting {
        language(|| format!("{}.interpreting.a", at()), &il.a, out);
        languages(&|| format!("{}.interpreting.b", at()), &il.b, out);
        languages(&|| format!("{}.interpreting.c", at()), &il.c, out);
    }
}

/// One session's codes.
pub(super) fn session(i: usize, s: &crate::domain::Session, out: &mut Vec<Problem>) {
    let at = || format!("sessions[{i}]");
    if let [one] = s.language.as_slice() {
        language(|| format!("{}.language", at()), one, out);
    } else {
        languages(&|| format!("{}.language", at()), &s.language, out);
    }
    for (j, c) in s.interpretation.iter().enumerate() {
        language(|| format!("{}.interpretation[{j}].to", at()), &c.to, out);
        if let Some(r) = &c.relay {
            language(|| format!("{}.interpretation[{j}].relay", at()), r, out);
        }
    }
    doc_languages(&|| format!("{}.documents", at()), &s.documents, out);
    for (j, it) in s.items.iter().enumerate() {
        doc_languages(
            &|| format!("{}.items[{j}].documents", at()),
            &it.documents,
            out,
        );
    }
}
