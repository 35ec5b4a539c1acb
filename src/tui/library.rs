//! The documents the app has open, with what the views derive from them:
//! problems, roster search keys, duplicates, facets for the summary panel.
//!
//! All document state lives here, in one place, and everything derived is
//! rebuilt by [`Entry::refresh`] — so an editing layer can change a document
//! and call it. Building an entry is the slow part of loading; the loader
//! does it off the UI thread. No terminal code here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::{Problem, check_document, check_meeting};
use crate::domain::{Meeting, Participant, Role, Status};
use crate::edit::Editor;
use crate::load::Document;
use crate::problem::Kind;
use crate::search::{DuplicateGroups, Key, find_duplicates, participant_key};

/// Small numbers for a participant's country and organization, so counting
/// a filtered roster is array increments rather than string hashing.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Facets {
    pub countries: Vec<String>,
    pub organizations: Vec<String>,
    /// Per participant: country and organization (`NONE` for none), role and status.
    pub of: Vec<Facet>,
}

pub const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Facet {
    pub country: u32,
    pub organization: u32,
    pub role: Role,
    pub status: Status,
}

impl Facets {
    fn build(people: &[Participant]) -> Facets {
        let mut f = Facets::default();
        let mut cix: HashMap<&str, u32> = HashMap::new();
        let mut oix: HashMap<&str, u32> = HashMap::new();
        for p in people {
            let c = id_of(p.country.as_deref(), &mut cix, &mut f.countries);
            let o = id_of(
                p.organization.as_ref().map(|t| t.primary()),
                &mut oix,
                &mut f.organizations,
            );
            f.of.push(Facet {
                country: c,
                organization: o,
                role: p.role,
                status: p.status,
            });
        }
        f
    }
}

fn id_of<'a>(s: Option<&'a str>, ix: &mut HashMap<&'a str, u32>, names: &mut Vec<String>) -> u32 {
    match s.map(str::trim) {
        Some(s) if !s.is_empty() => *ix.entry(s).or_insert_with(|| {
            names.push(s.to_string());
            (names.len() - 1) as u32
        }),
        _ => NONE,
    }
}

/// What the roster builds from a meeting's people (search keys, duplicate
/// groups, facets): the costly part of opening a large meeting, so it is
/// kept in the cache beside the meeting and decoded on a warm load.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PeopleIndex {
    pub keys: Vec<Key>,
    pub duplicates: DuplicateGroups,
    pub facets: Facets,
}

impl PeopleIndex {
    /// The index of `doc`'s people, as [`Entry`] builds it.
    pub fn build(doc: &Document) -> PeopleIndex {
        let people = doc.meeting.people();
        PeopleIndex::build_on(people, people.len() >= PARALLEL_FROM)
    }

    fn build_on(people: &[Participant], two_threads: bool) -> PeopleIndex {
        if !two_threads {
            return PeopleIndex {
                keys: people.iter().map(participant_key).collect(),
                duplicates: find_duplicates(people),
                facets: Facets::build(people),
            };
        }
        // Search keys and duplicate groups are independent of each other and
        // of the rest: on a large roster each takes a core. The same
        // functions run, so the same answers come back; a panic in one goes
        // on as if it had happened here.
        std::thread::scope(|s| {
            let keys = s.spawn(|| people.iter().map(participant_key).collect::<Vec<_>>());
            let duplicates = s.spawn(|| find_duplicates(people));
            let facets = Facets::build(people);
            PeopleIndex {
                keys: joined(keys.join()),
                duplicates: joined(duplicates.join()),
                facets,
            }
        })
    }
}

/// Which open meeting: given when the meeting is added to the [`Library`]
/// and never changed or reused while the app runs (as helix's
/// `DocumentId`). Dialogs, prompts, review steps, questions and pending
/// edits hold this, never a position in the list, which shifts as files
/// finish loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MeetingId(pub u32);

/// From this many participants on, [`Entry`]'s derived lists are built on
/// two threads (below it, starting the threads costs more than it saves).
const PARALLEL_FROM: usize = 2_000;

