//! Which meeting files a command reads when it names no PATH: the folder
//! `plenary` (the TUI) would open ([`Settings::folder_to_open`]: `agendas/`,
//! else this folder when it holds `*.yaml` files), so `plenary check` in a
//! folder of agendas checks what `plenary` shows. When that finds nothing,
//! the command says what it looked for and how to name a folder, rather
//! than "agendas: no such file or folder".

use std::path::PathBuf;

use crate::load::{DiscoverError, discover_noting};
use crate::settings::{Settings, Source};
use crate::{safe, tr};

use super::out::errln;

/// Paths given, or the folder the TUI would open.
pub(crate) fn paths_or_default(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![super::settings().folder_to_open()]
    } else {
        paths.to_vec()
    }
}

/// The meeting files `paths` name (the default folder when there are none),
/// with the notes on files passed over printed; when there is nothing to
/// read, what went wrong is printed and the exit status (2) is the error.
/// `cmd` is the subcommand, for the "plenary check PATH" the message shows.
/// With `paths` named, an empty result is the caller's to judge.
pub(crate) fn files_or_say(cmd: &str, paths: &[PathBuf]) -> Result<Vec<PathBuf>, u8> {
    let named = !paths.is_empty();
    let settings = super::settings();
    let read = paths_or_default(paths);
    let found = discover_noting(&read);
    let files = match found {
        Ok((files, notes)) => {
            for n in notes {
                errln!("{}", safe::clean(&n));
            }
            files
        }
        Err(DiscoverError::Missing(_)) if !named => {
            errln!("plenary: {}", nothing_here(settings, cmd, false));
            return Err(2);
        }
        Err(e) => {
            errln!("plenary: {}", safe::clean(&e.said()));
            return Err(2);
        }
    };
    if files.is_empty() && !named {
        errln!("plenary: {}", nothing_here(settings, cmd, true));
        return Err(2);
    }
    Ok(if named { files } else { without_dot(files) })
}

/// What was looked for, and how to name a folder: `exists` when the
/// default folder is there but holds no meeting files.
fn nothing_here(s: &Settings, cmd: &str, exists: bool) -> String {
    let folder = safe::path(&s.agendas.value);
    let command = format!("plenary {cmd} PATH");
    match (&s.agendas.from, exists) {
        (_, true) => tr!("discover-default-empty", folder = folder, command = command),
        (Source::Default, false) => {
            tr!(
                "discover-default-missing",
                folder = folder,
                command = command
            )
        }
        (Source::File(p, line), false) => tr!(
            "discover-default-setting-missing",
            folder = folder,
            place = format!("{}:{line}", safe::path(p)),
            command = command
        ),
        (Source::Env(v) | Source::Flag(v), false) => tr!(
            "discover-default-setting-missing",
            folder = folder,
            place = safe::clean(v),
            command = command
        ),
    }
}

/// Files of the current folder as `plenary check .` would name them in a
/// message, without the `./` the folder scan puts in front.
fn without_dot(files: Vec<PathBuf>) -> Vec<PathBuf> {
    files
        .into_iter()
        .map(|f| match f.strip_prefix(".") {
            Ok(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
            _ => f,
        })
        .collect()
}
