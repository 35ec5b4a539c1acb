//! The edits an organizer makes, each built as a [`Transaction`] from the
//! current meeting. Nothing here mutates: the history applies the result,
//! so every edit is undoable by construction.

use chrono::NaiveDate;

use super::shift::{self, Shift};
use super::{Change, ListOp, Transaction};
use crate::domain::{Clock, FollowUp, Meeting, Participant, Session};

/// Longest id made from a name or title, in characters.
const SLUG_MAX: usize = 40;

/// A lowercase ASCII id from a name or title, its words in the order
/// written: "Jaewon Cho" → `jaewon-cho`, "Уманкулова" → `umankulova`
/// (Cyrillic as [`super::romanize`] writes it: "Гульнара" → `gulnara`).
/// An apostrophe (or the soft sign it transliterates) joins its word
/// rather than splitting it: "Gul'nara" → `gulnara`. A long title is cut
/// after its last whole word within [`SLUG_MAX`] characters.
pub fn slug(text: &str) -> String {
    let ascii = super::romanize::id_latin(text);
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if matches!(c, '\'' | '`') {
            // Within a word: `o'brien`, `gul'nara`.
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out = if out.len() > SLUG_MAX {
        // ASCII: bytes are characters. Cut at a word's end when one is in
        // reach, else (one very long word) at the limit.
        let head = &out[..=SLUG_MAX];
        match head.rfind('-') {
            Some(at) if at > 0 => &out[..at],
            _ => &out[..SLUG_MAX],
        }
    } else {
        out
    };
    if out.is_empty() {
        "item".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}

/// `base`, or `base-2`, `base-3`, ... whichever is not taken yet.
pub fn unique_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = if base.is_empty() { "item" } else { base };
    if !taken.clone().any(|t| t == base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken.clone().any(|t| t == c))
        .unwrap_or_else(|| base.to_string())
}

fn bad_index(what: &str, i: usize) -> String {
    // `what` is the catalogue's selector: session, participant, follow-up.
    crate::tr!("edit-no-such", kind = what, n = i + 1)
}

/// Replaces session `i` with what `f` makes of a copy of it.
pub fn edit_session(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut Session),
) -> Result<Transaction, String> {
    let before = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    if after.id != before.id && m.sessions.iter().any(|s| s.id == after.id) {
        return Err(crate::tr!("edit-id-taken-session", id = after.id.as_str()));
    }
    let (old, new) = (before.id.clone(), after.id.clone());
    let mut tx = Transaction::new(label).with(Change::Session(ListOp::Replace {
        at: i,
        before,
        after,
    }));
    // A renamed session keeps the follow-ups that came from it.
    if old != new {
        for (k, fu) in m.follow_ups.iter().enumerate() {
            if fu.session.as_deref() == Some(old.as_str()) {
                let mut moved = fu.clone();
                moved.session = Some(new.clone());
                tx.push(Change::FollowUp(ListOp::Replace {
                    at: k,
                    before: fu.clone(),
                    after: moved,
                }));
            }
        }
    }
    Ok(tx)
}