/// A scoped thread's value; its panic goes on in the caller.
fn joined<T>(r: std::thread::Result<T>) -> T {
    r.unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// One open meeting and what is derived from it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Set by [`Library::insert`].
    pub id: MeetingId,
    /// The document with its undo history: edits go through it.
    pub editor: Editor,
    /// Errors and warnings from the checks, located in the file.
    pub problems: Vec<Problem>,
    /// Per session: indices into `problems` of those that involve it.
    pub session_problems: Vec<Vec<usize>>,
    /// Per participant: what the roster search matches (names in every
    /// language, organization, country code and name).
    pub keys: Vec<Key>,
    pub duplicates: DuplicateGroups,
    pub facets: Facets,
}

pub use crate::check::index_in;

fn session_problems(m: &Meeting, problems: &[Problem]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); m.sessions.len()];
    let by_id: HashMap<&str, usize> = m
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for (n, p) in problems.iter().enumerate() {
        let Some(path) = p.path.as_deref() else {
            continue;
        };
        let Some(i) = index_in(path, "sessions") else {
            continue;
        };
        if let Some(v) = out.get_mut(i) {
            v.push(n);
        }
        // A clash concerns the other session too.
        for id in p.ids_of(Kind::Session) {
            if let Some(&j) = by_id.get(id)
                && j != i
                && let Some(v) = out.get_mut(j)
                && !v.contains(&n)
            {
                v.push(n);
            }
        }
    }
    out
}

impl Entry {
    pub fn new(doc: Document, today: NaiveDate) -> Entry {
        let mut e = Entry {
            id: MeetingId::default(),
            editor: Editor::new(doc),
            problems: Vec::new(),
            session_problems: Vec::new(),
            keys: Vec::new(),
            duplicates: DuplicateGroups::default(),
            facets: Facets::default(),
        };
        e.refresh(today);
        e
    }

    /// An entry for a document whose problems on `today` are known already
    /// (`check_document`'s answer, from the cache of loaded meetings): only
    /// what the views derive is built.
    pub fn checked(doc: Document, problems: Vec<Problem>) -> Entry {
        let mut e = Entry {
            id: MeetingId::default(),
            editor: Editor::new(doc),
            problems,
            session_problems: Vec::new(),
            keys: Vec::new(),
            duplicates: DuplicateGroups::default(),
            facets: Facets::default(),
        };
        e.derive();
        e
    }

    /// Rebuilds everything derived from the document, after loading or an edit.
    pub fn refresh(&mut self, today: NaiveDate) {
        // Lines come from the text as last read or saved; after an unsaved
        // edit they would point at the wrong place (and finding them costs
        // more than the checks on a large file), so problems keep their
        // document path until the next save.
        self.problems = if self.editor.is_dirty() {
            let mut p = check_meeting(self.meeting(), today);
            self.doc().attribute(&mut p);
            p
        } else {
            check_document(self.doc(), today)
        };
        self.derive();
    }

    /// What the views derive from the document and its problems.
    fn derive(&mut self) {
        self.derive_on(self.meeting().people().len() >= PARALLEL_FROM);
    }

    fn derive_on(&mut self, two_threads: bool) {
        let m = &self.editor.doc.meeting;
        self.session_problems = session_problems(m, &self.problems);
        let index = PeopleIndex::build_on(m.people(), two_threads);
        self.set_index(index);
    }

    /// An entry whose problems on the day are known and whose people index
    /// was kept in the cache with them ([`crate::cache::load_indexed`]):
    /// only the Problems screen's per-session lists are built.
    pub fn indexed(doc: Document, problems: Vec<Problem>, index: PeopleIndex) -> Entry {
        let session_problems = session_problems(&doc.meeting, &problems);
        let mut e = Entry {
            id: MeetingId::default(),
            editor: Editor::new(doc),
            problems,
            session_problems,
            keys: Vec::new(),
            duplicates: DuplicateGroups::default(),
            facets: Facets::default(),
        };
        e.set_index(index);
        e
    }

