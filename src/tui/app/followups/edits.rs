//! The Follow-ups view's commands: filters, grouping, search, and the edits
//! (status, a note, the due date, carry-over, review mode; the form in
//! `form.rs`). Each edit is a `followups::ops` transaction applied through
//! `editing::apply_edit`, the one edit path, so it is undoable and saved
//! like any other.

use crate::domain::FollowUpStatus;
use crate::edit::Transaction;
use crate::followups::{self, DueInput, ops};
use crate::tui::action::{Command, View};
use crate::tui::app::App;
use crate::tui::app::editing::edit_text;
use crate::tui::app::focus::{EventState, Press};
use crate::tui::input::TextInput;
use crate::tui::library::MeetingId;
use crate::tui::status::Level;

use super::prompt::{Ask, Prompt};
use super::review::Review;

impl App {
    /// Applies an edit through the one edit path (`editing::apply_edit`),
    /// remembering which meeting it changed: in the Follow-ups view across
    /// every meeting, `u` undoes the last edit made here, wherever it is.
    pub fn apply_followup_edit(&mut self, e: MeetingId, tx: Transaction) -> bool {
        // The follow-up under the cursor stays listed (and under the
        // cursor) after the edit, even if the filters now leave it out.
        if self.view == View::FollowUps
            && self.followups.review.is_none()
            && let Some((te, ti)) = self.target()
        {
            self.followups.keep_listed(&self.library.entries, te, ti);
        }
        let ok = crate::tui::app::editing::apply_edit(self, e, tx);
        if ok {
            self.followups.edited.push(e);
            self.followups.undone.clear();
        }
        ok
    }

    /// The meeting `u` (or Ctrl-r) acts on: in the Follow-ups view, the one
    /// its last edit (or undo) touched; elsewhere the current meeting.
    pub fn undo_target(&mut self, redo: bool) -> Option<MeetingId> {
        if self.view == View::FollowUps {
            let st = &mut self.followups;
            let (from, to) = if redo {
                (&mut st.undone, &mut st.edited)
            } else {
                (&mut st.edited, &mut st.undone)
            };
            while let Some(e) = from.pop() {
                let h = self.library.get(e).map(|x| &x.editor.history);
                if h.is_some_and(|h| if redo { h.can_redo() } else { h.can_undo() }) {
                    to.push(e);
                    return Some(e);
                }
            }
        }
        self.current()
    }

    /// What Ctrl-s saves besides the current meeting: in the Follow-ups
    /// view across every meeting, every meeting with unsaved edits.
    pub fn save_targets(&self) -> Vec<MeetingId> {
        if self.view != View::FollowUps || !self.followups.all {
            return Vec::new();
        }
        self.library
            .entries
            .iter()
            .filter(|e| e.editor.is_dirty())
            .map(|e| e.id)
            .collect()
    }

    /// The Follow-ups view's own keys, and adding one from the Schedule.
    pub(crate) fn followups_command(&mut self, c: Command) -> EventState {
        EventState::from(self.followups_view_command(c))
    }

    fn followups_view_command(&mut self, c: Command) -> bool {
        if self.view == View::Schedule && c == Command::AddFollowUp {
            self.add_from_session();
            return true;
        }
        if self.view != View::FollowUps {
            return false;
        }
        if matches!(
            c,
            Command::FilterOwner
                | Command::FilterMeeting
                | Command::FilterTag
                | Command::FilterCountry
        ) {
            let cur = self.current();
            self.followups
                .ensure_facets(&self.library.entries, cur, self.today);
        }
        if let Some(said) = self.followups.filter_key(c) {
            self.say(Level::Note, said);
            return true;
        }
        let st = &mut self.followups;
        match c {
            Command::Search => {
                st.input = Some(TextInput::new(st.query.as_str()));
            }
            Command::Back if st.has_filters() => {
                st.clear_filters();
            }
            Command::StatusNext | Command::AddNote | Command::MoveDue => {
                return self.one_followup_command(c);
            }
            Command::EditFollowUp => {
                if let Some((e, i)) = self.target_or_say() {
                    self.edit_followup_form(e, i);
                }
            }
            Command::StartReview => self.start_review(),
            Command::CarryOver => self.carry_over(),
            _ => return false,
        }
        true
    }

    fn ask(&mut self, make: impl FnOnce(MeetingId, usize, &str) -> (Ask, String, String)) {
        let Some((e, i)) = self.target_or_say() else {
            return;
        };
        let f = &self.library[e].meeting().follow_ups[i];
        let (ask, label, text) = make(e, i, &f.id);
        self.followups.prompt = Some(Prompt::new(ask, label, text));
    }

