//! The Interpretation view's state and what its keys do: the plan day by
//! day (sessions, and under each its booths), the interpretation warnings,
//! and the staffing edits on a selected booth — add or remove an
//! interpreter, two-way, relay, add or remove a channel — each one a
//! [`Transaction`] through the one edit path (`editing::apply_edit`), so `u` undoes each.
//!
//! The domain computes everything ([`staffing`], [`crate::check::check_interpretation_on`]);
//! this keeps the results for drawing and turns keys into edits.

use crate::tui::status::Level;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::editing::edit_text;
use super::editing::{Answer, Confirm, Modal};
use super::focus::{EventState, Press};
use crate::check::Problem;
use crate::domain::{Channel, Meeting, Role, codes};
use crate::edit::{Change, ListOp, Transaction, inherit, ops};
use crate::search::{Key, Matcher, Query};
use crate::staffing::{self, Day};
use crate::tui::action::{Command, InterpCommand, View};
use crate::tui::app::{App, ListState};
use crate::tui::input::TextInput;
use crate::tui::library::{Entry, MeetingId, index_in};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterpRow {
    /// A day heading (not selectable).
    Day(NaiveDate),
    Session(usize),
    /// (session, channel index).
    Booth(usize, usize),
}

impl InterpRow {
    pub fn session(self) -> Option<usize> {
        match self {
            InterpRow::Day(_) => None,
            InterpRow::Session(i) | InterpRow::Booth(i, _) => Some(i),
        }
    }
}

/// What the popup list offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PopupKind {
    AddInterpreter,
    RemoveInterpreter,
    Relay,
    AddLanguage,
}