/// Replaces participant `i` with what `f` makes of a copy; a changed id is
/// carried into every session and follow-up that names the person.
pub fn edit_participant(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut Participant),
) -> Result<Transaction, String> {
    let before = m
        .people()
        .get(i)
        .ok_or_else(|| bad_index("participant", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    if after.id != before.id && m.people().iter().any(|p| p.id == after.id) {
        return Err(crate::tr!(
            "edit-id-taken-participant",
            id = after.id.as_str()
        ));
    }
    let (old, new) = (before.id.clone(), after.id.clone());
    let mut tx = Transaction::new(label).with(Change::Participant(ListOp::Replace {
        at: i,
        before,
        after,
    }));
    if old != new {
        rename_references(m, &old, &new, &mut tx);
    }
    Ok(tx)
}

fn rename_references(m: &Meeting, old: &str, new: &str, tx: &mut Transaction) {
    let swap = |v: &mut String| {
        if v == old {
            *v = new.to_string();
        }
    };
    for (i, s) in m.sessions.iter().enumerate() {
        let mut after = s.clone();
        after.chair.iter_mut().for_each(swap);
        for it in &mut after.items {
            it.speakers.iter_mut().for_each(swap);
        }
        for c in &mut after.interpretation {
            c.interpreters.iter_mut().for_each(swap);
        }
        if &after != s {
            tx.push(Change::Session(ListOp::Replace {
                at: i,
                before: s.clone(),
                after,
            }));
        }
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        if f.owner.as_deref() == Some(old) {
            let mut after = f.clone();
            after.owner = Some(new.to_string());
            tx.push(Change::FollowUp(ListOp::Replace {
                at: i,
                before: f.clone(),
                after,
            }));
        }
    }
}

/// Replaces follow-up `i` with what `f` makes of a copy of it.
pub fn edit_follow_up(
    m: &Meeting,
    i: usize,
    label: &str,
    f: impl FnOnce(&mut FollowUp),
) -> Result<Transaction, String> {
    let before = m
        .follow_ups
        .get(i)
        .ok_or_else(|| bad_index("follow-up", i))?
        .clone();
    let mut after = before.clone();
    f(&mut after);
    if after == before {
        return Ok(Transaction::new(label));
    }
    Ok(
        Transaction::new(label).with(Change::FollowUp(ListOp::Replace {
            at: i,
            before,
            after,
        })),
    )
}

/// Where a new session goes in the file: after the last session that is on
/// an earlier day, or on the same day at or before its start, so the file
/// reads in programme order (a session without a start goes after its day).
pub fn schedule_position(m: &Meeting, s: &Session) -> usize {
    let key = |x: &Session| (x.date, x.start.map(Clock::minutes).unwrap_or(i64::MAX));
    let k = key(s);
    m.sessions
        .iter()
        .rposition(|x| key(x) <= k)
        .map_or(0, |i| i + 1)
}

/// Adds a session (or break) at its place in the programme (see
/// [`schedule_position`]); an empty or taken id is made from the title.
pub fn add_session(m: &Meeting, mut s: Session) -> Transaction {
    let base = if s.id.trim().is_empty() {
        slug(s.title.primary())
    } else {
        s.id.clone()
    };
    s.id = unique_id(&base, m.sessions.iter().map(|x| x.id.as_str()));
    let at = schedule_position(m, &s);
    Transaction::new(crate::tr!("edit-add-session", id = s.id.as_str()))
        .with(Change::Session(ListOp::Insert(at, s)))
}

/// A copy of session `i` right after it, with a fresh id.
pub fn duplicate_session(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let mut s = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    s.id = unique_id(
        &format!("{}-copy", s.id),
        m.sessions.iter().map(|x| x.id.as_str()),
    );
    Ok(
        Transaction::new(crate::tr!("edit-duplicate-session", id = s.id.as_str()))
            .with(Change::Session(ListOp::Insert(i + 1, s))),
    )
}

/// Deletes session `i`; follow-ups that came from it lose the link in the
/// same transaction, so undo brings both back.
pub fn delete_session(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let s = m
        .sessions
        .get(i)
        .ok_or_else(|| bad_index("session", i))?
        .clone();
    let mut tx = Transaction::new(crate::tr!("edit-delete-session", id = s.id.as_str()));
    for (k, f) in m.follow_ups.iter().enumerate() {
        if f.session.as_deref() == Some(s.id.as_str()) {
            let mut after = f.clone();
            after.session = None;
            tx.push(Change::FollowUp(ListOp::Replace {
                at: k,
                before: f.clone(),
                after,
            }));
        }
    }
    tx.push(Change::Session(ListOp::Remove(i, s)));
    Ok(tx)
}

/// Whether moving or resizing a session carries the rest of its day along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Push {
    /// Only the session changes; a collision is left for the checks to show.
    No,
    /// The later sessions of the day move too (see [`super::shift`]);
    /// fixed ones are held back.
    Rest,
    /// As `Rest`, and sessions marked `fixed` move as well.
    RestAndFixed,
}

/// A move or resize: the edit, and what the shift it carries held back
/// (ask when [`Shift::needs_asking`] and the push was [`Push::Rest`]).
#[derive(Debug, Clone)]
pub struct Retimed {
    pub tx: Transaction,
    pub shift: Shift,
}

/// Moves session `i` to `date` at `start`, keeping its length. With
/// `shift_rest`, the later sessions of that day move too (see
/// [`move_session_with`]); a shift that reaches a fixed session or would
/// cross midnight is refused with the reason.
pub fn move_session(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    start: Clock,
    shift_rest: bool,
) -> Result<Transaction, String> {
    let push = if shift_rest { Push::Rest } else { Push::No };
    settled(m, move_session_with(m, i, date, start, push)?)
}

/// Changes the end of session `i` (shorten or lengthen). With `shift_rest`,
/// the sessions starting at or after its old end move by the same amount;
/// refused with the reason when that reaches a fixed session or midnight.
pub fn resize_session(
    m: &Meeting,
    i: usize,
    end: Clock,
    shift_rest: bool,
) -> Result<Transaction, String> {
    let push = if shift_rest { Push::Rest } else { Push::No };
    settled(m, resize_session_with(m, i, end, push)?)
}

fn settled(m: &Meeting, r: Retimed) -> Result<Transaction, String> {
    match r.shift.question(m) {
        Some(q) => Err(crate::tr!("edit-shift-refused", question = q)),
        None => Ok(r.tx),
    }
}

/// Moves session `i` to `date` at `start`. Pushing, a move later on the same
/// day shifts every session that started at or after its old start by as
/// much; any other move makes room: the sessions starting at or after the
/// new start all move later by what the first of them needs to clear it.
pub fn move_session_with(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    start: Clock,
    push: Push,
) -> Result<Retimed, String> {
    let s = m.sessions.get(i).ok_or_else(|| bad_index("session", i))?;
    let len = s.minutes().unwrap_or(60);
    let end = Clock::from_minutes(start.minutes() + len).ok_or_else(|| {
        crate::tr!(
            "edit-move-past-midnight",
            start = start.to_string(),
            len = len
        )
    })?;
    let (a, b) = (start.minutes(), end.minutes());
    let shift = match (push, s.start) {
        (Push::No, _) => Shift::default(),
        (_, Some(old)) if date == s.date && a > old.minutes() => {
            shift::shift_from(m, date, old.minutes(), a - old.minutes(), &[i])
        }
        _ => shift::clear_from(m, date, a, b, &[i]),
    };
    Ok(retime(
        m,
        i,
        (date, start, end),
        shift,
        push,
        "edit-move-session",
    ))
}

/// Changes the end of session `i`. Pushing, the sessions starting at or after
/// its old end move by the difference (earlier when it got shorter).
pub fn resize_session_with(
    m: &Meeting,
    i: usize,
    end: Clock,
    push: Push,
) -> Result<Retimed, String> {
    let s = m.sessions.get(i).ok_or_else(|| bad_index("session", i))?;
    let start = s.start.ok_or_else(|| crate::tr!("edit-start-first"))?;
    if end <= start {
        return Err(crate::tr!(
            "edit-end-before-start",
            end = end.to_string(),
            start = start.to_string()
        ));
    }
    let shift = match (push, s.end) {
        (Push::No, _) => Shift::default(),
        (_, Some(old)) => shift::shift_from(
            m,
            s.date,
            old.minutes(),
            end.minutes() - old.minutes(),
            &[i],
        ),
        (_, None) => shift::clear_from(m, s.date, start.minutes(), end.minutes(), &[i]),
    };
    Ok(retime(
        m,
        i,
        (s.date, start, end),
        shift,
        push,
        "edit-resize-session",
    ))
}

/// Places session `i` on `date` at `start` in `room` (none: no room),
/// keeping its length, as one edit: a drag in the day grid. Nothing else
/// moves; a clash it makes is shown by the checks.
pub fn place_session(
    m: &Meeting,
    i: usize,
    date: NaiveDate,
    start: Clock,
    room: Option<&str>,
) -> Result<Transaction, String> {
    let mut r = move_session_with(m, i, date, start, Push::No)?;
    if let Some(Change::Session(ListOp::Replace { after, .. })) = r.tx.changes.first_mut() {
        let keep = after.room.as_deref().map(str::trim) == room.map(str::trim);
        if !keep {
            after.room = room.map(str::to_string);
            if after.tentative.covers("room") {
                // A room chosen by hand in the grid is what the organizer means.
                after.tentative = after.tentative.without("room");
            }
        }
    }
    r.tx.label = crate::tr!("edit-place-session", id = m.sessions[i].id.as_str());
    Ok(r.tx)
}

fn retime(
    m: &Meeting,
    i: usize,
    (date, start, end): (NaiveDate, Clock, Clock),
    shift: Shift,
    push: Push,
    verb: &str,
) -> Retimed {
    let before = m.sessions[i].clone();
    let mut after = before.clone();
    after.date = date;
    after.start = Some(start);
    after.end = Some(end);
    // `verb` is the label's catalogue key: "move session `x`", "resize session `x`".
    let mut tx = Transaction::new(crate::tr!(verb, id = before.id.as_str()));
    tx.push(Change::Session(ListOp::Replace {
        at: i,
        before,
        after,
    }));
    shift.push_into(m, &mut tx, push == Push::RestAndFixed);
    // The label is what the status line says: how many moved with it.
    let others = tx
        .changes
        .iter()
        .filter(|c| matches!(c, Change::Session(_)))
        .count()
        .saturating_sub(1);
    if others > 0 {
        tx.label = crate::tr!(
            "edit-moved-with-others",
            what = tx.label.as_str(),
            n = others
        );
    }
    Retimed { tx, shift }
}

/// A new participant's id as `docs/format.md` asks: family name first,
/// then the given names (`Jaewon Cho` → `cho-jaewon`). The last word of
/// the name is taken as the family name, as the rosters write Latin names,
/// except in a Russian ФИО of three words or more that ends with the
/// patronymic (`Уманкулова Онокан Бакировна`): that one is already family
/// first. Any other name written family-first (`Уманкулова Айгуль`) is
/// best given its id by hand. The roster form, a name typed into a picker,
/// the registration import and the schedule import all make ids this one
/// way; ids already in a file are never changed (other records refer to them).
pub fn participant_id(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if crate::search::ends_with_patronymic(name) {
        return slug(name);
    }
    match words.split_last() {
        Some((family, given)) if !given.is_empty() => {
            slug(&format!("{family} {}", given.join(" ")))
        }
        _ => slug(name),
    }
}

/// Adds a participant; an empty or taken id is made from the name.
pub fn add_participant(m: &Meeting, mut p: Participant) -> Transaction {
    let base = if p.id.trim().is_empty() {
        participant_id(p.name.primary())
    } else {
        p.id.clone()
    };
    p.id = unique_id(&base, m.people().iter().map(|x| x.id.as_str()));
    Transaction::new(crate::tr!("edit-add-participant", id = p.id.as_str()))
        .with(Change::Participant(ListOp::Insert(m.people().len(), p)))
}

/// Removes participant `i`. The caller asks first when [`usage`](super::usage)
/// says they are booked somewhere.
pub fn remove_participant(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let p = m
        .people()
        .get(i)
        .ok_or_else(|| bad_index("participant", i))?
        .clone();
    Ok(
        Transaction::new(crate::tr!("edit-remove-participant", id = p.id.as_str()))
            .with(Change::Participant(ListOp::Remove(i, p))),
    )
}

/// Adds a follow-up; an empty or taken id is made from the title.
pub fn add_follow_up(m: &Meeting, mut f: FollowUp) -> Transaction {
    let base = if f.id.trim().is_empty() {
        slug(f.title.primary())
    } else {
        f.id.clone()
    };
    f.id = unique_id(&base, m.follow_ups.iter().map(|x| x.id.as_str()));
    Transaction::new(crate::tr!("edit-add-follow-up", id = f.id.as_str()))
        .with(Change::FollowUp(ListOp::Insert(m.follow_ups.len(), f)))
}

pub fn delete_follow_up(m: &Meeting, i: usize) -> Result<Transaction, String> {
    let f = m
        .follow_ups
        .get(i)
        .ok_or_else(|| bad_index("follow-up", i))?
        .clone();
    Ok(
        Transaction::new(crate::tr!("edit-delete-follow-up", id = f.id.as_str()))
            .with(Change::FollowUp(ListOp::Remove(i, f))),
    )
}

/// Changes the meeting's own fields (title, dates, languages, zone...).
pub fn edit_header(m: &Meeting, label: &str, f: impl FnOnce(&mut Meeting)) -> Transaction {
    let before = super::Header::of(m);
    let mut after = before.0.clone();
    f(&mut after);
    let after = super::Header::of(&after);
    if after == before {
        return Transaction::new(label);
    }
    Transaction::new(label).with(Change::Header {
        before: Box::new(before),
        after: Box::new(after),
    })
}

/// Turns `m` into `target` as one undoable edit (restoring kept unsaved
/// edits): the meeting's own fields, then each list that differs, replaced
/// whole. The roster stays where it is (inline or its own file).
pub fn become_meeting(m: &Meeting, target: &Meeting, label: &str) -> Transaction {
    let mut tx = edit_header(m, label, |h| {
        let roster = std::mem::take(&mut h.participants);
        *h = Meeting {
            participants: roster,
            sessions: Vec::new().into(),
            follow_ups: Vec::new().into(),
            ..target.clone()
        };
    });
    replace_list(&m.sessions, &target.sessions, Change::Session, &mut tx);
    replace_list(m.people(), target.people(), Change::Participant, &mut tx);
    replace_list(&m.follow_ups, &target.follow_ups, Change::FollowUp, &mut tx);
    tx
}

fn replace_list<T: Clone + PartialEq>(
    old: &[T],
    new: &[T],
    wrap: fn(ListOp<T>) -> Change,
    tx: &mut Transaction,
) {
    if old == new {
        return;
    }
    for (i, v) in old.iter().enumerate().rev() {
        tx.changes.push(wrap(ListOp::Remove(i, v.clone())));
    }
    for (j, v) in new.iter().enumerate() {
        tx.changes.push(wrap(ListOp::Insert(j, v.clone())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_participants_id_is_family_name_first_whatever_made_it() {
        assert_eq!(participant_id("Aizhan Bekova"), "bekova-aizhan");
        assert_eq!(participant_id("Elena Klepacheva"), "klepacheva-elena");
        assert_eq!(participant_id("Cho"), "cho");
        // An apostrophe, or the soft sign written as one, joins its word.
        assert_eq!(participant_id("Gul'nara Umankulova"), "umankulova-gulnara");
        assert_eq!(participant_id("Гульнара Уманкулова"), "umankulova-gulnara");
        assert_eq!(participant_id("Seán O’Brien"), "obrien-sean");
    }

    #[test]
    fn a_russian_fio_ending_with_the_patronymic_is_already_family_first() {
        let id = "umankulova-onokan-bakirovna";
        assert_eq!(participant_id("Уманкулова Онокан Бакировна"), id);
        assert_eq!(participant_id("Онокан Бакировна Уманкулова"), id);
        assert_eq!(participant_id("Umankulova Onokan Bakirovna"), id);
        assert_eq!(
            participant_id("Шевченко Оксана Андріївна"),
            "shevchenko-oksana-andriyivna"
        );
        // As docs/registration.md shows them.
        assert_eq!(participant_id("Гульнара Кусиденова"), "kusidenova-gulnara");
        assert_eq!(participant_id("Юрий Жуков"), "zhukov-yuriy");
        assert_eq!(participant_id("Жуков Юрий Ильич"), "zhukov-yuriy-ilich");
        // Two words are given name and family name whatever they are.
        assert_eq!(participant_id("Онокан Бакировна"), "bakirovna-onokan");
    }

    #[test]
    fn a_long_name_or_title_is_cut_after_a_whole_word() {
        let id = slug("Professor Extraordinary Alexandrina Konstantinopolskaya-Vasilevskaya");
        assert_eq!(id, "professor-extraordinary-alexandrina");
        assert!(id.len() <= SLUG_MAX);
        // One word longer than the limit is cut at it.
        let id = slug(&"a".repeat(60));
        assert_eq!(id.len(), SLUG_MAX);
        // Exactly at a word's end: kept whole.
        let forty = format!("{} {}", "b".repeat(19), "c".repeat(20));
        assert_eq!(slug(&forty).len(), 40);
    }

    #[test]
    fn ids_already_on_the_roster_stay() {
        let mut m = Meeting::default();
        m.participants.people_mut().push(Participant {
            id: "cho-jaewon".into(),
            name: crate::domain::Text::plain("Jaewon Cho"),
            ..Participant::default()
        });
        // Someone new of the same name: a number, the first keeps theirs.
        let tx = add_participant(
            &m,
            Participant {
                name: crate::domain::Text::plain("Jaewon Cho"),
                ..Participant::default()
            },
        );
        assert!(tx.apply(&mut m).is_ok());
        let ids: Vec<&str> = m.people().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["cho-jaewon", "cho-jaewon-2"]);
    }

    fn meeting() -> Meeting {
        let s = |id: &str| Session {
            id: id.into(),
            ..Session::default()
        };
        Meeting {
            sessions: vec![s("opening"), s("panel")].into(),
            follow_ups: vec![FollowUp {
                id: "plan".into(),
                session: Some("panel".into()),
                ..FollowUp::default()
            }]
            .into(),
            ..Meeting::default()
        }
    }

    #[test]
    fn renaming_a_session_carries_its_follow_ups_and_undoes_together() {
        let mut m = meeting();
        let tx = edit_session(&m, 1, "rename", |s| s.id = "panel-1".into()).unwrap();
        let before = m.clone();
        tx.apply(&mut m).unwrap();
        assert_eq!(m.sessions[1].id, "panel-1");
        assert_eq!(m.follow_ups[0].session.as_deref(), Some("panel-1"));
        tx.inverse().apply(&mut m).unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn a_session_id_in_use_is_refused() {
        let m = meeting();
        let err = edit_session(&m, 1, "rename", |s| s.id = "opening".into()).unwrap_err();
        assert!(err.contains("taken"), "{err}");
    }
}
