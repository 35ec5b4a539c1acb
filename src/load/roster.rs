//! A participant list in its own file (`participants: people/roster.yaml`).
//!
//! The path comes from a file someone else wrote, so it may point anywhere:
//! `../../secret/.git-credentials`, `/etc/passwd`, or a link to them. A list
//! is read only when its path, after following links, lies inside the folder
//! that holds the agenda (or a folder below it); otherwise nothing of it is
//! opened. And a file that is not a participant list is never quoted in a
//! message: only a file whose top level is `participants:` gets the exact
//! YAML errors that show its content.

use std::path::{Component, Path};

use super::{LineIndex, RosterSource, source};
use crate::domain::{Participant, RosterFile};
use crate::i18n::Msg;
use crate::msg;
use crate::problem::Problem;

/// The folder an agenda's relative paths start from.
fn folder_of(agenda: &Path) -> &Path {
    match agenda.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether `rel`, joined to `folder`, stays inside it: after following
/// links when the file exists, by its components when it does not.
fn stays_inside(folder: &Path, rel: &str) -> bool {
    let full = folder.join(rel);
    match (full.canonicalize(), folder.canonicalize()) {
        (Ok(file), Ok(dir)) => file.starts_with(dir),
        _ => {
            let mut depth = 0usize;
            for c in Path::new(rel).components() {
                match c {
                    Component::Normal(_) => depth += 1,
                    Component::CurDir => {}
                    Component::ParentDir if depth > 0 => depth -= 1,
                    _ => return false,
                }
            }
            true
        }
    }
}

/// A problem at the agenda's `participants:` line.
fn at_participants(agenda: &Path, text: &str, message: Msg, hint: Msg) -> Problem {
    let mut p = Problem::error("participants", message).with_hint(hint);
    p.file = agenda.to_path_buf();
    p.line = LineIndex::build(text).find("participants");
    p
}

/// What a file that failed to parse as a participant list is, to say so
/// without quoting it: `Some(true)` a meeting, `Some(false)` a list with
/// a mistake in it (whose errors may be shown), `None` something else.
fn kind_of(text: &str) -> Option<bool> {
    let v: crate::yaml::Value = crate::yaml::from_str(text).ok()?;
    let m = v.as_mapping()?;
    if m.contains_key("participants") && !m.contains_key("title") {
        Some(false)
    } else if m.contains_key("title") || m.contains_key("sessions") {
        Some(true)
    } else {
        None
    }
}

// A Problem is built once per failed file, never in a loop: its size is no cost.
#[allow(clippy::result_large_err)]
/// Reads the participant list `rel` named by `agenda` (whose text is
/// `text`), refusing one outside the agenda's folder before opening it.
pub fn read(
    agenda: &Path,
    text: &str,
    rel: &str,
) -> Result<(Vec<Participant>, RosterSource), Problem> {
    let folder = folder_of(agenda);
    if !stays_inside(folder, rel) {
        return Err(at_participants(
            agenda,
            text,
            msg!(
                "roster-outside",
                folder = folder.display().to_string(),
                path = rel
            ),
            msg!("roster-outside-hint"),
        ));
    }
    let full = folder.join(rel);
    let rsrc = source::read(&full).map_err(|e| {
        at_participants(
            agenda,
            text,
            msg!("roster-unusable", path = rel, why = e.msg()),
            msg!("roster-unusable-hint", full = full.display().to_string()),
        )
    })?;
    let file: RosterFile =
        super::parse_whole(&full, &rsrc.text).map_err(|p| match kind_of(&rsrc.text) {
            Some(false) => p,
            Some(true) => at_participants(
                agenda,
                text,
                msg!("roster-is-meeting", path = rel),
                msg!("roster-is-meeting-hint"),
            ),
            None => at_participants(
                agenda,
                text,
                msg!("roster-not-a-list", path = rel),
                msg!("roster-not-a-list-hint"),
            ),
        })?;
    let source = RosterSource {
        path: full,
        fingerprint: rsrc.fingerprint,
        has_comments: source::has_comments(&rsrc.text),
        text: rsrc.text,
    };
    Ok((file.participants, source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let agenda = dir.path().join("a.yaml");
        let folder = folder_of(&agenda);
        assert!(stays_inside(folder, "people/roster.yaml"));
        assert!(stays_inside(folder, "people/../roster.yaml"));
        assert!(!stays_inside(folder, "../roster.yaml"));
        assert!(!stays_inside(folder, "people/../../roster.yaml"));
        assert!(!stays_inside(folder, "/etc/passwd"));
        assert_eq!(folder_of(Path::new("a.yaml")), Path::new("."));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.yaml");
        std::fs::write(&secret, "token: abc\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(&secret, dir.path().join("people.yaml")).unwrap();
        assert!(!stays_inside(dir.path(), "people.yaml"));
    }
}
