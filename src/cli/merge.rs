//! `plenary merge BASE OURS THEIRS`: a git merge driver. Git calls it with
//! `%O %A %B` when both branches changed an agenda; the meetings are merged
//! record by record and field by field (see `save::merge`), the result is
//! written to OURS in OURS' own layout, and the exit code says whether it is
//! clean (0) or has conflicts (1), which are left in the file between
//! git-style markers for a person to resolve. 2: a file could not be read.

use super::out::errln;
use crate::tr;
use std::path::{Path, PathBuf};

use crate::load;
use crate::safe;
use crate::save::merge;
use crate::save::{atomic, canonical, conflict, splice};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A); the merge is written here.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
}

fn read(path: &Path) -> Result<(String, crate::domain::Meeting), String> {
    let src = load::source::read(path).map_err(|e| {
        let said = e.msg().render(crate::i18n::current());
        format!("{}: {said}", safe::path(path))
    })?;
    let m = load::parse_meeting(path, &src.text).map_err(|p| p.to_string())?;
    Ok((src.text, m))
}

pub fn run(args: &Args) -> u8 {
    let loaded =
        (|| Ok::<_, String>((read(&args.base)?, read(&args.ours)?, read(&args.theirs)?)))();
    let ((_, base), (ours_text, ours), (_, theirs)) = match loaded {
        Ok(x) => x,
        Err(e) => {
            errln!("plenary merge: {}", safe::clean(&e.to_string()));
            errln!("plenary merge: {}", tr!("merge-nothing-written"));
            return 2;
        }
    };
    let merged = match merge::merge(&base, &ours, &theirs) {
        Ok(m) => m,
        Err(e) => {
            let said = e.msg().render(crate::i18n::current());
            errln!("plenary merge: {}", safe::clean(&said));
            return 2;
        }
    };
    let text = splice::meeting(&ours_text, &ours, &merged.meeting)
        .filter(|t| load::parse_meeting(&args.ours, t).is_ok_and(|m| m == merged.meeting))
        .or_else(|| canonical::meeting_yaml(&merged.meeting).ok());
    let Some(text) = text else {
        errln!("plenary merge: {}", tr!("merge-cannot-write"));
        return 2;
    };
    let text = conflict::mark(&text, &merged.conflicts);
    if let Err(e) = atomic::write(&args.ours, text.as_bytes(), None) {
        errln!("plenary merge: {}", safe::clean(&e.said()));
        return 2;
    }
    for c in &merged.conflicts {
        let place = safe::clean(&c.said()).into_owned();
        errln!(
            "plenary merge: {}",
            tr!(
                "merge-conflict-in",
                path = safe::path(&args.ours),
                place = place
            )
        );
    }
    u8::from(!merged.conflicts.is_empty())
}