impl PopupKind {
    pub fn title(self) -> String {
        crate::tr!(match self {
            PopupKind::AddInterpreter => "tui-popup-add-interpreter",
            PopupKind::RemoveInterpreter => "tui-popup-remove-interpreter",
            PopupKind::Relay => "tui-popup-relay",
            PopupKind::AddLanguage => "tui-popup-add-channel",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What is written to the file: a participant id, a language code, or
    /// empty for "none".
    pub value: String,
    pub label: String,
    /// Why this is a poor choice, one reason each; empty when it fits.
    pub why: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Popup {
    pub kind: PopupKind,
    /// (session, channel) the popup edits; the channel is unused for AddLanguage.
    pub target: (usize, usize),
    pub filter: TextInput,
    pub all: Vec<Choice>,
    /// Indices into `all` that match the filter, in order.
    pub shown: Vec<usize>,
    pub selected: usize,
    /// Said at the top when there is nothing to choose.
    pub empty: String,
}

impl Popup {
    /// Keeps the choices the filter finds, best match first (ties in
    /// their order, best fit first), matched as every list is: any
    /// script, words in any order.
    fn refilter(&mut self, matcher: &Matcher) {
        let q = Query::new(&self.filter);
        if q.is_empty() {
            self.shown = (0..self.all.len()).collect();
        } else {
            let mut hits: Vec<(i64, usize)> = self
                .all
                .iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    let key = Key::new([c.label.as_str(), c.value.as_str()]);
                    matcher.score(&key, &q).map(|s| (s, i))
                })
                .collect();
            hits.sort_by_key(|&(s, i)| (std::cmp::Reverse(s), i));
            self.shown = hits.into_iter().map(|(_, i)| i).collect();
        }
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&Choice> {
        self.shown.get(self.selected).map(|&i| &self.all[i])
    }
}

enum Outcome {
    Popup(Popup),
    Edit(Transaction),
    /// A question whose answers are edits (this day, or every day).
    Ask(Confirm),
    Turns,
}

#[derive(Debug, Default)]
pub struct InterpState {
    pub entry: Option<MeetingId>,
    pub(crate) stale: bool,
    pub rows: Vec<InterpRow>,
    pub list: ListState,
    pub days: Vec<Day>,
    pub languages: Vec<String>,
    /// `check_interpretation_on` today (as Problems has them), placed in the file.
    pub warnings: Vec<Problem>,
    pub popup: Option<Popup>,
    /// Since the last build, only sessions on these days were changed (in
    /// place: none added, removed or moved): only those days are made
    /// again. `None`: everything is.
    pub(crate) only_days: Option<std::collections::BTreeSet<NaiveDate>>,
}

/// (session, channel) a problem path points at: `sessions[3].interpretation[1]...`.
pub fn problem_target(p: &Problem) -> Option<(usize, Option<usize>)> {
    problem_target_path(p.path.as_deref()?)
}

fn is_about(p: &Problem, s: usize, ch: Option<usize>) -> bool {
    problem_target(p).is_some_and(|(ps, pc)| ps == s && (ch.is_none() || pc == ch))
}

fn problem_target_path(path: &str) -> Option<(usize, Option<usize>)> {
    let s = index_in(path, "sessions")?;
    let rest = &path[path.find(']')? + 1..];
    let ch = rest
        .strip_prefix('.')
        .and_then(|r| index_in(r, "interpretation"));
    Some((s, ch))
}

impl InterpState {
    /// After an edit (`changes`, as applied): the view is to be built
    /// again, only the touched sessions' days when sessions were only
    /// replaced (participants and follow-ups change no day's plan).
    pub(crate) fn edited(&mut self, changes: &[Change]) {
        let mut days = if self.stale {
            self.only_days.take()
        } else {
            Some(std::collections::BTreeSet::new())
        };
        for c in changes {
            match c {
                Change::Session(ListOp::Replace { before, after, .. }) => {
                    if let Some(d) = &mut days {
                        d.extend([before.date, after.date]);
                    }
                }
                Change::Participant(_) | Change::FollowUp(_) => {}
                _ => days = None,
            }
        }
        self.only_days = days;
        self.stale = true;
    }

    /// Everything is to be built again (the documents changed).
    pub(crate) fn changed(&mut self) {
        self.stale = true;
        self.only_days = None;
    }

    /// Days `dates` made again (as [`staffing::days`] makes them), the
    /// others kept: each day's plan reads only that day's sessions.
    fn rebuild_days(&mut self, m: &Meeting, dates: &std::collections::BTreeSet<NaiveDate>) {
        for &d in dates {
            let mut order: Vec<usize> = (0..m.sessions.len())
                .filter(|&i| m.sessions[i].date == d)
                .collect();
            // Schedule order within the day (`Meeting::schedule_order`).
            order.sort_by_key(|&i| {
                (
                    m.sessions[i].start.map(|c| c.minutes()).unwrap_or(i64::MAX),
                    i,
                )
            });
            let day = staffing::days_of(m, order).into_iter().next();
            match (self.days.binary_search_by_key(&d, |x| x.date), day) {
                (Ok(k), Some(day)) => self.days[k] = day,
                (Ok(k), None) => {
                    self.days.remove(k);
                }
                (Err(k), Some(day)) => self.days.insert(k, day),
                (Err(_), None) => {}
            }
        }
    }

    fn rebuild(&mut self, e: Option<&Entry>, today: chrono::NaiveDate) {
        let only = self.only_days.take();
        let Some(e) = e else {
            *self = InterpState {
                entry: self.entry,
                popup: None,
                ..InterpState::default()
            };
            return;
        };
        let m = e.meeting();
        match only {
            Some(dates) => self.rebuild_days(m, &dates),
            None => self.days = staffing::days(m),
        }
        self.languages = staffing::languages(m);
        self.warnings = e.interpretation_warnings(today);
        if e.editor.text_away() {
            // Its text is with a save on the worker: no lines to read.
            e.doc().attribute(&mut self.warnings);
        } else {
            e.doc().locate(&mut self.warnings);
        }
        self.rows.clear();
        for d in &self.days {
            self.rows.push(InterpRow::Day(d.date));
            for r in &d.rows {
                self.rows.push(InterpRow::Session(r.session));
                for b in &r.booths {
                    self.rows.push(InterpRow::Booth(r.session, b.channel));
                }
            }
        }
    }

    pub fn selected(&self) -> Option<InterpRow> {
        self.rows
            .get(self.list.scroll.selected)
            .copied()
            .filter(|r| r.session().is_some())
    }

    /// Where the selection is in the document: `sessions[2].interpretation[0]`.
    pub fn selected_path(&self) -> Option<String> {
        match self.selected()? {
            InterpRow::Booth(s, c) => Some(format!("sessions[{s}].interpretation[{c}]")),
            r => r.session().map(|s| format!("sessions[{s}]")),
        }
    }

    /// The warnings about session `s` (and, given, its channel `ch` only).
    pub fn warnings_for(&self, s: usize, ch: Option<usize>) -> Vec<&Problem> {
        self.warnings
            .iter()
            .filter(|p| is_about(p, s, ch))
            .collect()
    }

    /// Whether any warning is about session `s` (channel `ch`): asked for
    /// every row on screen, so it stops at the first and allocates nothing.
    pub fn has_warning(&self, s: usize, ch: Option<usize>) -> bool {
        self.warnings.iter().any(|p| is_about(p, s, ch))
    }

    /// The day the selection is on.
    pub fn day(&self) -> Option<&Day> {
        let s = self.selected()?.session()?;
        self.days
            .iter()
            .find(|d| d.rows.iter().any(|r| r.session == s))
    }
}

/// The interpreters in booth `ch` of session `s`, to take one out.
fn team_choices(m: &Meeting, s: usize, ch: usize, lang: &str) -> Vec<Choice> {
    m.sessions[s].interpretation[ch]
        .interpreters
        .iter()
        .map(|id| Choice {
            value: id.clone(),
            label: m
                .participant(id)
                .map(|p| p.display_name(lang, &m.languages))
                .unwrap_or_else(|| format!("`{id}` {}", crate::tr!("tui-not-on-roster-mark"))),
            why: Vec::new(),
        })
        .collect()
}

/// Where booth `ch` of session `s` can take its source from: the floor or
/// another booth (relay).
fn relay_choices(m: &Meeting, s: usize, ch: usize) -> Vec<Choice> {
    let session = &m.sessions[s];
    let me = &session.interpretation[ch].to;
    let mut all = vec![Choice {
        value: String::new(),
        label: format!(
            "{} ({})",
            crate::tr!("tui-from-floor"),
            crate::tui::format::language_names(&session.language)
        ),
        why: Vec::new(),
    }];
    all.extend(
        session
            .interpretation
            .iter()
            .filter(|o| &o.to != me)
            .map(|o| Choice {
                value: o.to.clone(),
                label: format!(
                    "{} ({})",
                    crate::tr!(
                        "tui-relay-from",
                        booth = crate::tui::format::language(&o.to)
                    ),
                    o.to
                ),
                why: Vec::new(),
            }),
    );
    all
}

/// Makes booth `ch` of session `s` two-way, or one-way again.
fn toggle_two_way(m: &Meeting, s: usize, ch: usize) -> Result<Transaction, String> {
    let on = !m.sessions[s].interpretation[ch].retour;
    let to = &m.sessions[s].interpretation[ch].to;
    let label = crate::tr!(
        if on {
            "tui-label-two-way"
        } else {
            "tui-label-one-way"
        },
        language = crate::tui::format::language(to)
    );
    ops::edit_session(m, s, &label, |x| {
        if let Some(c) = x.interpretation.get_mut(ch) {
            c.retour = on;
        }
    })
}

/// "Same team": the team of booth `ch` of session `s` staffs the booth
/// into that language in every session of the day in the same room (every
/// session that day when it has no room), or of every day of the meeting
/// (a webinar series in one file); asks which only when the two differ.
fn same_team(
    m: &Meeting,
    e: MeetingId,
    (s, ch): (usize, usize),
    shown: &str,
) -> Result<Outcome, String> {
    let session = &m.sessions[s];
    let booth = &session.interpretation[ch];
    let lang = crate::tui::format::language(&booth.to);
    if booth.interpreters.is_empty() {
        return Err(crate::tr!("tui-same-team-empty", language = lang.as_str()));
    }
    let (room, team) = (session.room.as_deref(), &booth.interpreters);
    let day = inherit::staff_day(m, session.date, room, booth);
    let all = inherit::staff_meeting(m, room, booth);
    if all.is_empty() {
        return Err(crate::tr!(
            "tui-same-team-already",
            language = lang.as_str()
        ));
    }
    if all.changes.len() == day.changes.len() {
        return Ok(Outcome::Edit(day));
    }
    let names: Vec<String> = team
        .iter()
        .map(|id| match m.participant(id) {
            Some(p) => crate::tui::sanitize::clean(&p.display_name(shown, &m.languages)).into(),
            None => crate::tui::sanitize::clean(id).into(),
        })
        .collect();
    let mut c = Confirm::new(
        crate::tr!("tui-same-team-title", language = lang.as_str()),
        vec![
            crate::tr!(
                if day.is_empty() {
                    "tui-same-team-rest"
                } else {
                    "tui-same-team-which"
                },
                team = names.join(", "),
                n = names.len()
            ),
            crate::tr!("tui-u-undoes-it"),
        ],
    );
    if !day.is_empty() {
        let label = crate::tr!(
            "tui-same-team-day",
            day = crate::tui::format::day(session.date),
            n = day.changes.len()
        );
        c = c.choice('d', label, Answer::Apply { entry: e, tx: day });
    }
    let label = crate::tr!(
        "tui-same-team-meeting",
        n = all.changes.len(),
        days = days_of(&all)
    );
    c = c.choice('m', label, Answer::Apply { entry: e, tx: all });
    Ok(Outcome::Ask(c.choice(
        'c',
        crate::tr!("tui-se-cancel"),
        Answer::Nothing,
    )))
}

/// How many days the sessions an edit changes fall on.
fn days_of(tx: &Transaction) -> usize {
    let mut days: Vec<NaiveDate> = Vec::new();
    for c in &tx.changes {
        if let Change::Session(ListOp::Replace { after, .. }) = c
            && !days.contains(&after.date)
        {
            days.push(after.date);
        }
    }
    days.len()
}

/// Removes channel `ch` of session `s`; a booth that took relay from it
/// works from the floor again.
fn remove_channel(m: &Meeting, s: usize, ch: usize) -> Result<Transaction, String> {
    let to = m.sessions[s].interpretation[ch].to.clone();
    let label = crate::tr!(
        "tui-label-remove-channel",
        language = crate::tui::format::language(&to)
    );
    ops::edit_session(m, s, &label, |x| {
        if ch < x.interpretation.len() {
            x.interpretation.remove(ch);
        }
        for o in &mut x.interpretation {
            if o.relay.as_deref() == Some(to.as_str()) {
                o.relay = None;
            }
        }
    })
}

/// Columns a person's name takes at most in an edit's label.
const LABEL_NAME: usize = 20;

/// A name as an edit's label says it (the status line, undo), where the
/// action and the news after it must fit one line; the view shows it
/// whole. A long name loses its remark in brackets first
/// (`Interpreter EN/RU 1 (not named in the report)` → `Interpreter EN/RU
/// 1`), then is cut with `…`.
fn label_name(whole: &str) -> String {
    let short = match whole.split_once(" (") {
        Some((head, _)) if crate::tui::sanitize::width(whole) > LABEL_NAME && !head.is_empty() => {
            head
        }
        _ => whole,
    };
    crate::tui::sanitize::fit(short, LABEL_NAME)
}

/// The edit a popup's choice `v` makes to booth `ch` of session `s`.
fn choice_edit(
    m: &Meeting,
    kind: PopupKind,
    (s, ch): (usize, usize),
    v: &str,
) -> Result<Transaction, String> {
    let name = |id: &str| {
        let whole = m
            .participant(id)
            .map(|x| x.display_name("en", &m.languages))
            .unwrap_or_else(|| id.to_string());
        label_name(&whole)
    };
    let booth = |label: String, change: &dyn Fn(&mut Channel)| {
        ops::edit_session(m, s, &label, |x| {
            if let Some(c) = x.interpretation.get_mut(ch) {
                change(c);
            }
        })
    };
    match kind {
        PopupKind::AddInterpreter => {
            booth(crate::tr!("tui-label-add-to-booth", name = name(v)), &|c| {
                c.interpreters.push(v.to_string())
            })
        }
        PopupKind::RemoveInterpreter => {
            booth(crate::tr!("tui-label-out-of-booth", name = name(v)), &|c| {
                c.interpreters.retain(|i| i != v)
            })
        }
        PopupKind::Relay => {
            let label = if v.is_empty() {
                crate::tr!("tui-label-from-floor")
            } else {
                crate::tr!(
                    "tui-label-relay",
                    language = crate::tui::format::language(v)
                )
            };
            booth(label, &|c| c.relay = (!v.is_empty()).then(|| v.to_string()))
        }
        PopupKind::AddLanguage => {
            let label = crate::tr!(
                "tui-label-add-channel",
                language = crate::tui::format::language(v)
            );
            ops::edit_session(m, s, &label, |x| {
                x.interpretation.push(Channel::to(v));
            })
        }
    }
}

/// Interpreters on the roster for booth `ch` of session `s`, best fit first;
/// those already in the booth left out.
pub fn interpreter_choices(m: &Meeting, s: usize, ch: usize, lang: &str) -> Vec<Choice> {
    let (Some(session), Some(channel)) = (
        m.sessions.get(s),
        m.sessions.get(s).and_then(|x| x.interpretation.get(ch)),
    ) else {
        return Vec::new();
    };
    let mut out: Vec<(usize, usize, Choice)> = m
        .people()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == Role::Interpreter && !channel.interpreters.contains(&p.id))
        .map(|(n, p)| {
            let misfits = staffing::misfits(p.interpreting.as_deref(), &session.language, channel);
            let langs = p
                .interpreting
                .as_deref()
                .map(staffing::languages_label)
                .unwrap_or_else(|| crate::tr!("tui-no-languages-stated"));
            let mut why: Vec<String> = misfits
                .iter()
                .map(|x| x.msg().render(crate::i18n::current()))
                .collect();
            let elsewhere = session
                .interpretation
                .iter()
                .filter(|c| c.to != channel.to && c.interpreters.contains(&p.id))
                .map(|c| c.to.clone())
                .collect::<Vec<_>>();
            if !elsewhere.is_empty() {
                why.push(crate::tr!(
                    "tui-already-in-booth",
                    booths = elsewhere.join(", ")
                ));
            }
            why.extend(booked_elsewhere(m, s, &p.id));
            let label = format!("{} — {langs}", p.display_name(lang, &m.languages));
            (
                why.len(),
                n,
                Choice {
                    value: p.id.clone(),
                    label,
                    why,
                },
            )
        })
        .collect();
    out.sort_by_key(|(bad, n, _)| (*bad, *n));
    out.into_iter().map(|(_, _, c)| c).collect()
}

/// What else interpreter `id` is booked for that day, when it clashes with
/// session `s`: a session at the same time, or a day too long in the booth.
fn booked_elsewhere(m: &Meeting, s: usize, id: &str) -> Vec<String> {
    let e = staffing::elsewhere(m, s, id);
    let mut out: Vec<String> = e
        .clashes
        .iter()
        .map(|&j| {
            let o = &m.sessions[j];
            crate::tr!(
                "tui-booked-same-time",
                id = o.id.as_str(),
                time = crate::tui::format::time_span(o)
            )
        })
        .collect();
    if staffing::over_day_limit(m, e.day_minutes) {
        out.push(crate::tr!(
            "tui-over-day-limit",
            min = e.day_minutes,
            limit = staffing::day_limit(m).to_string()
        ));
    }
    out
}

/// Languages a session could add a channel for: the meeting's working
/// languages first, then those its participants follow, then every other
/// known language; its floor and existing channels left out.
pub fn language_choices(m: &Meeting, s: usize) -> Vec<Choice> {
    let Some(session) = m.sessions.get(s) else {
        return Vec::new();
    };
    let taken = |l: &str| {
        session.language.iter().any(|x| x == l) || session.interpretation.iter().any(|c| c.to == l)
    };
    let mut codes_in_order: Vec<String> = Vec::new();
    let mut add = |l: &str| {
        if !taken(l) && !codes_in_order.iter().any(|x| x == l) {
            codes_in_order.push(l.to_string());
        }
    };
    for l in &m.languages {
        add(l);
    }
    for p in m.people() {
        for l in &p.languages {
            add(l);
        }
    }
    for (code, _, _) in codes::all_languages() {
        add(code);
    }
    codes_in_order
        .into_iter()
        .filter(|l| codes::is_language(l))
        .map(|l| Choice {
            label: format!("{} ({l})", crate::tui::format::language(&l)),
            value: l,
            why: Vec::new(),
        })
        .collect()
}

/// Where the turn sheet of session `s` goes: beside the agenda, as
/// `<stem>-<session id>-turns.txt`.
pub fn turns_path(doc_path: &std::path::Path, session_id: &str) -> PathBuf {
    let stem = doc_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into());
    let id: String = session_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = format!("{stem}-{id}-turns.txt");
    match doc_path.parent() {
        Some(dir) => dir.join(name),
        None => PathBuf::from(name),
    }
}

impl App {
    /// Keeps the Interpretation view's rows in step with the current meeting.
    pub(crate) fn sync_interp(&mut self) {
        let cur = self.current();
        // Built only when looked at: the checks it runs are not free on a large agenda.
        if (self.interp.entry == cur && !self.interp.stale) || self.view != View::Interpretation {
            return;
        }
        let keep = self.interp.selected();
        let same = self.interp.entry == cur;
        if !same {
            self.interp.only_days = None;
        }
        self.interp.entry = cur;
        self.interp.stale = false;
        let e = cur.and_then(|i| self.library.get(i));
        self.interp.rebuild(e, self.today);
        let at = keep
            .filter(|_| same)
            .and_then(|k| self.interp.rows.iter().position(|r| *r == k))
            .or_else(|| {
                // The booth is gone (removed, undone): stay on its session.
                let s = keep.filter(|_| same)?.session()?;
                self.interp
                    .rows
                    .iter()
                    .position(|r| *r == InterpRow::Session(s))
            });
        if !same {
            self.interp.list = ListState::default();
            self.interp.popup = None;
        }
        let first = self
            .interp
            .rows
            .iter()
            .position(|r| r.session().is_some())
            .unwrap_or(0);
        self.interp.list.scroll.selected = at.unwrap_or(first);
    }

