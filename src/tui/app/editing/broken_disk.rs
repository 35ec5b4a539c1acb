//! A meeting whose file changed on disk into something that does not load:
//! the version before stays on screen (nothing is lost), and the errors
//! that stop the file loading — every one `plenary check` gives, with its
//! file, line and fix — are kept with the meeting
//! ([`Entry::on_disk`](crate::tui::library::Entry::on_disk)), so Problems
//! and the Meetings row say what `plenary check` says until the file loads
//! again. With unsaved edits here, the question about it offers only what
//! can work: their version can be neither merged nor reloaded.

use std::path::PathBuf;

use crate::check::Problem;
use crate::tui::app::App;
use crate::tui::disk_worker::Why;
use crate::tui::library::{Library, MeetingId};
use crate::tui::status::Level;

use super::saving::{mine_path, name};
use super::{Answer, Confirm, Modal};

/// At most this many characters of the first error in the footer: the
/// file's name before it must stay in sight at any width.
const SAID: usize = 72;

/// The worker found meeting `e`'s file changed and not loading (`problems`).
pub(super) fn does_not_load(app: &mut App, e: MeetingId, problems: Vec<Problem>, why: Why) {
    let Some(x) = app.library.get_mut(e) else {
        return;
    };
    let path: PathBuf = x.doc().path.clone();
    let shown = Library::show_path(&path);
    let dirty = x.editor.is_dirty();
    let said = first_error(&problems);
    let n = errors(&problems);
    x.on_disk = Some(problems);
    app.documents_changed();
    match why {
        Why::Disk => {
            let deferred = app.edit.deferred.contains(&path);
            app.say(
                Level::Warning,
                crate::tr!("tui-disk-does-not-load", path = shown, why = said, n = n),
            );
            if dirty && !deferred {
                ask(app, e);
            } else if !deferred {
                app.edit.deferred.push(path);
            }
        }
        Why::Asked => app.say(
            Level::Error,
            crate::tr!("tui-disk-asked-failed", path = shown, why = said),
        ),
        Why::Editor(r) => {
            let msg = crate::tr!("tui-disk-editor-does-not-load", path = shown, why = said);
            match r {
                Ok(()) => app.say(Level::Note, msg),
                Err(err) => app.say(Level::Error, format!("{err} · {msg}")),
            }
        }
    }
}

/// The file on disk loads again (or is ours again): its errors go, and
/// true is returned if there were any.
pub(super) fn loads_again(app: &mut App, e: MeetingId) -> bool {
    let gone = app
        .library
        .get_mut(e)
        .and_then(|x| x.on_disk.take())
        .is_some();
    if gone {
        app.documents_changed();
    }
    gone
}

/// For a merge (`Ctrl-s` on a file changed on disk): theirs does not load.
pub(super) fn theirs_broken(app: &mut App, e: MeetingId, problems: Vec<Problem>) {
    if let Some(x) = app.library.get_mut(e) {
        x.on_disk = Some(problems);
    }
    app.documents_changed();
    ask(app, e);
}

/// The file changed on disk, does not load, and there are unsaved edits
/// here: theirs cannot be merged or reloaded, and the first error says
/// why. What is offered keeps every edit: mine under another name, or
/// mine over theirs (theirs kept beside); Esc leaves it for later.
pub(super) fn ask(app: &mut App, e: MeetingId) {
    let Some(x) = app.library.get(e) else {
        return;
    };
    let problems = x.on_disk.clone().unwrap_or_default();
    let shown = name(app, e);
    let mine = Library::show_path(&mine_path(&x.doc().path));
    let mut lines = vec![
        crate::tr!("tui-disk-changed-1", file = shown.as_str()),
        crate::tr!("tui-disk-changed-2"),
        crate::tr!("tui-disk-theirs-broken"),
    ];
    if let Some(p) = problems.iter().find(|p| p.is_error()).or(problems.first()) {
        lines.push(format!("  {}", placed(p)));
    }
    let n = errors(&problems);
    if n > 1 {
        lines.push(format!(
            "  {}",
            crate::tr!("tui-disk-theirs-more", n = n - 1)
        ));
    }
    lines.push(crate::tr!("tui-disk-theirs-not-reloaded"));
    app.edit.push(Modal::Confirm(
        Confirm::new(crate::tr!("tui-disk-changed-title"), lines)
            // The first answer (Enter's) is the one that loses nothing.
            .choice(
                'k',
                crate::tr!("tui-disk-keep-both", file = mine.as_str()),
                Answer::KeepBoth(e),
            )
            .choice('o', crate::tr!("tui-disk-overwrite"), Answer::Overwrite(e))
            .on_cancel(Answer::Later(e)),
    ));
}

/// How many errors stop the file (at least one: it does not load).
fn errors(problems: &[Problem]) -> usize {
    problems.iter().filter(|p| p.is_error()).count().max(1)
}

/// `file.yaml:53:1: message`: the file's name (not its folders), the
/// line and column, and the message in the reader's language.
fn placed(p: &Problem) -> String {
    let file = p
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let msg = p.message_in(crate::i18n::current());
    match p.line {
        Some((l, c)) => format!("{file}:{l}:{c}: {msg}"),
        None => format!("{file}: {msg}"),
    }
}

/// The first error for the footer: `line 53: message`, its end cut to
/// [`SAID`] characters (the footer names the file before it).
fn first_error(problems: &[Problem]) -> String {
    let Some(p) = problems.iter().find(|p| p.is_error()).or(problems.first()) else {
        return String::new();
    };
    let msg = p.message_in(crate::i18n::current());
    let said = match p.line {
        Some((l, _)) => format!("{}: {msg}", crate::tr!("at-line", line = l)),
        None => msg,
    };
    cut(&said, SAID)
}

/// `s` cut to `n` characters, `…` at the cut.
fn cut(s: &str, n: usize) -> String {
    let s = s.lines().next().unwrap_or_default();
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_error_is_cut_at_its_end_and_keeps_its_line() {
        let mut p = Problem::error("", "x".repeat(200));
        p.line = Some((53, 1));
        let said = first_error(&[p]);
        assert!(said.starts_with("line 53: xxx"), "{said}");
        assert!(said.ends_with('…'));
        assert_eq!(said.chars().count(), SAID);
    }
}
