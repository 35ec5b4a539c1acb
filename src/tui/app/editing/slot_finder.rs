//! The slot finder on a session (`F` in the Schedule and the day grid): the
//! free times `crate::slots` ranks for it, shown in the Schedule's zone
//! with why each ranks where it does, then the near misses with what rules
//! each out. Enter moves the session there as one undoable edit (the move
//! the `m` form makes, nothing else pushed); Esc closes.

use std::any::Any;

use chrono::{NaiveDate, TimeZone};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::dialog::Dialog;
use super::draw::{centered, dialog};
use super::{Modal, apply_edit};
use crate::domain::{Clock, Meeting};
use crate::edit::ops;
use crate::slots::{self, Found, Request, RuledOut, Slot};
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::app::focus::Press;
use crate::tui::keymap::{DialogKeys, Overlay, Scope as S, b, code};
use crate::tui::library::MeetingId;
use crate::tui::sanitize::fit;
use crate::tui::status::Level;

/// Its keys: `?` and the footer show them.
#[rustfmt::skip]
pub static KEYS: DialogKeys = DialogKeys {
    title: "In the slot finder (F on a session)",
    takes_text: false,
    has_input: false,
    keys: &[
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Up)], C::Up, "the free time above", ""),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Down)], C::Down, "the free time below", "choose"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Enter)], C::Submit, "move the session to the chosen time (u undoes it)", "move there"),
    b(S::Overlay(Overlay::Dialog(&KEYS)), &[code(KeyCode::Esc)], C::Cancel, "close the slot finder, changing nothing", "close"),
    ],
};

/// The free slots shown at most, and the near misses.
const FREE: usize = 12;
const NEAR: usize = 5;

/// The finder's answer for one session, and the chosen free slot.
#[derive(Debug, Clone)]
pub struct SlotFinder {
    pub entry: MeetingId,
    pub session: usize,
    pub req: Request,
    pub found: Found,
    pub selected: usize,
}

/// Opens the finder on session `i` of meeting `e` (its own length).
pub fn open(app: &mut App, e: MeetingId, i: usize) {
    let m = app.library[e].meeting();
    let Some(req) = Request::for_session(m, i, None) else {
        return;
    };
    let found = slots::find(m, &req);
    app.edit.push(Modal::dialog(SlotFinder {
        entry: e,
        session: i,
        req,
        found,
        selected: 0,
    }));
}

impl SlotFinder {
    /// The free slots offered (the first [`FREE`]).
    pub fn offered(&self) -> &[Slot] {
        &self.found.free[..self.found.free.len().min(FREE)]
    }
}

