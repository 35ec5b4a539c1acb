//! One cache entry on disk, and the checks that decide it may be used.
//!
//! Layout: a magic line, then length-prefixed parts: Plenary's version (and
//! build), the file's path, the file's fingerprint (its length and BLAKE3
//! hash), and the sections of the answer, each as a checksum and a postcard
//! body: the head (which answer, made on which day), the meeting, its
//! problems and, when the TUI has kept them, its search index. A reader
//! decodes only the sections it needs. Any mismatch or damage reads as "no
//! entry". The file's text is not kept: whoever uses an entry has just read
//! the file and hashed it, and keeps that text (for saving, line numbers).

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Loaded, Want};
use crate::check::check_document;
use crate::domain::{Meeting, wire};
use crate::load::{Document, source};
use crate::problem::Problem;

const MAGIC: &[u8] = b"plenary cache 3\n";

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

/// Which answer the entry holds, and for which day its problems were found.
#[derive(Serialize, Deserialize)]
struct Head {
    today: NaiveDate,
    has_comments: bool,
    kind: Kind,
}

#[derive(Serialize, Deserialize, PartialEq, Eq)]
enum Kind {
    Meeting,
    Failed,
    RosterFile,
}

/// The sections after the fingerprint, in this order.
const HEAD: usize = 0;
const MEETING: usize = 1;
const PROBLEMS: usize = 2;
const SEARCH: usize = 3;
const SECTIONS: usize = 4;

fn hash_of(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// The entry's name: one per file and build of Plenary, so a file's entry
/// is replaced when the file changes rather than kept beside the old one.
/// The name only finds it; the fingerprint inside decides whether it is used.
pub fn key(path: &Path) -> u64 {
    hash_of((version(), path))
}

/// Takes `len`-prefixed parts off the front of a byte slice.
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

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take()?.try_into().ok()?))
    }
}

/// An entry read from disk and found to be for exactly these bytes.
pub struct Found {
    /// The whole entry, as read.
    all: Vec<u8>,
    /// Each section's checksum and where its body lies in `all`.
    sections: [(u64, std::ops::Range<usize>); SECTIONS],
}

impl Found {
    /// Section `i` decoded (its checksum held when the entry was found);
    /// only the sections a reader uses are decoded.
    fn decode<T: for<'de> Deserialize<'de>>(&self, i: usize) -> Option<T> {
        let body = self.all.get(self.sections[i].1.clone())?;
        postcard::from_bytes(body).ok()
    }
}

/// The fingerprint as the entry keeps it: length, then hash.
fn fingerprint_bytes(fp: source::Fingerprint) -> [u8; 40] {
    let mut out = [0u8; 40];
    out[..8].copy_from_slice(&fp.len.to_le_bytes());
    out[8..].copy_from_slice(&fp.hash);
    out
}

/// The entry in `file`, when it is whole and was made by this build from
/// the file at `path` when its bytes had `fingerprint` (the file as read
/// now): the same length and BLAKE3 hash is the same bytes.
pub fn find(file: &Path, path: &Path, fingerprint: source::Fingerprint) -> Option<Found> {
    let all = fs::read(file).ok()?;
    let base = all.as_ptr() as usize;
    let mut p = Reader(all.strip_prefix(MAGIC)?);
    let path = path.to_string_lossy();
    if p.take()? != version().as_bytes()
        || p.take()? != path.as_bytes()
        || p.take()? != fingerprint_bytes(fingerprint)
    {
        return None;
    }
    let mut sections: [(u64, std::ops::Range<usize>); SECTIONS] = Default::default();
    for s in &mut sections {
        let sum = p.u64()?;
        let body = p.take()?;
        // Every section is checked, used or not: a damaged entry is
        // noticed (and rewritten) whoever reads it.
        if hash_of(body) != sum {
            return None;
        }
        let start = body.as_ptr() as usize - base;
        *s = (sum, start..start + body.len());
    }
    if !p.0.is_empty() {
        return None;
    }
    Some(Found { all, sections })
}

/// The answer kept in `found` for the file `src` (its bytes, already known
/// to be the entry's); problems re-checked for another `today`. `None`
/// when a section does not decode.
pub fn answer(
    found: &Found,
    path: &Path,
    src: source::Source,
    today: NaiveDate,
    want: Want,
) -> Option<Loaded> {
    let head: Head = found.decode(HEAD)?;
    Some(match head.kind {
        Kind::Meeting => {
            let meeting: Meeting = found.decode(MEETING)?;
            let doc = Document {
                path: path.to_path_buf(),
                meeting,
                fingerprint: src.fingerprint,
                roster: None,
                has_comments: head.has_comments,
                text: src.text,
            };
            let problems = match want {
                // Not wanted: not even decoded.
                Want::MeetingOnly => Vec::new(),
                Want::Problems | Want::ProblemsOnly if head.today == today => {
                    found.decode(PROBLEMS)?
                }
                // Due dates read against another day: only the checks run again.
                Want::Problems | Want::ProblemsOnly => check_document(&doc, today),
            };
            Loaded::Meeting(Box::new(doc), problems)
        }
        Kind::Failed => Loaded::Failed(found.decode(PROBLEMS)?),
        Kind::RosterFile => Loaded::RosterFile,
    })
}

