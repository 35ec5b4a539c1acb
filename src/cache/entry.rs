//! One cache entry on disk, and the checks that decide it may be used.
//!
//! Layout: a magic line, then length-prefixed sections: Plenary's version,
//! the file's path, the file's exact text, a hash of the body, and the body
//! (MessagePack of [`Body`]). Any mismatch or damage reads as "no entry".

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Loaded, Want};
use crate::check::check_document;
use crate::domain::Meeting;
use crate::load::{Document, source};
use crate::problem::Problem;

const MAGIC: &[u8] = b"plenary cache 1\n";

/// Plenary's version, and which build of it: a rebuilt binary (same version
/// number, other code) must not trust what an older one kept. The build is
/// told by the executable's size and modification time.
fn version() -> &'static str {
    static V: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let build = std::env::current_exe()
            .and_then(fs::metadata)
            .map(|m| {
                let t = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
                format!("{}-{}", m.len(), t.map_or(0, |t| t.as_nanos()))
            })
            .unwrap_or_default();
        // The checks read the organizer's default speaking window: an entry
        // made under another window must not answer for this one.
        let window = crate::domain::SpeakingHours::organizer_default()
            .map(|h| format!("+hours{}-{}", h.from, h.to))
            .unwrap_or_default();
        format!("{}+{build}{window}", env!("CARGO_PKG_VERSION"))
    })
}

#[derive(Deserialize)]
struct Body {
    today: NaiveDate,
    has_comments: bool,
    stored: Stored,
}

#[derive(Deserialize)]
enum Stored {
    Meeting {
        meeting: Box<Meeting>,
        problems: Vec<Problem>,
    },
    Failed(Vec<Problem>),
    RosterFile,
}

/// [`Body`] as written: borrowed, so keeping a meeting does not copy it.
#[derive(Serialize)]
struct BodyRef<'a> {
    today: NaiveDate,
    has_comments: bool,
    stored: StoredRef<'a>,
}

/// [`Stored`] as written; the same names, so it reads back as [`Stored`].
#[derive(Serialize)]
#[serde(rename = "Stored")]
enum StoredRef<'a> {
    Meeting {
        meeting: &'a Meeting,
        problems: &'a [Problem],
    },
    Failed(&'a [Problem]),
    RosterFile,
}

fn hash_of(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// The entry's name: version, path and the file's fingerprint. It only
/// finds the entry; the text inside decides whether it is used.
pub fn key(path: &Path, src: &source::Source) -> u64 {
    hash_of((
        version(),
        path,
        src.fingerprint.len,
        src.fingerprint.hash,
        src.text.len(),
    ))
}

/// Takes `len`-prefixed sections off the front of a byte slice.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self) -> Option<&'a [u8]> {
        let (len, rest) = self.0.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        if rest.len() < len {
            return None;
        }
        let (part, rest) = rest.split_at(len);
        self.0 = rest;
        Some(part)
    }
}

/// The answer kept in `file`, if it was made from exactly this text at this
/// path by this version of Plenary; problems re-checked for another `today`.
/// The source is given back when there is no such answer, for the full load.
pub fn read(
    file: &Path,
    path: &Path,
    src: source::Source,
    today: NaiveDate,
    want: Want,
) -> Result<Loaded, source::Source> {
    let Some(body) = body_for(file, path, &src) else {
        return Err(src);
    };
    Ok(match body.stored {
        Stored::Meeting { meeting, problems } => {
            let doc = Document {
                path: path.to_path_buf(),
                meeting: *meeting,
                fingerprint: src.fingerprint,
                roster: None,
                has_comments: body.has_comments,
                // The text read is the entry's text: moved, not copied.
                text: src.text,
            };
            let problems = if body.today == today || want == Want::MeetingOnly {
                problems
            } else {
                // Due dates read against another day: only the checks run again.
                check_document(&doc, today)
            };
            Loaded::Meeting(Box::new(doc), problems)
        }
        Stored::Failed(p) => Loaded::Failed(p),
        Stored::RosterFile => Loaded::RosterFile,
    })
}

/// The body of the entry in `file`, when it is whole and was made from
/// `src`'s exact text at `path` by this build.
fn body_for(file: &Path, path: &Path, src: &source::Source) -> Option<Body> {
    let bytes = fs::read(file).ok()?;
    let mut r = Reader(bytes.strip_prefix(MAGIC)?);
    if r.take()? != version().as_bytes()
        || r.take()? != path.to_string_lossy().as_bytes()
        || r.take()? != src.text.as_bytes()
    {
        return None;
    }
    let sum = u64::from_le_bytes(r.take()?.try_into().ok()?);
    let body = r.take()?;
    if hash_of(body) != sum || !r.0.is_empty() {
        return None;
    }
    rmp_serde::from_slice(body).ok()
}

/// Keeps `loaded` in `file`, written whole under a temporary name first so
/// a reader never sees half an entry.
pub fn write(
    file: &Path,
    path: &Path,
    text: &str,
    today: NaiveDate,
    loaded: &Loaded,
) -> std::io::Result<()> {
    let stored = match loaded {
        // A meeting whose roster lives in its own file also depends on that
        // file; it is not kept (such meetings are small).
        Loaded::Meeting(doc, _) if doc.roster.is_some() => return Ok(()),
        Loaded::Meeting(doc, problems) => StoredRef::Meeting {
            meeting: &doc.meeting,
            problems,
        },
        Loaded::Failed(p) => StoredRef::Failed(p),
        Loaded::RosterFile => StoredRef::RosterFile,
    };
    let has_comments = matches!(loaded, Loaded::Meeting(d, _) if d.has_comments);
    let body = rmp_serde::to_vec_named(&BodyRef {
        today,
        has_comments,
        stored,
    })
    .map_err(std::io::Error::other)?;
    let mut out = Vec::with_capacity(MAGIC.len() + text.len() + body.len() + 64);
    out.extend_from_slice(MAGIC);
    let sum = hash_of(body.as_slice()).to_le_bytes();
    let path = path.to_string_lossy();
    for part in [
        version().as_bytes(),
        path.as_bytes(),
        text.as_bytes(),
        &sum,
        &body,
    ] {
        out.extend_from_slice(&(part.len() as u64).to_le_bytes());
        out.extend_from_slice(part);
    }
    let dir = file.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = file.with_extension(format!("{}.tmp", std::process::id()));
    let written = fs::File::create(&tmp).and_then(|mut f| f.write_all(&out));
    match written.and_then(|_| fs::rename(&tmp, file)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}