    /// The follow-up an edit key acts on: review mode's current one, else the selected row.
    fn target(&self) -> Option<(MeetingId, usize)> {
        if let Some(r) = &self.followups.review {
            let step = r.current()?;
            let e = step.entry;
            let fus = &self.library.get(e)?.meeting().follow_ups;
            let i = match fus.get(step.index) {
                Some(f) if f.id == step.before.id => step.index,
                _ => fus.iter().position(|f| f.id == step.before.id)?,
            };
            return Some((e, i));
        }
        self.followups.selected().filter(|&(e, i)| {
            self.library
                .get(e)
                .is_some_and(|x| i < x.meeting().follow_ups.len())
        })
    }

    /// `target`, or a word in the footer that there is none.
    fn target_or_say(&mut self) -> Option<(MeetingId, usize)> {
        let t = self.target();
        if t.is_none() {
            self.say(Level::Warning, crate::tr!("tui-fu-none-selected"));
        }
        t
    }

    fn next_status(&mut self) {
        let Some((e, i)) = self.target_or_say() else {
            return;
        };
        let s = self.library[e].meeting().follow_ups[i].status;
        self.set_status(e, i, ops::next_status(s));
    }

    fn set_status(&mut self, e: MeetingId, i: usize, s: FollowUpStatus) {
        match ops::status(self.library[e].meeting(), i, s, self.today) {
            Ok(tx) => {
                self.apply_followup_edit(e, tx);
            }
            Err(err) => self.say(Level::Error, err.msg().render(crate::i18n::current())),
        }
    }

    /// The search line: the list narrows as you type.
    pub(crate) fn followups_search_press(&mut self, p: &Press) -> EventState {
        let st = &mut self.followups;
        let Some(input) = &mut st.input else {
            return EventState::NotConsumed;
        };
        match p {
            Press::Run(Command::SearchAccept) => st.input = None,
            Press::Run(Command::SearchCancel) => {
                st.input = None;
                st.query.clear();
                st.invalidate();
            }
            _ if edit_text(input, p) => {
                if st.query != input.as_str() {
                    st.query = input.as_str().to_string();
                    st.invalidate();
                }
            }
            // Moving in the results is the list's.
            _ => return EventState::NotConsumed,
        }
        EventState::Consumed
    }

    /// The note or due-date prompt: Enter applies, Esc drops.
    pub(crate) fn note_prompt_press(&mut self, p: &Press) -> EventState {
        let Some(prompt) = &mut self.followups.prompt else {
            return EventState::NotConsumed;
        };
        match p {
            Press::Run(Command::Cancel) => self.followups.prompt = None,
            Press::Run(Command::Submit) => self.accept_prompt(),
            _ => {
                if edit_text(&mut prompt.text, p) {
                    prompt.error = None;
                }
            }
        }
        EventState::Consumed
    }

    /// Turns the prompt's text into its edit; a refusal keeps the prompt
    /// open with the reason, so the text can be fixed.
    fn accept_prompt(&mut self) {
        let Some(p) = self.followups.prompt.clone() else {
            return;
        };
        let text = p.text.trim().to_string();
        let today = self.today;
        let entry = match &p.ask {
            Ask::Note(e, _) | Ask::Due(e, _) => *e,
        };
        let Some(m) = self.library.get(entry).map(|x| x.meeting()) else {
            self.followups.prompt = None;
            return;
        };
        let tx: Result<Transaction, String> = match &p.ask {
            Ask::Note(_, i) => {
                ops::note(m, *i, today, &text).map_err(|e| e.msg().render(crate::i18n::current()))
            }
            Ask::Due(_, i) => followups::parse_due(&text, today).and_then(|d| {
                let d = match d {
                    DueInput::Date(d) => Some(d),
                    DueInput::Clear => None,
                };
                ops::due(m, *i, d).map_err(|e| e.msg().render(crate::i18n::current()))
            }),
        };
        match tx {
            Ok(tx) => {
                self.followups.prompt = None;
                self.apply_followup_edit(entry, tx);
            }
            Err(why) => {
                if let Some(p) = &mut self.followups.prompt {
                    p.error = Some(why);
                }
            }
        }
    }

    fn add_from_session(&mut self) {
        match (self.schedule.entry, self.selected_session()) {
            (Some(e), Some(s)) => self.new_followup_form(e, s),
            _ => self.say(Level::Warning, crate::tr!("tui-select-session-first")),
        }
    }

