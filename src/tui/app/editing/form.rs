//! A form: labelled fields, one focused; Tab and Shift-Tab move between
//! them, Enter applies, Esc cancels. A field can be checked as soon as the
//! person leaves it, and whatever the whole form refuses is shown at the
//! field it is about, so nothing bad is ever written.
//!
//! Fields that hold a choice (a participant, languages, a kind) are filled
//! from a [`Picker`]: typing a letter there opens it with that letter,
//! Space opens it with everything listed, Backspace removes the last choice.
//!
//! A field that stands for a value of the file a report may only propose
//! (a start, a room) can be marked "not confirmed" with Ctrl-t; the form
//! hands the marks over by the file's field names, as `tentative: [start,
//! room]` writes them.

use super::picker::{Picker, Source};
use crate::tui::input::{InputOp, TextInput};

/// A check run when the person leaves the field; the message says what
/// would be right.
pub type Check = fn(&str) -> Result<(), String>;

/// An id as files use them: lowercase ASCII letters, digits and `-`
/// (empty: one is made from the name or title).
pub fn id_check(s: &str) -> Result<(), String> {
    if s.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        Ok(())
    } else {
        Err(format!(
            "`{s}` is not an id: use lowercase letters, digits and -, such as webinar-2 (empty makes one)"
        ))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// yes / no, flipped with Space.
    Toggle,
    /// Filled from a picker; `multi` keeps a comma-separated list.
    Pick {
        source: Source,
        multi: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Field {
    /// What the submit code looks the field up by.
    pub name: String,
    pub label: String,
    pub value: String,
    pub kind: Kind,
    pub error: Option<String>,
    pub check: Option<Check>,
    /// Writes a value that passed its check the canonical way when the
    /// person leaves the field (`3pm` → `15:00`), so they see what was understood.
    pub tidy: Option<fn(&str) -> Option<String>>,
    /// Shown dimmed after the value while it is empty (e.g. "11:00, 11, 3pm").
    pub placeholder: String,
    /// What a value its check refuses most likely meant (`Almaty` →
    /// `Asia/Almaty`): filled in for the person to take with Enter (or
    /// to correct), the field saying so, rather than only named.
    pub suggest: Option<fn(&str) -> Option<String>>,
    /// Say in the status line when [`Field::tidy`] rewrote the value (a
    /// country's name became its code), since the change is not obvious.
    pub tidy_said: bool,
    /// The file's name for this value in a `tentative:` list (`start`),
    /// when it can be marked not confirmed; fields sharing a name (a title
    /// in two languages) are marked together.
    pub mark: Option<&'static str>,
    /// Marked not confirmed.
    pub tentative: bool,
    /// The part of the record whose own `tentative` the mark goes to (a
    /// channel's booth, `booth:ru`), when not the record itself: fields of
    /// one name in two scopes are marked apart.
    pub scope: Option<String>,
}

impl Field {
    pub fn text(name: &str, label: &str, value: impl Into<String>) -> Field {
        Field {
            name: name.into(),
            label: label.into(),
            value: value.into(),
            kind: Kind::Text,
            error: None,
            check: None,
            tidy: None,
            suggest: None,
            tidy_said: false,
            placeholder: String::new(),
            mark: None,
            tentative: false,
            scope: None,
        }
    }

    pub fn toggle(name: &str, label: &str, on: bool) -> Field {
        Field {
            kind: Kind::Toggle,
            ..Field::text(name, label, if on { "yes" } else { "no" })
        }
    }

    pub fn pick(name: &str, label: &str, source: Source, multi: bool, values: &[String]) -> Field {
        Field {
            kind: Kind::Pick { source, multi },
            ..Field::text(name, label, values.join(", "))
        }
    }

    pub fn checked(mut self, c: Check) -> Field {
        self.check = Some(c);
        self
    }

    pub fn tidied(mut self, t: fn(&str) -> Option<String>) -> Field {
        self.tidy = Some(t);
        self
    }

    /// A refused value is replaced by what `s` suggests (see [`Field::suggest`]).
    pub fn suggesting(mut self, s: fn(&str) -> Option<String>) -> Field {
        self.suggest = Some(s);
        self
    }

    /// [`Field::tidied`], saying so in the status line when it rewrote the value.
    pub fn tidied_aloud(mut self, t: fn(&str) -> Option<String>) -> Field {
        self.tidy = Some(t);
        self.tidy_said = true;
        self
    }

    pub fn hint(mut self, h: impl Into<String>) -> Field {
        self.placeholder = h.into();
        self
    }

    /// Can be marked not confirmed, as `name` in the record's `tentative`
    /// list; `on` when the file marks it so already.
    pub fn markable(mut self, name: &'static str, on: bool) -> Field {
        self.mark = Some(name);
        self.tentative = on;
        self
    }

    /// Its mark goes to the part of the record `scope` names (see [`Field::scope`]).
    pub fn scoped(mut self, scope: String) -> Field {
        self.scope = Some(scope);
        self
    }

    /// The values of a pick field.
    pub fn values(&self) -> Vec<String> {
        self.value
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    pub fn is_on(&self) -> bool {
        self.value == "yes"
    }

    /// Checks the value and tidies one that passed; the tidied value's
    /// announcement when [`Field::tidy_said`] and it changed.
    fn validate(&mut self) -> Option<String> {
        self.error = self.check.and_then(|c| c(self.value.trim()).err());
        if self.error.is_some() {
            self.fill_suggestion();
        }
        if self.error.is_none()
            && let Some(v) = self.tidy.and_then(|t| t(self.value.trim()))
        {
            let was = std::mem::replace(&mut self.value, v);
            if self.tidy_said && was.trim() != self.value {
                return Some(crate::tr!(
                    "tui-field-tidied",
                    field = self.label.trim_end_matches(':'),
                    was = was.trim(),
                    now = self.value.as_str()
                ));
            }
        }
        None
    }
}

impl Field {
    /// A refused value replaced by its suggestion when that one passes
    /// the check; the field keeps a note (shown as its error, so the form
    /// stops there once) saying what was filled in and that Enter takes it.
    fn fill_suggestion(&mut self) {
        let was = self.value.trim().to_string();
        let Some(now) = self.suggest.and_then(|s| s(&was)) else {
            return;
        };
        if now == was || self.check.is_some_and(|c| c(&now).is_err()) {
            return;
        }
        self.error = Some(crate::tr!(
            "form-suggestion-filled",
            was = was.as_str(),
            now = now.as_str()
        ));
        self.value = now;
    }
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The picker of the focused pick field, while it is open.
    pub picker: Option<Picker>,
    /// A message about the whole form (shown under the title).
    pub note: Option<String>,
    /// The focused field was just entered: typing replaces its value (as
    /// a selected field does in any form); Backspace or End edits it instead.
    pub fresh: bool,
    /// The focused field's value as a line with a cursor (text fields);
    /// every change is written back to the field's `value`.
    pub input: TextInput,
    /// Run after the person leaves a field (its index): what one field
    /// means for others is shown at once (an end typed as `+90m` read
    /// against the start, a booth's fields for a language just added).
    pub after_leave: Option<fn(&mut Form, usize)>,
    /// The time a length typed as an end counts from when no field of
    /// the form holds it (the session's start, in the resize form).
    pub anchor: Option<String>,
    /// What leaving a field rewrote, for the status line (taken by the caller).
    pub said: Option<String>,
    /// Every field's value (and mark) before the person's first key, so
    /// Esc asks before dropping what they typed, and only then.
    pub initial: Option<Vec<(String, String, bool)>>,
    /// People the form added to the roster on the way (a speaker typed
    /// new, Ctrl-a): their id, name and the history's point right after,
    /// so a cancel takes them back off.
    pub added: Vec<Added>,
}

/// Someone a form added to the roster while it was open.
#[derive(Debug, Clone)]
pub struct Added {
    pub id: String,
    pub name: String,
    /// Where the meeting's history was right after the add.
    pub at: crate::edit::SavePoint,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Form {
        let mut f = Form {
            title: title.into(),
            fields,
            focus: 0,
            picker: None,
            note: None,
            fresh: true,
            input: TextInput::default(),
            after_leave: None,
            anchor: None,
            said: None,
            initial: None,
            added: Vec::new(),
        };
        f.load_input();
        f
    }

    /// The fields as [`Form::initial`] keeps them.
    fn snapshot(&self) -> Vec<(String, String, bool)> {
        self.fields
            .iter()
            .map(|f| (f.name.clone(), f.value.trim().to_string(), f.tentative))
            .collect()
    }

    /// Keeps the fields as they are now as the form's starting point,
    /// once: called before the person's first key reaches the form.
    pub fn remember_start(&mut self) {
        if self.initial.is_none() {
            self.initial = Some(self.snapshot());
        }
    }

    /// Whether the person changed anything since [`Form::remember_start`]:
    /// a value, a mark, a field a change brought in or took out, or
    /// someone added to the roster. A value only written the canonical way
    /// on leaving its field (`9:00` → `09:00`) is no change.
    pub fn changed(&self) -> bool {
        if !self.added.is_empty() {
            return true;
        }
        let Some(initial) = &self.initial else {
            return false;
        };
        let now = self.snapshot();
        if now.len() != initial.len() {
            return true;
        }
        now.iter()
            .zip(initial)
            .zip(&self.fields)
            .any(|((n, i), f)| {
                let same_value =
                    n.1 == i.1 || f.tidy.and_then(|t| t(&i.1)).is_some_and(|t| t == n.1);
                n.0 != i.0 || n.2 != i.2 || !same_value
            })
    }

    /// Ctrl-t: marks the focused field not confirmed, or confirmed again
    /// (with every field of the same name); `None` when it cannot be.
    pub fn toggle_tentative(&mut self) -> Option<bool> {
        let name = self.focused()?.mark?;
        let scope = self.focused()?.scope.clone();
        let on = !self.focused()?.tentative;
        for f in self
            .fields
            .iter_mut()
            .filter(|f| f.mark == Some(name) && f.scope == scope)
        {
            f.tentative = on;
        }
        Some(on)
    }

    /// The record's own names marked not confirmed, once each, in field order.
    pub fn marked(&self) -> Vec<&'static str> {
        self.marked_in(None)
    }

    /// The names marked not confirmed in `scope` (the record's own: `None`).
    pub fn marked_in(&self, scope: Option<&str>) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for n in self
            .fields
            .iter()
            .filter(|f| f.tentative && f.scope.as_deref() == scope)
            .filter_map(|f| f.mark)
        {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// Puts `field` in place of the field named `name`, or inserts it at
    /// `at` when there is none; what was typed in a field kept is kept.
    pub fn upsert(&mut self, at: usize, field: Field) -> usize {
        match self.fields.iter().position(|f| f.name == field.name) {
            Some(i) => i,
            None => {
                let at = at.min(self.fields.len());
                self.fields.insert(at, field);
                if at <= self.focus && self.fields.len() > 1 {
                    self.focus += 1;
                }
                at
            }
        }
    }

    /// Takes out the fields `drop` says so of, keeping the focus on the
    /// field it was on (or the one before, when that one goes).
    pub fn remove_where(&mut self, drop: impl Fn(&Field) -> bool) {
        let focused = self.focus;
        let mut i = 0;
        let mut new_focus = focused;
        self.fields.retain(|f| {
            let gone = drop(f);
            if gone && i <= focused {
                new_focus = new_focus.saturating_sub(1);
            }
            i += 1;
            !gone
        });
        self.focus = new_focus.min(self.fields.len().saturating_sub(1));
    }

    /// The focused field's value into the line, the cursor at its end.
    fn load_input(&mut self) {
        let v = self.fields.get(self.focus).map_or("", |f| f.value.as_str());
        self.input = TextInput::new(v);
    }

    pub fn get(&self, name: &str) -> &str {
        self.field(name).map_or("", |f| f.value.trim())
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn field_mut(&mut self, name: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    /// Moves the focus, checking the field being left.
    pub fn move_focus(&mut self, delta: isize) {
        let left = self.focus;
        if let Some(f) = self.fields.get_mut(left) {
            self.said = f.validate();
        }
        let n = self.fields.len().max(1) as isize;
        self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
        // The hook may add or take out fields: the focus follows the field
        // it moved to, by name.
        if let Some(hook) = self.after_leave {
            let to = self.fields.get(self.focus).map(|f| f.name.clone());
            let from = self.fields.get(left).map(|f| f.name.clone());
            hook(self, left);
            let at = |name: Option<String>| {
                let name = name?;
                self.fields.iter().position(|f| f.name == name)
            };
            // The field moved to may have gone with the one left (a booth's
            // fields when its language is taken out): then the one now
            // beside the field left.
            if let Some(i) = at(to) {
                self.focus = i;
            } else if let Some(i) = at(from) {
                self.focus =
                    (i as isize + delta).rem_euclid(self.fields.len().max(1) as isize) as usize;
            }
            self.focus = self.focus.min(self.fields.len().saturating_sub(1));
        }
        self.fresh = true;
        self.load_input();
    }

    /// A typed character; a pick field answers by asking for its picker
    /// (the caller builds it, as only it knows the meeting).
    pub fn type_char(&mut self, c: char) -> Option<(Source, String)> {
        let fresh = std::mem::replace(&mut self.fresh, false);
        let f = self.fields.get_mut(self.focus)?;
        match f.kind {
            Kind::Text => {
                if fresh {
                    self.input.set("");
                }
                self.input.insert(c);
                f.value = self.input.as_str().to_string();
                f.error = None;
                None
            }
            Kind::Toggle => {
                let on = match c {
                    'y' | 'Y' => true,
                    'n' | 'N' => false,
                    _ => !f.is_on(),
                };
                f.value = if on { "yes" } else { "no" }.into();
                None
            }
            Kind::Pick { source, .. } => {
                let q = if c == ' ' {
                    String::new()
                } else {
                    c.to_string()
                };
                Some((source, q))
            }
        }
    }

    /// A key of the text line: edits a text field at the cursor (after
    /// it, the value no longer being replaced by typing); Backspace takes
    /// the last choice off a pick field, Ctrl-U all of them.
    pub fn input_op(&mut self, op: InputOp) {
        self.fresh = false;
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        match f.kind {
            Kind::Text => {
                if self.input.apply(op) {
                    f.value = self.input.as_str().to_string();
                    f.error = None;
                }
            }
            Kind::Toggle => {}
            Kind::Pick { .. } => {
                let mut v = f.values();
                match op {
                    InputOp::Backspace | InputOp::DeleteWord => {
                        v.pop();
                    }
                    InputOp::Clear => v.clear(),
                    _ => return,
                }
                f.value = v.join(", ");
                f.error = None;
            }
        }
    }

    /// Pasted text into a text field (replacing a just-entered value, as typing does).
    pub fn paste(&mut self, s: &str) {
        let fresh = std::mem::replace(&mut self.fresh, false);
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        if f.kind == Kind::Text {
            if fresh {
                self.input.set("");
            }
            self.input.paste(s);
            f.value = self.input.as_str().to_string();
            f.error = None;
        }
    }

    /// Puts a picked value into the focused field (added to a list, or in place).
    pub fn set_picked(&mut self, value: String) {
        let Some(f) = self.fields.get_mut(self.focus) else {
            return;
        };
        if let Kind::Pick { multi: true, .. } = f.kind {
            let mut v = f.values();
            if !v.contains(&value) {
                v.push(value);
            }
            f.value = v.join(", ");
        } else {
            f.value = value;
        }
        f.error = None;
    }

    /// Runs every field's own check; true when all pass.
    pub fn validate_all(&mut self) -> bool {
        for f in &mut self.fields {
            if let Some(said) = f.validate() {
                self.said = Some(said);
            }
        }
        self.focus_first_error()
    }

    /// Shows `errors` at their fields (unknown names go to the note) and
    /// focuses the first; true when there were none.
    pub fn show_errors(&mut self, errors: Vec<(String, String)>) -> bool {
        for (name, msg) in errors {
            match self.field_mut(&name) {
                Some(f) => f.error = Some(msg),
                None => self.note = Some(msg),
            }
        }
        self.focus_first_error() && self.note.is_none()
    }

    fn focus_first_error(&mut self) -> bool {
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(i) => {
                self.focus = i;
                self.fresh = true;
                self.load_input();
                false
            }
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(s: &str) -> Result<(), String> {
        crate::domain::Clock::parse_loose(s).map(|_| ())
    }

    #[test]
    fn a_bad_value_is_refused_at_the_field_when_leaving_it() {
        let mut f = Form::new(
            "t",
            vec![
                Field::text("start", "Start", "").checked(time),
                Field::text("notes", "Notes", ""),
            ],
        );
        for c in "9:00".chars() {
            f.type_char(c);
        }
        f.move_focus(1);
        f.move_focus(-1);
        // Typing into a field just entered replaces it.
        for c in "25:99".chars() {
            f.type_char(c);
        }
        f.move_focus(1);
        assert_eq!(f.focus, 1);
        let err = f.fields[0].error.clone().unwrap_or_default();
        assert!(err.contains("is not a time"), "{err}");
        assert!(!f.validate_all());
        assert_eq!(f.focus, 0, "the first bad field gets the focus");
        for _ in 0..5 {
            f.input_op(InputOp::Backspace);
        }
        for c in "3pm".chars() {
            f.type_char(c);
        }
        assert!(f.validate_all());
    }

    #[test]
    fn pick_fields_collect_choices_and_drop_the_last() {
        let mut f = Form::new(
            "t",
            vec![Field::pick(
                "interp",
                "Interpretation",
                Source::Languages,
                true,
                &[],
            )],
        );
        assert_eq!(f.type_char('r'), Some((Source::Languages, "r".into())));
        f.set_picked("ru".into());
        f.set_picked("kk".into());
        f.set_picked("ru".into());
        assert_eq!(f.get("interp"), "ru, kk");
        f.input_op(InputOp::Backspace);
        assert_eq!(
            f.field("interp").map(Field::values),
            Some(vec!["ru".into()])
        );
    }

    #[test]
    fn errors_from_the_whole_form_land_at_their_fields() {
        let mut f = Form::new(
            "t",
            vec![Field::text("a", "A", ""), Field::text("b", "B", "")],
        );
        assert!(!f.show_errors(vec![("b".into(), "bad b".into())]));
        assert_eq!(f.focus, 1);
        assert_eq!(f.fields[1].error.as_deref(), Some("bad b"));
    }
}