    /// Day headings are not selectable: land on the nearest session or booth.
    pub(crate) fn move_interp(&mut self, delta: isize, height: usize) {
        let rows = &self.interp.rows;
        let len = rows.len();
        if len == 0 {
            return;
        }
        let ok = |i: usize| rows[i].session().is_some();
        let l = &mut self.interp.list;
        let before = l.scroll.selected;
        let mut i = before.saturating_add_signed(delta).min(len - 1);
        if !ok(i) {
            let forward = (delta >= 0).then(|| (i..len).find(|&j| ok(j))).flatten();
            let backward = (0..=i).rev().find(|&j| ok(j));
            i = forward
                .or(backward)
                .or_else(|| (i..len).find(|&j| ok(j)))
                .unwrap_or(before);
        }
        l.scroll.select(i, len, height);
        if l.scroll.offset == i && i > 0 && !ok(i - 1) && height > 1 {
            l.scroll.offset -= 1;
        }
        if i != before {
            l.detail_scroll = 0;
        }
    }

    /// A problem about a booth (`sessions[2].interpretation[0]...`) is shown
    /// in the Interpretation view, on that booth. True when it went there.
    pub(crate) fn jump_to_booth(&mut self, path: &str) -> bool {
        let Some((s, Some(ch))) = problem_target_path(path) else {
            return false;
        };
        self.view = View::Interpretation;
        self.sync_interp();
        let Some(at) = self
            .interp
            .rows
            .iter()
            .position(|r| *r == InterpRow::Booth(s, ch))
        else {
            return true;
        };
        let cur = self.interp.list.scroll.selected;
        let h = self.layout(View::Interpretation).list.height();
        self.move_interp(at as isize - cur as isize, h);
        true
    }