impl Dialog for SlotFinder {
    fn keys(&self) -> &'static DialogKeys {
        &KEYS
    }

    fn draw(&self, app: &App, f: &mut Frame, area: Rect) {
        let m = app.library[self.entry].meeting();
        let w = area.width.saturating_sub(4).min(90);
        let lines = lines(app, m, self, usize::from(w).saturating_sub(2));
        let h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let r = centered(area, w, h);
        let visible = usize::from(r.height.saturating_sub(2));
        // Keep the chosen line in sight: it is line `selected + 2`.
        let top = (self.selected + 3).saturating_sub(visible);
        let title = crate::tr!("tui-slot-title", id = self.req.session.id.as_str());
        let hint = crate::tr!("tui-slot-hint");
        dialog(app, f, r, &title, &hint, lines, top);
    }

    fn press(mut self: Box<Self>, app: &mut App, p: &Press) -> Option<Modal> {
        let n = self.offered().len();
        match p {
            Press::Run(C::Up) => self.selected = self.selected.saturating_sub(1),
            Press::Run(C::Down) => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Press::Run(C::Submit) => {
                move_there(app, &self);
                return None;
            }
            Press::Run(C::Cancel) => return None,
            _ => {}
        }
        Some(Modal::Dialog(self))
    }

    fn boxed_clone(&self) -> Box<dyn Dialog> {
        Box::new(self.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Enter: the session moves to the chosen slot, one edit named in the
/// status line and in undo.
fn move_there(app: &mut App, d: &SlotFinder) {
    let Some(s) = d.offered().get(d.selected) else {
        app.say(Level::Note, crate::tr!("tui-nothing-changed"));
        return;
    };
    let m = app.library[d.entry].meeting();
    match ops::move_session(m, d.session, s.date, s.start, false) {
        Ok(tx) => {
            apply_edit(app, d.entry, tx);
        }
        Err(e) => app.say(Level::Error, e),
    }
}

/// A slot's date and times in the zone the Schedule shows, with the zone's
/// name when it is not the meeting's.
fn when(app: &App, m: &Meeting, date: NaiveDate, a: Clock, b: Clock) -> String {
    // A day as the rest of the interface writes it (the meeting's year
    // goes without saying), not ISO.
    let day = |d: NaiveDate| crate::i18n::dates::short_day_month(d, crate::i18n::current());
    let plain = format!("{} {a}-{b}", day(date));
    let Some((written, shown)) = app.zone.zones(m) else {
        return plain;
    };
    if written == shown {
        return plain;
    }
    let at = |c: Clock| {
        let t = date.and_hms_opt(
            u32::try_from(c.minutes() / 60).ok()?,
            u32::try_from(c.minutes() % 60).ok()?,
            0,
        )?;
        written
            .from_local_datetime(&t)
            .earliest()
            .map(|x| x.with_timezone(&shown))
    };
    match (at(a), at(b)) {
        (Some(x), Some(y)) => format!(
            "{} {}-{} {}",
            day(x.date_naive()),
            x.format("%H:%M"),
            y.format("%H:%M"),
            shown.name()
        ),
        _ => plain,
    }
}

/// Why a free slot ranks where it does (see `slots::rank`).
fn why_ranked(m: &Meeting, d: &SlotFinder, s: &Slot) -> String {
    let here = m.sessions.get(d.session);
    let place = match here.map(|h| (h.date, h.start)) {
        Some((day, Some(st))) if day == s.date && st == s.start => crate::tr!("tui-slot-why-now"),
        Some((day, Some(st))) if day == s.date => crate::tr!(
            "tui-slot-why-same-day",
            minutes = (s.start.minutes() - st.minutes()).abs()
        ),
        _ => crate::tr!("tui-slot-why-other-day"),
    };
    let room = if s.margin >= 60 {
        crate::tr!("tui-slot-why-spare")
    } else {
        crate::tr!("tui-slot-why-tight", minutes = s.margin)
    };
    format!("{place}; {room}")
}

/// A near miss's reason in the interface language.
pub fn reason(r: &RuledOut) -> String {
    match r {
        RuledOut::Room {
            room,
            session,
            span,
        } => crate::tr!(
            "tui-slot-room-taken",
            room = room.as_str(),
            session = session.as_str(),
            span = span.as_str()
        ),
        RuledOut::Break { session, span } => crate::tr!(
            "tui-slot-break",
            session = session.as_str(),
            span = span.as_str()
        ),
        RuledOut::Booked {
            name,
            session,
            span,
            ..
        } => crate::tr!(
            "tui-slot-booked",
            name = name.as_str(),
            session = session.as_str(),
            span = span.as_str()
        ),
        RuledOut::LocalTime {
            name,
            zone,
            local,
            hours,
            ..
        } => crate::tr!(
            "tui-slot-local-time",
            name = name.as_str(),
            zone = zone.as_str(),
            local = local.as_str(),
            hours = hours.as_str()
        ),
        RuledOut::InterpreterDay {
            name, minutes, max, ..
        } => crate::tr!(
            "tui-slot-interpreter-day",
            name = name.as_str(),
            minutes = *minutes,
            max = *max
        ),
    }
}

/// The dialog's lines: a heading, the free slots (the chosen one marked),
/// then the near misses.
fn lines(app: &App, m: &Meeting, d: &SlotFinder, w: usize) -> Vec<Line<'static>> {
    let t = app.theme;
    let room = d.req.session.room.as_deref().unwrap_or("-");
    let mut out = vec![Line::from(Span::styled(
        fit(
            &crate::tr!(
                "tui-slot-heading",
                n = d.found.free.len(),
                minutes = d.req.minutes
            ),
            w,
        ),
        t.dim(),
    ))];
    out.push(Line::default());
    if d.found.free.is_empty() {
        out.push(Line::from(crate::tr!("tui-slot-none-free")));
    }
    for (n, s) in d.offered().iter().enumerate() {
        let text = format!(
            "{} {}  {}  {}",
            if n == d.selected { '▶' } else { ' ' },
            when(app, m, s.date, s.start, s.end),
            room,
            why_ranked(m, d, s)
        );
        let text = fit(&text, w);
        out.push(if n == d.selected {
            Line::from(Span::styled(text, t.selected()))
        } else {
            Line::from(text)
        });
    }
    if !d.found.near.is_empty() {
        out.push(Line::default());
        out.push(Line::from(Span::styled(
            crate::tr!("tui-slot-near"),
            t.dim(),
        )));
    }
    for x in d.found.near.iter().take(NEAR) {
        let why: Vec<String> = x.why.iter().map(reason).collect();
        let text = format!(
            "  {}  {}",
            when(app, m, x.slot.date, x.slot.start, x.slot.end),
            why.join("; ")
        );
        out.push(Line::from(fit(&text, w)));
    }
    out
}
