//! One cache entry on disk, and the checks that decide it may be used.
//!
//! Layout: a magic line, then length-prefixed parts: Plenary's version (and
//! build), the file's path, the file's fingerprint (its length and BLAKE3
//! hash), and the sections of the answer, each as a checksum (BLAKE3's
//! first 8 bytes) and a postcard body: the head (which answer, made on
//! which day), the meeting without its people and follow-ups, the people,
//! the follow-ups, its problems and, when the TUI has kept them, its search
//! index. A reader decodes only the sections it needs; on a large entry the
//! people (and the search index) are decoded on a second thread beside the
//! rest, which is why they are sections of their own. Any mismatch or
//! damage reads as "no entry". The file's text is not kept: whoever uses an
//! entry has just read the file and hashed it, and keeps that text (for
//! saving, line numbers).

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Loaded, Want};
use crate::check::check_document;
use crate::domain::{FollowUp, Meeting, Participant, wire};
use crate::load::{Document, source};
use crate::problem::Problem;

const MAGIC: &[u8] = b"plenary cache 4\n";

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

/// The sections after the fingerprint, in this order (the search index
/// last: [`with_search`] replaces it in place).
const HEAD: usize = 0;
const MEETING: usize = 1;
const PEOPLE: usize = 2;
const FOLLOW_UPS: usize = 3;
const PROBLEMS: usize = 4;
const SEARCH: usize = 5;
const SECTIONS: usize = 6;

/// From this size on, an entry's people are decoded on a second thread
/// (below it, starting the thread costs more than it saves).
const PARALLEL_FROM: usize = 1 << 20;

