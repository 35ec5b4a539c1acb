//! One line of typed text with a cursor: the state behind every place that
//! takes text (searches, prompts, filters, form fields, the picker's query,
//! the `:` line). Its keys are the keymap's `Input` scope, so `?` and the
//! footer show them wherever a line is focused; drawing is
//! `widgets::input`. No terminal code here.

use std::ops::Deref;

/// What a key does to the line (bound in the keymap's `Input` scope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputOp {
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Delete the word before the cursor (Ctrl-W, Alt-Backspace).
    DeleteWord,
    /// Delete everything (Ctrl-U).
    Clear,
}

/// The text and where the cursor is (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    cursor: usize,
}

impl TextInput {
    /// `text` with the cursor after it.
    pub fn new(text: impl Into<String>) -> TextInput {
        let text = text.into();
        TextInput {
            cursor: text.len(),
            text,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The cursor as a byte offset into [`as_str`](Self::as_str).
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Replaces the text, the cursor after it.
    pub fn set(&mut self, text: impl Into<String>) {
        *self = TextInput::new(text);
    }

    /// Types `c` at the cursor; control characters are not text.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() {
            return false;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        true
    }

    /// Pasted text at the cursor: one line, so line breaks and tabs become
    /// spaces and other control characters are dropped.
    pub fn paste(&mut self, s: &str) -> bool {
        let clean: String = s
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .filter(|c| !c.is_control())
            .collect();
        let clean = clean.trim_end_matches(' ');
        self.text.insert_str(self.cursor, clean);
        self.cursor += clean.len();
        !clean.is_empty()
    }

    /// Applies a key; true when the text changed (the cursor alone moving
    /// is not a change).
    pub fn apply(&mut self, op: InputOp) -> bool {
        let before = self.text.len();
        match op {
            InputOp::Backspace => {
                if let Some(p) = self.prev_boundary() {
                    self.text.replace_range(p..self.cursor, "");
                    self.cursor = p;
                }
            }
            InputOp::Delete => {
                if let Some(n) = self.next_boundary() {
                    self.text.replace_range(self.cursor..n, "");
                }
            }
            InputOp::Left => self.cursor = self.prev_boundary().unwrap_or(self.cursor),
            InputOp::Right => self.cursor = self.next_boundary().unwrap_or(self.cursor),
            InputOp::Home => self.cursor = 0,
            InputOp::End => self.cursor = self.text.len(),
            InputOp::DeleteWord => {
                let start = self.word_start();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            InputOp::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
        }
        self.text.len() != before
    }

    fn prev_boundary(&self) -> Option<usize> {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.text[self.cursor..]
            .chars()
            .next()
            .map(|c| self.cursor + c.len_utf8())
    }

    /// Where the word before the cursor starts: spaces, then non-spaces.
    fn word_start(&self) -> usize {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }
}

/// Read access as a `&str` (`input.trim()`, `input.is_empty()`).
impl Deref for TextInput {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<&str> for TextInput {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor() {
        let mut i = TextInput::new("Li Fan");
        i.apply(InputOp::Home);
        i.insert('>');
        assert_eq!(i, ">Li Fan");
        i.apply(InputOp::End);
        i.apply(InputOp::Left);
        i.apply(InputOp::Backspace);
        assert_eq!(i, ">Li Fn");
        i.apply(InputOp::Delete);
        assert_eq!(i, ">Li F");
        assert!(!i.apply(InputOp::Delete), "nothing after the cursor");
    }

    #[test]
    fn moves_by_characters_not_bytes() {
        let mut i = TextInput::new("Алматы");
        i.apply(InputOp::Left);
        i.apply(InputOp::Backspace);
        assert_eq!(i, "Алмаы");
        assert_eq!(i.cursor(), "Алма".len());
    }

    #[test]
    fn deletes_words_and_pastes_one_line() {
        let mut i = TextInput::new("draft sent to  ");
        assert!(i.apply(InputOp::DeleteWord));
        assert_eq!(i, "draft sent ");
        i.apply(InputOp::DeleteWord);
        i.apply(InputOp::DeleteWord);
        assert_eq!(i, "");
        assert!(!i.apply(InputOp::DeleteWord));
        i.paste("two\nlines\t\u{7}here\n");
        assert_eq!(i, "two lines here");
        assert!(!i.insert('\u{1b}'));
    }
}