    /// The session of the selected row, a booth's included.
    fn selected_interp_session(&self) -> Result<usize, String> {
        self.interp
            .selected()
            .and_then(InterpRow::session)
            .ok_or_else(|| crate::tr!("tui-no-session-selected"))
    }

    /// The selected (session, channel), or a message saying what to select.
    /// On a session row whose session has one booth, that booth: there is
    /// nothing to choose.
    fn selected_booth(&self) -> Result<(usize, usize), String> {
        let booths = |s: usize| {
            self.interp
                .entry
                .and_then(|e| self.library.get(e))
                .and_then(|e| e.meeting().sessions.get(s))
                .map_or(0, |x| x.interpretation.len())
        };
        match self.interp.selected() {
            Some(InterpRow::Session(s)) if booths(s) == 1 => Ok((s, 0)),
            Some(InterpRow::Booth(s, c))
                if self
                    .interp
                    .entry
                    .and_then(|e| self.library.get(e))
                    .and_then(|e| e.meeting().sessions.get(s))
                    .is_some_and(|x| c < x.interpretation.len()) =>
            {
                Ok((s, c))
            }
            Some(InterpRow::Booth(..)) => Err(crate::tr!("tui-booth-gone")),
            Some(InterpRow::Session(_)) => Err(crate::tr!("tui-select-booth-first")),
            _ => Err(crate::tr!("tui-no-session-selected")),
        }
    }