/// The search index kept beside the meeting, if the TUI kept one.
pub fn search<T: for<'de> Deserialize<'de>>(found: &Found) -> Option<T> {
    found.decode(SEARCH)
}

/// `v` in the entry's form: postcard, every field kept ([`wire`]).
pub fn encode(v: &impl Serialize) -> std::io::Result<Vec<u8>> {
    wire::compact(|| postcard::to_allocvec(v)).map_err(std::io::Error::other)
}

/// Keeps `loaded` (and the TUI's `search` index, encoded) in `file`, made
/// from the file's bytes with `fingerprint`; written whole under a
/// temporary name first so a reader never sees half an entry.
pub fn write(
    file: &Path,
    path: &Path,
    fingerprint: source::Fingerprint,
    today: NaiveDate,
    loaded: &Loaded,
    search: Option<&[u8]>,
) -> std::io::Result<()> {
    let none: &[Problem] = &[];
    let (kind, meeting, problems) = match loaded {
        // A meeting whose roster lives in its own file also depends on that
        // file; it is not kept (such meetings are small).
        Loaded::Meeting(doc, _) if doc.roster.is_some() => return Ok(()),
        Loaded::Meeting(doc, problems) => (Kind::Meeting, Some(&doc.meeting), &problems[..]),
        Loaded::Failed(p) => (Kind::Failed, None, &p[..]),
        Loaded::RosterFile => (Kind::RosterFile, None, none),
    };
    let has_comments = matches!(loaded, Loaded::Meeting(d, _) if d.has_comments);
    let head = encode(&Head {
        today,
        has_comments,
        kind,
    })?;
    let meeting = meeting.map(encode).transpose()?.unwrap_or_default();
    let problems = encode(&problems)?;
    let path = path.to_string_lossy();
    let mut out = Vec::with_capacity(meeting.len() + problems.len() + 256);
    out.extend_from_slice(MAGIC);
    let mut part = |p: &[u8]| {
        out.extend_from_slice(&(p.len() as u64).to_le_bytes());
        out.extend_from_slice(p);
    };
    part(version().as_bytes());
    part(path.as_bytes());
    part(&fingerprint_bytes(fingerprint));
    for body in [&head[..], &meeting, &problems, search.unwrap_or_default()] {
        part(&hash_of(body).to_le_bytes());
        part(body);
    }
    keep(file, &out)
}

/// Rewrites the entry `found` (read from `file`) with `search` as its
/// search index. The entry is read again and must still be `found` (the
/// same meeting, so the index is its own); the rest is copied.
pub fn with_search(file: &Path, found: &Found, search: &[u8]) -> std::io::Result<()> {
    if fs::read(file)? != found.all {
        return Ok(());
    }
    // The search section's checksum and body, each with its length, end the entry.
    let end = found.sections[SEARCH].1.start.saturating_sub(3 * 8);
    let mut out = found.all.get(..end).unwrap_or_default().to_vec();
    for p in [&hash_of(search).to_le_bytes()[..], search] {
        out.extend_from_slice(&(p.len() as u64).to_le_bytes());
        out.extend_from_slice(p);
    }
    keep(file, &out)
}

/// Writes `bytes` to `file` through a temporary file and a rename.
fn keep(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = file.with_extension(format!("{}.tmp", std::process::id()));
    let written = fs::File::create(&tmp).and_then(|mut f| f.write_all(bytes));
    match written.and_then(|_| fs::rename(&tmp, file)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every agenda in the repository (multilingual texts, tentative
    /// fields, booths in the long form, optional dates and times) comes
    /// back from the compact form exactly, with its problems.
    #[test]
    fn the_compact_form_keeps_every_field() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for dir in ["agendas", "tests/rules", "tests/symposium"] {
            let Ok(files) = fs::read_dir(root.join(dir)) else {
                continue;
            };
            for f in files.flatten().map(|e| e.path()) {
                if f.extension().is_none_or(|e| e != "yaml") {
                    continue;
                }
                let Ok(doc) = crate::load::load(&f) else {
                    continue;
                };
                let today = doc.meeting.start_date;
                let problems = check_document(&doc, today);
                let bytes = encode(&doc.meeting).expect("encodes");
                let back: Meeting = postcard::from_bytes(&bytes).expect("decodes");
                assert_eq!(back, doc.meeting, "{f:?}");
                let bytes = encode(&problems).expect("encodes");
                let back: Vec<Problem> = postcard::from_bytes(&bytes).expect("decodes");
                assert_eq!(back, problems, "{f:?}");
                seen += 1;
            }
        }
        assert!(seen >= 5, "the agendas were read");
    }
}