    fn start_review(&mut self) {
        let keys = super::state::keys(&self.library.entries);
        let reg = super::state::register(&self.library.entries, &keys);
        // The open ones the view shows, still owed and not carried on elsewhere.
        let mut filter = self.followups.filter();
        filter.status = followups::StatusFilter::Owed;
        filter.include_carried = false;
        let cur = self.current();
        let st = &mut self.followups;
        let mut rows = reg.select(&filter, self.today);
        st.search(&mut rows, &self.matcher);
        let cur = cur.and_then(|id| self.library.index_of(id));
        let ids: Vec<MeetingId> = self.library.entries.iter().map(|e| e.id).collect();
        let items: Vec<(MeetingId, usize)> = rows
            .into_iter()
            .filter(|r| {
                (st.all || Some(r.meeting_index) == cur)
                    && st.owner.as_ref().is_none_or(|o| r.owner.label() == *o)
                    && st
                        .meeting
                        .as_ref()
                        .is_none_or(|m| keys.get(r.meeting_index) == Some(m))
            })
            .filter_map(|r| Some((*ids.get(r.meeting_index)?, r.index)))
            .collect();
        if items.is_empty() {
            self.say(Level::Warning, crate::tr!("tui-fu-nothing-to-review"));
            return;
        }
        let n = items.len();
        self.followups.review = Some(Review::new(&items, &self.library.entries));
        self.say(Level::Note, crate::tr!("tui-fu-reviewing", n = n));
    }

    /// Review mode's keys; the global ones go on to the view.
    pub(crate) fn review_command(&mut self, c: Command) -> EventState {
        EventState::from(self.review_key(c))
    }

    fn review_key(&mut self, c: Command) -> bool {
        let Some(r) = &mut self.followups.review else {
            return false;
        };
        if r.done {
            match c {
                Command::ReviewEnd | Command::ReviewNext | Command::Back | Command::Open => {
                    self.followups.review = None;
                    self.followups.invalidate();
                }
                Command::ReviewPrev => {
                    r.done = false;
                    r.pos = r.steps.len().saturating_sub(1);
                }
                _ => return false,
            }
            return true;
        }
        match c {
            Command::ReviewNext => r.next(),
            Command::ReviewPrev => r.prev(),
            Command::ReviewEnd | Command::Back => r.done = true,
            Command::ReviewStatus(s) => {
                if let Some((e, i)) = self.target() {
                    self.set_status(e, i, s);
                }
            }
            Command::StatusNext | Command::AddNote | Command::MoveDue => {
                return self.one_followup_command(c);
            }
            _ => return false,
        }
        true
    }

    /// The keys that act on one follow-up, alike in the list and in review
    /// mode (where `target` is the one under review).
    fn one_followup_command(&mut self, c: Command) -> bool {
        match c {
            Command::StatusNext => self.next_status(),
            Command::AddNote => self.ask(|e, i, id| {
                (
                    Ask::Note(e, i),
                    crate::tr!("tui-fu-note-on", id = id),
                    String::new(),
                )
            }),
            Command::MoveDue => self.ask(|e, i, id| {
                (
                    Ask::Due(e, i),
                    crate::tr!("tui-fu-due-of", id = id),
                    String::new(),
                )
            }),
            _ => return false,
        }
        true
    }

    /// Links the open follow-ups of the series' previous meeting into the
    /// current one: one transaction, one undo.
    fn carry_over(&mut self) {
        let Some(cur) = self.current() else {
            return;
        };
        let keys = super::state::keys(&self.library.entries);
        let next = self.library[cur].meeting();
        let prev = followups::previous_in_series(
            keys.iter()
                .map(String::as_str)
                .zip(self.library.entries.iter().map(|e| e.meeting())),
            next,
        );
        let Some((pk, pm)) = prev else {
            self.say(
                Level::Warning,
                match &next.series {
                    None => crate::tr!("tui-fu-no-series"),
                    Some(s) => crate::tr!("tui-fu-no-earlier", series = s.as_str()),
                },
            );
            return;
        };
        let pk = pk.to_string();
        match followups::carry_over(&pk, pm, next) {
            Ok((tx, report)) if report.added.is_empty() => {
                let _ = tx;
                self.say(
                    Level::Note,
                    crate::tr!(
                        "tui-fu-nothing-to-carry",
                        from = pk.as_str(),
                        n = report.already.len()
                    ),
                );
            }
            Ok((tx, report)) => {
                if self.apply_followup_edit(cur, tx) {
                    let mut msg =
                        crate::tr!("tui-fu-carried", n = report.added.len(), from = pk.as_str());
                    if !report.already.is_empty() {
                        msg.push_str("; ");
                        msg.push_str(&crate::tr!("tui-fu-already-here", n = report.already.len()));
                    }
                    if !report.owner_named.is_empty() {
                        msg.push_str("; ");
                        msg.push_str(&crate::tr!(
                            "tui-fu-owner-named",
                            n = report.owner_named.len()
                        ));
                    }
                    msg.push(' ');
                    msg.push_str(&crate::tr!("tui-unsaved-hint"));
                    self.say(Level::Note, msg);
                }
            }
            Err(e) => self.say(Level::Error, e.msg().render(crate::i18n::current())),
        }
    }
}