    fn set_index(&mut self, index: PeopleIndex) {
        self.keys = index.keys;
        self.duplicates = index.duplicates;
        self.facets = index.facets;
    }

    pub fn doc(&self) -> &Document {
        &self.editor.doc
    }

    pub fn meeting(&self) -> &Meeting {
        &self.editor.doc.meeting
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Every meeting opened, in date order, and the files that could not be.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// What was opened (a folder or one file), as the user named it.
    pub root: PathBuf,
    pub entries: Vec<Entry>,
    /// Files that could not be loaded at all.
    pub failures: Vec<Problem>,
    /// The id the next meeting gets.
    next_id: u32,
}

impl Library {
    pub fn new(root: PathBuf) -> Library {
        Library {
            root,
            entries: Vec::new(),
            failures: Vec::new(),
            next_id: 0,
        }
    }

    /// Adds an entry in date order, giving it a new id; returns the id.
    pub fn insert(&mut self, mut e: Entry) -> MeetingId {
        let id = MeetingId(self.next_id);
        self.next_id += 1;
        e.id = id;
        let key = |x: &Entry| (x.meeting().start_date, x.doc().path.clone());
        let k = key(&e);
        let at = self.entries.partition_point(|x| key(x) <= k);
        self.entries.insert(at, e);
        id
    }

    /// Where meeting `id` is in the (date-ordered) list now.
    pub fn index_of(&self, id: MeetingId) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    pub fn get(&self, id: MeetingId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn get_mut(&mut self, id: MeetingId) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// The id of the meeting at position `i` of the list.
    /// (Indexing by id, `library[id]`, is below: ids come only from here and
    /// meetings are never closed while the app runs, so every id is found.)
    pub fn id_at(&self, i: usize) -> Option<MeetingId> {
        self.entries.get(i).map(|e| e.id)
    }

    /// A path as the user would type it: relative to the current folder when inside it.
    pub fn show_path(p: &Path) -> String {
        let cwd = std::env::current_dir().ok();
        let rel = cwd
            .as_deref()
            .and_then(|c| p.strip_prefix(c).ok())
            .unwrap_or(p);
        rel.display().to_string()
    }

    pub fn problem_count(&self) -> (usize, usize) {
        let errors = self.failures.len() + self.entries.iter().map(Entry::errors).sum::<usize>();
        let warnings = self.entries.iter().map(Entry::warnings).sum::<usize>();
        (errors, warnings)
    }
}

impl std::ops::Index<MeetingId> for Library {
    type Output = Entry;
    fn index(&self, id: MeetingId) -> &Entry {
        let i = self
            .index_of(id)
            .unwrap_or_else(|| unreachable!("meeting {id:?} is never closed"));
        &self.entries[i]
    }
}

impl std::ops::IndexMut<MeetingId> for Library {
    fn index_mut(&mut self, id: MeetingId) -> &mut Entry {
        let i = self
            .index_of(id)
            .unwrap_or_else(|| unreachable!("meeting {id:?} is never closed"));
        &mut self.entries[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Built on two threads, the derived lists are the ones built on one.
    #[test]
    fn two_threads_derive_the_same() {
        let m = crate::generate::meeting(PARALLEL_FROM + 500, 20, 10);
        let text = crate::save::canonical::meeting_yaml(&m).expect("serializes");
        let doc = crate::load::load_source(
            Path::new("m.yaml"),
            crate::load::source::from_bytes(text.into_bytes()).expect("text"),
        )
        .expect("loads");
        let today = NaiveDate::from_ymd_opt(2024, 10, 10).expect("date");
        let mut e = Entry::new(doc, today);
        let seen = |e: &Entry| format!("{:?}", (&e.session_problems, &e.keys, &e.facets.of));
        let (parallel, groups) = (seen(&e), e.duplicates.clone());
        e.derive_on(false);
        assert_eq!(seen(&e), parallel);
        // Compared whole: its map's Debug order varies from one build to the next.
        assert_eq!(e.duplicates, groups);
        assert_eq!(e.keys.len(), PARALLEL_FROM + 500);
    }
}
