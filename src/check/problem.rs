//! A problem found in a file: what is wrong, where, and what would be right.
//!
//! One type for every front end, so `plenary check` and the TUI's Problems
//! view print the very same words.

use std::fmt;
use std::path::PathBuf;

use crate::safe::clean;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub file: PathBuf,
    /// Path inside the document, e.g. `sessions[3].items[1].speakers[0]`.
    pub path: Option<String>,
    /// 1-based line and column, when known.
    pub line: Option<(usize, usize)>,
    pub message: String,
    /// What would be right, when we can tell.
    pub hint: Option<String>,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Error, path, message)
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Warning, path, message)
    }

    fn new(severity: Severity, path: impl Into<String>, message: impl Into<String>) -> Self {
        let path = path.into();
        Problem {
            severity,
            file: PathBuf::new(),
            path: (!path.is_empty()).then_some(path),
            line: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` or `file: path` — the place part of the message.
    /// The file name is cleaned: a name may hold an escape sequence or a
    /// line break that would forge a line of output.
    pub fn place(&self) -> String {
        let f = crate::safe::path(&self.file);
        match (self.line, &self.path) {
            (Some((l, c)), _) => format!("{f}:{l}:{c}"),
            (None, Some(p)) => format!("{f}: {p}"),
            (None, None) => f.to_string(),
        }
    }
}

impl fmt::Display for Problem {
    /// `file:line:col: error: message`, then `  hint: ...` on its own line.
    /// Messages quote ids and values from files, so each part is cleaned
    /// ([`crate::safe::clean`]): one problem is always exactly these lines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.place(),
            self.severity.as_str(),
            clean(&self.message)
        )?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", clean(h))?;
        }
        Ok(())
    }
}