    /// The meeting the Interpretation view was built for, if still open.
    fn interp_entry(&self) -> Option<MeetingId> {
        self.interp.entry.filter(|&e| self.library.get(e).is_some())
    }

    pub(crate) fn interp_command(&mut self, c: InterpCommand) {
        if self.view != View::Interpretation {
            return;
        }
        let Some(e) = self.interp_entry() else {
            return;
        };
        let r = match self.plan_interp(c, e) {
            Ok(Outcome::Popup(p)) => {
                self.interp.popup = Some(p);
                Ok(())
            }
            Ok(Outcome::Edit(tx)) => {
                self.apply_interp_edit(e, tx);
                Ok(())
            }
            Ok(Outcome::Ask(c)) => {
                self.edit.push(Modal::Confirm(c));
                Ok(())
            }
            Ok(Outcome::Turns) => self.write_turns(e),
            Err(why) => Err(why),
        };
        if let Err(why) = r {
            self.say(Level::Warning, why);
        }
    }

    /// What a key on the Interpretation view leads to, decided without
    /// changing anything.
    fn plan_interp(&self, c: InterpCommand, e: MeetingId) -> Result<Outcome, String> {
        let (lang, _) = self.language();
        let m = self.library[e].meeting();
        match c {
            InterpCommand::AddInterpreter => {
                let (s, ch) = self.selected_booth()?;
                Ok(self.popup(
                    PopupKind::AddInterpreter,
                    (s, ch),
                    interpreter_choices(m, s, ch, &lang),
                    &crate::tr!("tui-no-interpreters"),
                ))
            }
            InterpCommand::RemoveInterpreter => {
                let (s, ch) = self.selected_booth()?;
                Ok(self.popup(
                    PopupKind::RemoveInterpreter,
                    (s, ch),
                    team_choices(m, s, ch, &lang),
                    &crate::tr!("tui-booth-nobody"),
                ))
            }
            InterpCommand::SetRelay => {
                let (s, ch) = self.selected_booth()?;
                Ok(self.popup(PopupKind::Relay, (s, ch), relay_choices(m, s, ch), ""))
            }
            InterpCommand::AddLanguage => {
                let s = self.selected_interp_session()?;
                Ok(self.popup(
                    PopupKind::AddLanguage,
                    (s, 0),
                    language_choices(m, s),
                    &crate::tr!("tui-every-language-offered"),
                ))
            }
            InterpCommand::ToggleTwoWay => {
                let (s, ch) = self.selected_booth()?;
                toggle_two_way(m, s, ch).map(Outcome::Edit)
            }
            InterpCommand::RemoveLanguage => {
                let (s, ch) = self.selected_booth()?;
                remove_channel(m, s, ch).map(Outcome::Edit)
            }
            InterpCommand::WriteTurns => Ok(Outcome::Turns),
            InterpCommand::SameTeamAllDay => {
                let (s, ch) = self.selected_booth()?;
                same_team(m, e, (s, ch), &lang)
            }
        }
    }