fn hash_of(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// A section's checksum: BLAKE3 is several times faster than SipHash on
/// the tens of megabytes of a large entry, and every section is checked.
fn sum(body: &[u8]) -> u64 {
    let h = blake3::hash(body);
    let mut first = [0u8; 8];
    first.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(first)
}

/// What else a reader decodes from an entry while its meeting is decoded
/// (the TUI's search index), on the people's thread.
pub type Also<'a> = dyn Fn(&Found) + Sync + 'a;

/// A scoped thread's value; its panic goes on in the caller.
fn joined<T>(r: std::thread::Result<T>) -> T {
    r.unwrap_or_else(|e| std::panic::resume_unwind(e))
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

/// An entry's bytes: read into memory, or mapped from its file.
enum Bytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Read(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

/// The entry file's bytes, mapped rather than copied: a warm `followups`
/// read 3.4 MB into fresh memory only to decode it, a page fault per 4 KB
/// (README, issue 11). Read when it cannot be mapped.
fn bytes_of(file: &Path) -> Option<Bytes> {
    let f = fs::File::open(file).ok()?;
    // SAFETY: a mapping is undefined behaviour if its file changes under
    // it. Plenary never writes an entry in place: it is written whole under
    // another name and renamed over (`keep`), which replaces the name, not
    // the file mapped here, and leaves that file's bytes as they were.
    match unsafe { memmap2::Mmap::map(&f) } {
        Ok(map) => Some(Bytes::Mapped(map)),
        Err(_) => fs::read(file).ok().map(Bytes::Read),
    }
}

/// An entry read from disk and found to be for exactly these bytes.
pub struct Found {
    /// The whole entry, as read.
    all: Bytes,
    /// The fingerprint of the file it was made from, as kept.
    fingerprint: [u8; 40],
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

    /// Whether it was made from a file whose bytes had `fingerprint`: the
    /// same length and BLAKE3 hash is the same bytes.
    pub fn is_for(&self, fingerprint: source::Fingerprint) -> bool {
        self.fingerprint == fingerprint_bytes(fingerprint)
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
/// the file at `path`; whether it is for the file's bytes as read now is
/// [`Found::is_for`] (the file is read beside it).
pub fn read(file: &Path, path: &Path) -> Option<Found> {
    let all = bytes_of(file)?;
    let base = all.as_ptr() as usize;
    let mut p = Reader(all.strip_prefix(MAGIC)?);
    let path = path.to_string_lossy();
    if p.take()? != version().as_bytes() || p.take()? != path.as_bytes() {
        return None;
    }
    let fingerprint: [u8; 40] = p.take()?.try_into().ok()?;
    let mut sections: [(u64, std::ops::Range<usize>); SECTIONS] = Default::default();
    for s in &mut sections {
        let sum = p.u64()?;
        let body = p.take()?;
        // Every section is checked, used or not: a damaged entry is
        // noticed (and rewritten) whoever reads it.
        if self::sum(body) != sum {
            return None;
        }
        let start = body.as_ptr() as usize - base;
        *s = (sum, start..start + body.len());
    }
    if !p.0.is_empty() {
        return None;
    }
    Some(Found {
        all,
        fingerprint,
        sections,
    })
}

/// The answer kept in `found` for the file `src` (its bytes, already known
/// to be the entry's); problems re-checked for another `today`; `also`
/// reads more of the entry meanwhile. `None` when a section does not decode.
pub fn answer(
    found: &Found,
    path: &Path,
    src: source::Source,
    today: NaiveDate,
    want: Want,
    also: Option<&Also>,
) -> Option<Loaded> {
    let head: Head = found.decode(HEAD)?;
    Some(match head.kind {
        // `plenary check` wants the problems only, and has not kept the
        // file's text: problems found on another day are found again by a
        // full load (`None`), which has the text for their lines.
        Kind::Meeting if want == Want::ProblemsOnly => {
            if head.today != today {
                return None;
            }
            let doc = Document {
                path: path.to_path_buf(),
                meeting: Meeting::default(),
                fingerprint: src.fingerprint,
                roster: None,
                has_comments: head.has_comments,
                text: String::new(),
            };
            Loaded::Meeting(Box::new(doc), found.decode(PROBLEMS)?)
        }
        Kind::Meeting => {
            // Not wanted: not even decoded.
            let kept = matches!(want, Want::Problems | Want::ProblemsOnly) && head.today == today;
            let (meeting, problems) = meeting(found, kept, also)?;
            let doc = Document {
                path: path.to_path_buf(),
                meeting,
                fingerprint: src.fingerprint,
                roster: None,
                has_comments: head.has_comments,
                text: src.text,
            };
            let problems = match (problems, want) {
                (Some(p), _) => p,
                (None, Want::MeetingOnly | Want::MeetingNoText) => Vec::new(),
                // Due dates read against another day: only the checks run again.
                (None, Want::Problems | Want::ProblemsOnly) => check_document(&doc, today),
            };
            Loaded::Meeting(Box::new(doc), problems)
        }
        Kind::Failed => Loaded::Failed(found.decode(PROBLEMS)?),
        Kind::RosterFile => Loaded::RosterFile,
    })
}

/// The meeting kept in `found`, its people and follow-ups put back, with
/// its problems when `problems` (else `None`). On a large entry the people
/// and what `also` reads are decoded on a second thread beside the rest.
fn meeting(
    found: &Found,
    problems: bool,
    also: Option<&Also>,
) -> Option<(Meeting, Option<Vec<Problem>>)> {
    meeting_on(found, problems, also, found.all.len() >= PARALLEL_FROM)
}

fn meeting_on(
    found: &Found,
    problems: bool,
    also: Option<&Also>,
    two_threads: bool,
) -> Option<(Meeting, Option<Vec<Problem>>)> {
    let rest = || -> Option<(Meeting, Vec<FollowUp>, Option<Vec<Problem>>)> {
        let meeting: Meeting = found.decode(MEETING)?;
        let follow_ups: Vec<FollowUp> = found.decode(FOLLOW_UPS)?;
        let problems = match problems {
            true => Some(found.decode(PROBLEMS)?),
            false => None,
        };
        Some((meeting, follow_ups, problems))
    };
    let people = || -> Option<Vec<Participant>> {
        let people = found.decode(PEOPLE);
        if let Some(also) = also {
            also(found);
        }
        people
    };
    let (rest, people) = if two_threads {
        std::thread::scope(|s| {
            let people = s.spawn(people);
            let rest = rest();
            (rest, joined(people.join()))
        })
    } else {
        (rest(), people())
    };
    let (mut meeting, follow_ups, problems) = rest?;
    *meeting.participants.people_mut() = people?;
    meeting.follow_ups = follow_ups.into();
    Some((meeting, problems))
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
/// temporary name first so a reader never sees half an entry. The
/// meeting's people and follow-ups are taken out while its other fields
/// are encoded, and put back.
pub fn write(
    file: &Path,
    path: &Path,
    fingerprint: source::Fingerprint,
    today: NaiveDate,
    loaded: &mut Loaded,
    search: Option<&[u8]>,
) -> std::io::Result<()> {
    let has_comments = matches!(loaded, Loaded::Meeting(d, _) if d.has_comments);
    let head = |kind| Head {
        today,
        has_comments,
        kind,
    };
    let (w, problems) = match loaded {
        // A meeting whose roster lives in its own file also depends on that
        // file; it is not kept (such meetings are small).
        Loaded::Meeting(doc, _) if doc.roster.is_some() => return Ok(()),
        Loaded::Meeting(doc, problems) => {
            let w = Writer::meeting(
                file,
                path,
                fingerprint,
                today,
                has_comments,
                &mut doc.meeting,
            )?;
            (w, &problems[..])
        }
        Loaded::Failed(p) => (
            Writer::without_meeting(file, path, fingerprint, &head(Kind::Failed))?,
            &p[..],
        ),
        Loaded::RosterFile => (
            Writer::without_meeting(file, path, fingerprint, &head(Kind::RosterFile))?,
            &[][..],
        ),
    };
    w.end(problems, search)
}

/// An entry written section by section to a temporary file, renamed over
/// the entry's name once whole (a reader never sees half an entry): a
/// large meeting's parts are encoded and let go one at a time
/// ([`Writer::meeting`]) rather than all held at once.
pub struct Writer {
    file: PathBuf,
    tmp: PathBuf,
    out: std::io::BufWriter<fs::File>,
    done: bool,
}

impl Writer {
    fn start(
        file: &Path,
        path: &Path,
        fingerprint: source::Fingerprint,
        head: &Head,
    ) -> std::io::Result<Writer> {
        let dir = file.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let tmp = file.with_extension(format!("{}.tmp", std::process::id()));
        let out = std::io::BufWriter::new(fs::File::create(&tmp)?);
        let mut w = Writer {
            file: file.to_path_buf(),
            tmp,
            out,
            done: false,
        };
        w.out.write_all(MAGIC)?;
        w.part(version().as_bytes())?;
        w.part(path.to_string_lossy().as_bytes())?;
        w.part(&fingerprint_bytes(fingerprint))?;
        w.section(&encode(head)?)?;
        Ok(w)
    }

    /// The entry of `meeting`, loaded whole on `today`: its sections are
    /// written, each encoding let go once written; its problems follow
    /// ([`Writer::problems`]), so they can be placed after the meeting is gone.
    pub fn meeting(
        file: &Path,
        path: &Path,
        fingerprint: source::Fingerprint,
        today: NaiveDate,
        has_comments: bool,
        meeting: &mut Meeting,
    ) -> std::io::Result<Writer> {
        let head = Head {
            today,
            has_comments,
            kind: Kind::Meeting,
        };
        let mut w = Writer::start(file, path, fingerprint, &head)?;
        // Without its people and follow-ups (taken out and put back).
        let people = std::mem::take(meeting.participants.people_mut());
        let follow_ups = std::mem::take(&mut meeting.follow_ups);
        let rest = encode(&*meeting);
        *meeting.participants.people_mut() = people;
        meeting.follow_ups = follow_ups;
        w.section(&rest?)?;
        w.section(&encode(&meeting.people())?)?;
        w.section(&encode(&meeting.follow_ups)?)?;
        Ok(w)
    }

    /// The entry of a file that is no meeting: its meeting's sections empty.
    fn without_meeting(
        file: &Path,
        path: &Path,
        fingerprint: source::Fingerprint,
        head: &Head,
    ) -> std::io::Result<Writer> {
        let mut w = Writer::start(file, path, fingerprint, head)?;
        for _ in [MEETING, PEOPLE, FOLLOW_UPS] {
            w.section(&[])?;
        }
        Ok(w)
    }

    /// Ends a meeting's entry with its problems (the TUI adds its search
    /// index later), and keeps it.
    pub fn problems(self, problems: &[Problem]) -> std::io::Result<()> {
        self.end(problems, None)
    }

    /// Ends the entry with its problems and search index, and keeps it.
    fn end(mut self, problems: &[Problem], search: Option<&[u8]>) -> std::io::Result<()> {
        self.section(&encode(&problems)?)?;
        self.section(search.unwrap_or_default())?;
        self.finish()
    }

    fn part(&mut self, p: &[u8]) -> std::io::Result<()> {
        self.out.write_all(&(p.len() as u64).to_le_bytes())?;
        self.out.write_all(p)
    }

    fn section(&mut self, body: &[u8]) -> std::io::Result<()> {
        self.part(&sum(body).to_le_bytes())?;
        self.part(body)
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()?;
        fs::rename(&self.tmp, &self.file)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Rewrites the entry `found` (read from `file`) with `search` as its
/// search index. The entry is read again and must still be `found` (the
/// same meeting, so the index is its own); the rest is copied.
pub fn with_search(file: &Path, found: &Found, search: &[u8]) -> std::io::Result<()> {
    if fs::read(file)? != *found.all {
        return Ok(());
    }
    // The search section's checksum and body, each with its length, end the entry.
    let end = found.sections[SEARCH].1.start.saturating_sub(3 * 8);
    let mut out = found.all.get(..end).unwrap_or_default().to_vec();
    for p in [&sum(search).to_le_bytes()[..], search] {
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

    /// The meeting comes back whole from its sections, decoded on one
    /// thread or two, with its problems and what `also` read meanwhile.
    #[test]
    fn one_thread_or_two_decode_the_same() {
        let dir = tempfile::tempdir().expect("tempdir");
        let m = crate::generate::meeting(120, 12, 40);
        let text = crate::save::canonical::meeting_yaml(&m).expect("serializes");
        let f = dir.path().join("m.yaml");
        fs::write(&f, &text).expect("write");
        let doc = crate::load::load(&f).expect("loads");
        let today = doc.meeting.start_date;
        let problems = check_document(&doc, today);
        let mut loaded = Loaded::Meeting(Box::new(doc), problems.clone());
        let entry = dir.path().join("entry.bin");
        let fp = source::Fingerprint::of(text.as_bytes());
        let search = encode(&vec![7u8, 8, 9]).expect("encodes");
        write(&entry, &f, fp, today, &mut loaded, Some(&search)).expect("written");
        let Loaded::Meeting(doc, _) = &loaded else {
            panic!("a meeting")
        };
        assert_eq!(doc.meeting, m, "put back whole after writing");
        let found = read(&entry, &f).expect("read back");
        assert!(found.is_for(fp));
        for two in [false, true] {
            let seen = std::sync::Mutex::new(None);
            let also = |f: &Found| *seen.lock().expect("lock") = f.decode::<Vec<u8>>(SEARCH);
            let (back, kept) = meeting_on(&found, true, Some(&also), two).expect("decodes");
            assert_eq!(back, m, "two threads: {two}");
            assert_eq!(kept, Some(problems.clone()));
            let search = seen.into_inner().expect("lock");
            assert_eq!(search, Some(vec![7, 8, 9]));
        }
    }
}