    /// A choice popup over booth `target`, filtered as the matcher does
    /// (`empty` says why nothing is listed).
    fn popup(
        &self,
        kind: PopupKind,
        target: (usize, usize),
        all: Vec<Choice>,
        empty: &str,
    ) -> Outcome {
        let mut p = Popup {
            kind,
            target,
            filter: TextInput::default(),
            shown: Vec::new(),
            all,
            selected: 0,
            empty: empty.to_string(),
        };
        p.refilter(&self.matcher);
        Outcome::Popup(p)
    }

    /// Writes the selected session's sheet (booths, loads, turn plans,
    /// warnings) beside the agenda; the same text as
    /// `plenary interpretation FILE --session ID`.
    fn write_turns(&mut self, e: MeetingId) -> Result<(), String> {
        let s = self.selected_interp_session()?;
        let entry = &self.library[e];
        let m = entry.meeting();
        let Some((written, shown)) = self.zone.zones(m) else {
            return Err(crate::tr!(
                "tui-meeting-zone-unknown",
                zone = m.timezone.as_str()
            ));
        };
        let (lang, _) = self.language();
        let text = crate::report::interpretation::sheet(
            entry.doc(),
            written,
            shown,
            &lang,
            80,
            Some(s),
            true,
        );
        let path = turns_path(&entry.doc().path, &m.sessions[s].id);
        crate::save::atomic::write(&path, text.as_bytes(), None)
            .map_err(|e| e.msg().render(crate::i18n::current()))?;
        self.say(
            Level::Note,
            crate::tr!(
                "tui-turn-plan-written",
                file = crate::tui::library::Library::show_path(&path)
            ),
        );
        Ok(())
    }

    /// Applies a staffing edit through the one edit path (so `u` undoes it
    /// and the warnings update at once).
    fn apply_interp_edit(&mut self, e: MeetingId, tx: Transaction) {
        super::editing::apply_edit(self, e, tx);
    }

    /// Takes the popup's choice.
    fn pick(&mut self) {
        let Some(p) = self.interp.popup.take() else {
            return;
        };
        let Some(choice) = p.current().cloned() else {
            self.say(
                Level::Warning,
                if p.empty.is_empty() {
                    crate::tr!("tui-nothing-matches")
                } else {
                    p.empty.clone()
                },
            );
            return;
        };
        let Some(e) = self.interp_entry() else {
            return;
        };
        let (s, ch) = p.target;
        let v = choice.value;
        match choice_edit(self.library[e].meeting(), p.kind, (s, ch), &v) {
            Ok(tx) => {
                self.apply_interp_edit(e, tx);
                if p.kind == PopupKind::AddLanguage {
                    // Select the new booth, ready to staff it.
                    self.select_booth_to(e, s, &v);
                }
            }
            Err(why) => self.say(Level::Error, why),
        }
    }

    /// Selects session `s`'s booth into `lang` in the Interpretation view.
    fn select_booth_to(&mut self, e: MeetingId, s: usize, lang: &str) {
        self.sync_interp();
        let ch = self.library[e].meeting().sessions[s]
            .interpretation
            .iter()
            .position(|c| c.to == lang);
        if let Some(at) = ch.and_then(|c| {
            self.interp
                .rows
                .iter()
                .position(|r| *r == InterpRow::Booth(s, c))
        }) {
            let cur = self.interp.list.scroll.selected;
            let h = self.layout(View::Interpretation).list.height();
            self.move_interp(at as isize - cur as isize, h);
        }
    }

    /// Keys while the popup is open; true when the popup took the key.
    /// The choice popup's keys: move, take, cancel, or type to filter.
    pub(crate) fn popup_press(&mut self, p: &Press) -> EventState {
        let Some(pop) = &mut self.interp.popup else {
            return EventState::NotConsumed;
        };
        let last = pop.shown.len().saturating_sub(1);
        match p {
            Press::Run(Command::Submit) => self.pick(),
            Press::Run(Command::Cancel) => self.interp.popup = None,
            Press::Run(Command::Up) => pop.selected = pop.selected.saturating_sub(1),
            Press::Run(Command::Down) => pop.selected = (pop.selected + 1).min(last),
            Press::Run(Command::PageUp) => pop.selected = pop.selected.saturating_sub(8),
            Press::Run(Command::PageDown) => pop.selected = (pop.selected + 8).min(last),
            _ => {
                let before = pop.filter.as_str().to_string();
                if edit_text(&mut pop.filter, p) && pop.filter.as_str() != before {
                    pop.selected = 0;
                    pop.refilter(&self.matcher);
                }
            }
        }
        EventState::Consumed
    }
}
