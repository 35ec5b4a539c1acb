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

use crate::check::background::{Running, Wake};
use crate::check::{BlockId, Checks, Problem};
use crate::domain::{Meeting, Participant, ParticipantIndex, Role, Status};
use crate::edit::{Change, Editor, ListOp};
use crate::load::Document;
use crate::search::{DuplicateGroups, Key, find_duplicates, name_order, participant_key};
use crate::tui::placed::{Placed, attributed, drop_elsewhere, on_worker, session_problems};

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
/// groups, facets, the name order): the costly part of opening a large
/// meeting, so it is kept in the cache beside the meeting and decoded on a
/// warm load.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PeopleIndex {
    pub keys: Vec<Key>,
    pub duplicates: DuplicateGroups,
    pub facets: Facets,
    /// Everyone in name order ([`name_order`]): at 100,000 people sorting
    /// them took longer than decoding this.
    pub by_name: Vec<u32>,
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
                by_name: name_order(people),
            };
        }
        // Search keys, duplicate groups and the name order are independent
        // of each other and of the rest: on a large roster each takes a
        // core. The same functions run, so the same answers come back; a
        // panic in one goes on as if it had happened here.
        std::thread::scope(|s| {
            let keys = s.spawn(|| people.iter().map(participant_key).collect::<Vec<_>>());
            let duplicates = s.spawn(|| find_duplicates(people));
            let by_name = name_order(people);
            let facets = Facets::build(people);
            PeopleIndex {
                keys: joined(keys.join()),
                duplicates: joined(duplicates.join()),
                facets,
                by_name,
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
    /// Everyone in name order ([`name_order`]), while it is known: built
    /// with the other lists, or kept in the cache; `None` after an edit
    /// that changed a name or the roster's length (the Roster then sorts).
    pub by_name: Option<Vec<u32>>,
    /// The problems kept by record, in step with the meeting: an edit
    /// re-checks only what it can affect. `None` while a whole check runs
    /// on a worker (see `pending`), or before the first edit of a meeting
    /// whose problems came from the cache.
    checks: Option<Checks>,
    /// A whole check on a worker thread, and the edits made since it took
    /// its copy of the meeting: its answer is brought up to date with them
    /// before it is shown, so an older answer never stands for a newer edit.
    pending: Option<(Running<Option<Placed>>, Vec<Change>)>,
    /// The problems with their lines for the text as last read or saved
    /// (its fingerprint): undoing back to it shows them again without
    /// finding every line anew. `None` inside while `problems` is that list.
    saved: Option<(crate::load::Fingerprint, Option<Vec<Problem>>)>,
    /// While `problems` is the kept checks' list given files but no lines
    /// (after an edit): per problem, the id of the checks' block it is a
    /// copy of. The next edit keeps the problems of blocks not computed
    /// again instead of copying every problem anew.
    origin: Option<Vec<BlockId>>,
    /// Such a list put aside while the saved text's problems are shown
    /// (undone back to it), for the next edit.
    spare: Option<(Vec<Problem>, Vec<BlockId>)>,
    /// Participants by id, made on first use and forgotten when an edit
    /// may change which record has an id: the views look people up per
    /// row drawn, which a walk of a large roster makes too slow for a frame.
    by_id: std::sync::OnceLock<ParticipantIndex>,
    /// For a meeting whose problems came from the cache: its [`Checks`]
    /// being made on a worker since it was loaded (for that day), so the
    /// first edit re-checks what it touched instead of copying the whole
    /// meeting for a whole check. See [`Entry::warm`].
    warming: Option<(Running<Option<Placed>>, NaiveDate)>,
    /// The file on disk changed and does not load now: every error that
    /// stops it, as `plenary check` gives them for the file. The meeting
    /// shown is the version before (nothing is lost); `None` once the file
    /// loads again, is written by us, or is back as it was loaded.
    pub on_disk: Option<Vec<Problem>>,
}

pub use crate::check::index_in;

impl Entry {
    fn bare(doc: Document, problems: Vec<Problem>) -> Entry {
        Entry::bare_editor(Editor::new(doc), problems)
    }

    fn bare_editor(editor: Editor, problems: Vec<Problem>) -> Entry {
        Entry {
            id: MeetingId::default(),
            editor,
            problems,
            session_problems: Vec::new(),
            keys: Vec::new(),
            duplicates: DuplicateGroups::default(),
            facets: Facets::default(),
            by_name: None,
            checks: None,
            pending: None,
            saved: None,
            origin: None,
            spare: None,
            by_id: std::sync::OnceLock::new(),
            warming: None,
            on_disk: None,
        }
    }

    pub fn new(doc: Document, today: NaiveDate) -> Entry {
        let mut e = Entry::bare(doc, Vec::new());
        e.refresh(today);
        e
    }

    /// [`Entry::new`] for a document already open in `editor` (a merge
    /// just written, with the base it was compared with).
    pub fn of_editor(editor: Editor, today: NaiveDate) -> Entry {
        let mut e = Entry::bare_editor(editor, Vec::new());
        e.refresh(today);
        e
    }

    /// An entry for a document whose problems on `today` are known already
    /// (`check_document`'s answer, from the cache of loaded meetings): only
    /// what the views derive is built.
    pub fn checked(doc: Document, problems: Vec<Problem>) -> Entry {
        let mut e = Entry::bare(doc, problems);
        e.saved = Some((e.doc().fingerprint, None));
        e.derive();
        e
    }

    /// Rebuilds everything derived from the document, after loading or
    /// when the document was replaced (a reload, a merge).
    pub fn refresh(&mut self, today: NaiveDate) {
        // A check still running was for the document as it was.
        (self.pending, self.warming) = (None, None);
        self.saved = None;
        (self.origin, self.spare) = (None, None);
        self.checks = Some(Checks::new(self.meeting(), today));
        self.place_problems();
        self.derive();
    }

    /// After an edit, undo or redo (`changes`, as applied): updates the
    /// touched participants' search keys, facets and duplicate groups, and
    /// re-checks what the changes can affect. What cannot be followed
    /// record by record is checked whole: on a worker when `wake` is given
    /// (the problems stay as they were, marked as checking, until
    /// [`Entry::poll_checks`] takes the answer), here otherwise.
    pub fn edited(&mut self, today: NaiveDate, changes: &[Change], wake: Option<&Wake>) {
        self.derive_people(changes);
        let warmed = self.take_warming(today, wake);
        if let Some((_, since)) = &mut self.pending {
            since.extend(changes.iter().cloned());
            self.follow_sessions(changes);
            if warmed {
                self.settle_warmed(today, wake);
            }
            return;
        }
        let refs: Vec<&Change> = changes.iter().collect();
        let m = &self.editor.doc.meeting;
        let followed = match &mut self.checks {
            Some(c) if c.today() == today => c.update(m, &refs),
            _ => false,
        };
        if followed {
            self.place_problems();
        } else {
            self.check_whole(today, wake);
            if self.pending.is_some() {
                self.follow_sessions(changes);
            }
        }
    }

    /// While a whole check runs, the problems shown are the ones from
    /// before the edit; their per-session lists move with the sessions
    /// (inserted, removed, moved) so that there is one per session and each
    /// stays with its session until the answer is in.
    fn follow_sessions(&mut self, changes: &[Change]) {
        let per = &mut self.session_problems;
        for c in changes {
            let Change::Session(op) = c else { continue };
            match op {
                ListOp::Insert(at, _) => per.insert((*at).min(per.len()), Vec::new()),
                ListOp::Remove(at, _) if *at < per.len() => {
                    per.remove(*at);
                }
                ListOp::Move { from, to } if *from < per.len() => {
                    let v = per.remove(*from);
                    per.insert((*to).min(per.len()), v);
                }
                _ => {}
            }
        }
        per.resize(self.editor.doc.meeting.sessions.len(), Vec::new());
    }

    /// Starts making the [`Checks`] of a meeting whose problems came from
    /// the cache on a worker (`today`'s), off the thread that loaded it, so
    /// that its first edit finds them. Its problems stay as they are: the
    /// cache's are the same list.
    pub fn warm(&mut self, today: NaiveDate) {
        if self.checks.is_none() && self.pending.is_none() && self.warming.is_none() {
            let copy = self.meeting().clone();
            // Its problems are the ones shown: nothing to place.
            let then = Box::new(|_: &Meeting, _: &Checks| None);
            self.warming = Some((Running::unwatched(copy, today, then), today));
        }
    }

    /// [`Entry::warm`], for a new entry.
    pub fn warmed(mut self, today: NaiveDate) -> Entry {
        self.warm(today);
        self
    }

    /// Makes the warming check (if it is for `today` and no checks are
    /// kept) the pending one, which the edit being made waits for; true if
    /// it did.
    fn take_warming(&mut self, today: NaiveDate, wake: Option<&Wake>) -> bool {
        if self.checks.is_some() || self.pending.is_some() {
            self.warming = None;
            return false;
        }
        let Some((running, day)) = self.warming.take() else {
            return false;
        };
        if day != today {
            return false;
        }
        if let Some(w) = wake {
            running.watch(w.clone());
        }
        self.pending = Some((running, Vec::new()));
        true
    }

    /// After the warming check became the pending one: its answer at once
    /// if it is in (brought up to date with the edit); without `wake`, the
    /// answer waited for here, as a whole check would be run here.
    fn settle_warmed(&mut self, today: NaiveDate, wake: Option<&Wake>) {
        if wake.is_some() {
            self.poll_checks(today, wake);
            return;
        }
        while self.pending.is_some() && !self.poll_checks(today, None) {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    /// Checks the whole meeting: on a worker when `wake` is given.
    fn check_whole(&mut self, today: NaiveDate, wake: Option<&Wake>) {
        let old = self.checks.take();
        match wake {
            Some(w) => {
                // Freeing the old checks (every problem and index of a large
                // meeting: tens of milliseconds at 10×) is no work for the
                // thread that answers keys.
                if old.is_some() {
                    drop_elsewhere(old);
                }
                let copy = self.meeting().clone();
                let then = on_worker(self.doc().files());
                let running = Running::start(copy, today, w.clone(), then);
                self.pending = Some((running, Vec::new()));
            }
            None => {
                self.checks = Some(Checks::new(self.meeting(), today));
                self.place_problems();
            }
        }
    }

    /// Takes a worker's answer if it is in, brought up to date with the
    /// edits made since; true when the problems were replaced.
    pub fn poll_checks(&mut self, today: NaiveDate, wake: Option<&Wake>) -> bool {
        let Some(answer) = self.pending.as_ref().and_then(|(r, _)| r.take()) else {
            return false;
        };
        let since = self.pending.take().map(|(_, s)| s).unwrap_or_default();
        let (mut checks, placed) = match answer {
            Some((c, placed)) => (c, placed),
            None => (Checks::new(self.meeting(), today), None),
        };
        let refs: Vec<&Change> = since.iter().collect();
        if refs.is_empty() || checks.update(self.meeting(), &refs) {
            self.checks = Some(checks);
            match placed {
                Some(p) if self.editor.is_dirty() => self.take_placed(p, refs.is_empty()),
                Some(p) if refs.is_empty() && self.at_saved() => self.placed_at_saved(p),
                other => {
                    drop_elsewhere(other);
                    self.place_problems();
                }
            }
            true
        } else {
            drop_elsewhere((checks, placed));
            self.check_whole(today, wake);
            !self.is_checking()
        }
    }

    /// The worker's placed problems shown, for an edited document (as
    /// [`Entry::place_problems`] would place them): as they are when no
    /// edit came since (`current`), else with the blocks the kept checks
    /// computed again for those edits copied in. What they replace is
    /// freed elsewhere.
    fn take_placed(&mut self, p: Placed, current: bool) {
        let Placed {
            problems,
            origin,
            per_session,
        } = p;
        let old = self.take_attributed();
        let (problems, origin, per_session) = match &self.checks {
            Some(c) if !current => {
                let (problems, origin) =
                    attributed(c.listed(), &self.doc().files(), problems, origin);
                drop_elsewhere(per_session);
                let per = session_problems(self.meeting(), &problems, Some(c));
                (problems, origin, per)
            }
            _ => (problems, origin, per_session),
        };
        (self.problems, self.origin) = (problems, Some(origin));
        let old_per_session = std::mem::replace(&mut self.session_problems, per_session);
        drop_elsewhere((old, old_per_session));
    }

    /// Whether the document is the text as last read or saved, whose
    /// problems are kept with their lines.
    fn at_saved(&self) -> bool {
        !self.editor.is_dirty()
            && self
                .saved
                .as_ref()
                .is_some_and(|(f, _)| *f == self.doc().fingerprint)
    }

    /// The worker's answer for the saved text (an edit undone while it
    /// ran): the saved list is shown, with its lines; the worker's list,
    /// the same problems given files only, is the one the next edit starts
    /// from; its per-session lists hold for the saved list when the two
    /// list the same problems in the same order (a saved list from the
    /// cache of loaded meetings may not). What they replace is freed
    /// elsewhere.
    fn placed_at_saved(&mut self, p: Placed) {
        let mut old = Vec::new();
        if let Some((_, kept)) = &mut self.saved
            && let Some(kept) = kept.take()
        {
            old.push(std::mem::replace(&mut self.problems, kept));
        }
        let same = self.problems.len() == p.problems.len()
            && self.problems.iter().zip(&p.problems).all(|(a, b)| {
                (a.severity, &a.path, &a.message, &a.records)
                    == (b.severity, &b.path, &b.message, &b.records)
            });
        let per = if same {
            p.per_session
        } else {
            drop_elsewhere(p.per_session);
            session_problems(self.meeting(), &self.problems, self.checks.as_ref())
        };
        let old_per = std::mem::replace(&mut self.session_problems, per);
        let old_spare = self.spare.replace((p.problems, p.origin));
        let old_origin = self.origin.take();
        drop_elsewhere((old, old_per, old_spare, old_origin));
    }

    /// For a save being copied now: the problems shown, when they are the
    /// meeting's as it is (no whole check under way) and given files but no
    /// lines (it was edited), for the disk worker to place in the text it
    /// writes. The copy costs the thread answering keys a few milliseconds
    /// at 10×; finding the lines there cost far more.
    pub fn problems_to_place(&self) -> Option<Vec<Problem>> {
        (self.origin.is_some() && !self.is_checking()).then(|| self.problems.clone())
    }

    /// A save is back with the problems of the meeting it wrote, placed in
    /// the text it wrote (see [`Entry::problems_to_place`]): they are the
    /// saved text's list, shown at once when the meeting is still that text
    /// and its problems are known (else kept for undoing back to it, as the
    /// list of a text read is). What they replace is freed elsewhere.
    pub fn written_placed(&mut self, placed: Vec<Problem>) {
        let fp = self.doc().fingerprint;
        if self.editor.is_dirty() || self.is_checking() || self.origin.is_none() {
            let old = self.saved.replace((fp, Some(placed)));
            drop_elsewhere(old);
            return;
        }
        // The list shown is the one the save took, copied and placed: the
        // same problems in the same order, unless an edit and its undo
        // came meanwhile and the checks listed them otherwise.
        let same = self.problems.len() == placed.len()
            && self.problems.iter().zip(&placed).all(|(a, b)| {
                (a.severity, &a.path, &a.message, &a.records)
                    == (b.severity, &b.path, &b.message, &b.records)
            });
        let shown = std::mem::replace(&mut self.problems, placed);
        let origin = self.origin.take().unwrap_or_default();
        let old_spare = self.spare.replace((shown, origin));
        let old_saved = self.saved.replace((fp, None));
        if !same {
            let per = session_problems(self.meeting(), &self.problems, self.checks.as_ref());
            let old_per = std::mem::replace(&mut self.session_problems, per);
            drop_elsewhere(old_per);
        }
        drop_elsewhere((old_spare, old_saved));
    }

    /// Whether a whole check is running on a worker (the problems shown are
    /// from before the last edits).
    pub fn is_checking(&self) -> bool {
        self.pending.is_some()
    }

    /// The kept checks' problems, placed in the file.
    fn place_problems(&mut self) {
        if self.checks.is_none() {
            return;
        }
        // Lines come from the text as last read or saved; after an unsaved
        // edit they would point at the wrong place (and finding them costs
        // more than the checks on a large file), so problems keep their
        // document path until the next save.
        let fp = self.doc().fingerprint;
        // While a save has the text on the worker, lines cannot be found:
        // the saved list if it is for this text, else files only.
        let kept_fits = self.saved.as_ref().is_some_and(|(f, _)| *f == fp);
        if self.editor.is_dirty() || (self.editor.text_away() && !kept_fits) {
            let (old, origin) = self.take_attributed();
            let Some(c) = &self.checks else { return };
            let (p, o) = attributed(c.listed(), &self.doc().files(), old, origin);
            (self.problems, self.origin) = (p, Some(o));
        } else if let Some((_, kept)) = self.saved.as_mut().filter(|(f, _)| *f == fp) {
            // Back at the saved meeting: its problems, as they were placed
            // (`None`: they are the ones shown).
            if let Some(kept) = kept.take() {
                let shown = std::mem::replace(&mut self.problems, kept);
                if let Some(o) = self.origin.take() {
                    self.spare = Some((shown, o));
                }
            }
        } else if let Some(c) = &self.checks {
            // The list the next edit starts from, made with this one (as
            // it is located: the same copies, then lines): that edit copies
            // only the problems of what it checks again, not every one.
            let files = self.doc().files();
            let (spare, origin) = attributed(c.listed(), &files, Vec::new(), Vec::new());
            let mut p = spare.clone();
            self.doc().locate(&mut p);
            self.problems = p;
            (self.origin, self.spare) = (None, Some((spare, origin)));
            self.saved = Some((fp, None));
        }
        let kept = self.checks.as_ref();
        self.session_problems = session_problems(self.meeting(), &self.problems, kept);
    }

    /// The list shown, to be replaced by one given files but no lines, with
    /// what of it can be kept: itself when it is such a list, else the one
    /// put aside (the saved text's list goes back aside, unchanged).
    fn take_attributed(&mut self) -> (Vec<Problem>, Vec<BlockId>) {
        let shown = std::mem::take(&mut self.problems);
        match self.origin.take() {
            Some(o) => (shown, o),
            None => {
                if let Some((_, kept @ None)) = &mut self.saved {
                    *kept = Some(shown);
                }
                self.spare.take().unwrap_or_default()
            }
        }
    }

    /// The participants' derived lists after `changes`: the touched ones'
    /// search keys and facets; the duplicate groups and the facets' names
    /// again only when a name, an e-mail, an id, a country or an
    /// organization changed, or participants were added or removed.
    fn derive_people(&mut self, changes: &[Change]) {
        let (mut groups, mut names) = (false, false);
        for c in changes {
            let Change::Participant(op) = c else { continue };
            if !matches!(op, ListOp::Replace { before, after, .. } if before.id == after.id) {
                self.by_id = std::sync::OnceLock::new();
            }
            match op {
                ListOp::Replace { at, before, after } => {
                    if before.name != after.name {
                        self.by_name = None;
                    }
                    groups |= before.id != after.id
                        || before.name != after.name
                        || before.email != after.email;
                    names |= before.country != after.country
                        || before.organization != after.organization;
                    if let Some(p) = self.editor.doc.meeting.people().get(*at)
                        && let Some(k) = self.keys.get_mut(*at)
                    {
                        *k = participant_key(p);
                    }
                }
                ListOp::Insert(at, p) if *at <= self.keys.len() => {
                    self.by_name = None;
                    self.keys.insert(*at, participant_key(p));
                    (groups, names) = (true, true);
                }
                ListOp::Remove(at, _) if *at < self.keys.len() => {
                    self.by_name = None;
                    self.keys.remove(*at);
                    (groups, names) = (true, true);
                }
                _ => {
                    self.by_name = None;
                    self.keys = self
                        .meeting()
                        .people()
                        .iter()
                        .map(participant_key)
                        .collect();
                    (groups, names) = (true, true);
                }
            }
        }
        let people = self.editor.doc.meeting.people();
        if groups {
            self.duplicates = find_duplicates(people);
        }
        if names || self.facets.of.len() != people.len() {
            self.facets = Facets::build(people);
        } else {
            for (f, p) in self.facets.of.iter_mut().zip(people) {
                (f.role, f.status) = (p.role, p.status);
            }
        }
    }

    /// What the views derive from the document and its problems.
    fn derive(&mut self) {
        self.derive_on(self.meeting().people().len() >= PARALLEL_FROM);
    }

    fn derive_on(&mut self, two_threads: bool) {
        self.by_id = std::sync::OnceLock::new();
        let m = &self.editor.doc.meeting;
        self.session_problems = session_problems(m, &self.problems, None);
        let index = PeopleIndex::build_on(m.people(), two_threads);
        self.set_index(index);
    }

    /// An entry whose problems on the day are known and whose people index
    /// was kept in the cache with them ([`crate::cache::load_indexed`]):
    /// only the Problems screen's per-session lists are built.
    pub fn indexed(doc: Document, problems: Vec<Problem>, index: PeopleIndex) -> Entry {
        let mut e = Entry::bare(doc, problems);
        e.saved = Some((e.doc().fingerprint, None));
        e.session_problems = session_problems(e.meeting(), &e.problems, None);
        e.set_index(index);
        e
    }

    fn set_index(&mut self, index: PeopleIndex) {
        self.keys = index.keys;
        self.duplicates = index.duplicates;
        self.facets = index.facets;
        self.by_name = Some(index.by_name);
    }

    /// The interpretation rules' problems on `today`, not yet placed: from
    /// the kept checks when they are up to date (an edit re-checked what
    /// it could affect), else the rules run on the whole meeting.
    pub fn interpretation_warnings(&self, today: NaiveDate) -> Vec<Problem> {
        match &self.checks {
            Some(c) if c.today() == today && self.pending.is_none() => c.interpretation(),
            _ => crate::check::check_interpretation_on(self.meeting(), today),
        }
    }

    pub fn doc(&self) -> &Document {
        &self.editor.doc
    }

    /// The participants by id (for each id, the first record with it).
    pub fn people_by_id(&self) -> &ParticipantIndex {
        self.by_id
            .get_or_init(|| ParticipantIndex::build(self.meeting().people()))
    }

    /// [`Meeting::participant`] without walking the roster.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.people_by_id().get(self.meeting().people(), id)
    }

    pub fn meeting(&self) -> &Meeting {
        &self.editor.doc.meeting
    }

    /// The errors shown: the file on disk's first (it does not load), then
    /// the meeting's.
    pub fn errors(&self) -> usize {
        self.shown_problems().filter(|p| p.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.shown_problems().filter(|p| !p.is_error()).count()
    }

    /// Every problem the Problems screen lists for this meeting: the file
    /// on disk's when it does not load, then the meeting's.
    pub fn shown_problems(&self) -> impl Iterator<Item = &Problem> {
        self.on_disk.iter().flatten().chain(&self.problems)
    }
}

/// Every meeting opened, in date order, and the files that could not be.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// What was opened (a folder or one file), as the user named it.
    pub root: PathBuf,
    pub entries: Vec<Entry>,
    /// Why files could not be loaded at all: every error of each (a file
    /// may have several, so count files with [`Library::failed_files`]).
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
        // The folder Plenary was started in strips to nothing: say ".".
        if rel.as_os_str().is_empty() {
            return ".".into();
        }
        rel.display().to_string()
    }

    /// How many files could not be loaded (each may have several errors).
    pub fn failed_files(&self) -> usize {
        let mut files: Vec<&Path> = self.failures.iter().map(|p| p.file.as_path()).collect();
        files.sort_unstable();
        files.dedup();
        files.len()
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

    /// tester13: "Meetings — 1 in " when started in the folder itself.
    #[test]
    fn the_folder_plenary_runs_in_is_shown_as_a_dot() {
        let cwd = std::env::current_dir().expect("cwd");
        assert_eq!(Library::show_path(&cwd), ".");
        assert_eq!(Library::show_path(&cwd.join("agendas")), "agendas");
    }

    fn generated(people: usize) -> Entry {
        let m = crate::generate::meeting(people, 30, 40);
        let text = crate::save::canonical::meeting_yaml(&m).expect("serializes");
        let doc = crate::load::load_source(
            Path::new("m.yaml"),
            crate::load::source::from_bytes(text.into_bytes()).expect("text"),
        )
        .expect("loads");
        Entry::new(doc, today())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 10, 10).expect("date")
    }

    /// What a fresh entry of the same document says: problems placed as
    /// `refresh` places them, and every derived list.
    fn fresh(e: &Entry) -> String {
        let mut f = e.clone();
        f.refresh(today());
        seen_all(&f)
    }

    fn seen_all(e: &Entry) -> String {
        let by_id = e.people_by_id() == &ParticipantIndex::build(e.meeting().people());
        format!(
            "{:?}",
            (
                by_id,
                &e.problems,
                &e.session_problems,
                &e.keys,
                &e.facets.countries,
                &e.facets.organizations,
                &e.facets.of,
                &e.duplicates.groups,
                // Kept while it is right, else sorted anew by the Roster.
                e.by_name
                    .clone()
                    .unwrap_or_else(|| name_order(e.meeting().people())),
            )
        )
    }

    fn apply(e: &mut Entry, tx: crate::edit::Transaction, wake: Option<&Wake>) {
        e.editor.apply(tx).expect("applies");
        let changes = e.editor.history.last_done().expect("done").changes.clone();
        e.edited(today(), &changes, wake);
    }

    fn undo(e: &mut Entry, wake: Option<&Wake>) {
        e.editor.undo().expect("undoes");
        let changes = e
            .editor
            .history
            .last_undone()
            .expect("undone")
            .inverse()
            .changes;
        e.edited(today(), &changes, wake);
    }

    /// Waits (briefly) for a worker's answer.
    fn settle(e: &mut Entry, wake: Option<&Wake>) {
        for _ in 0..2_000 {
            if !e.is_checking() || e.poll_checks(today(), wake) && !e.is_checking() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the worker never answered");
    }

    fn person_renamed(e: &Entry, i: usize, name: &str, country: &str) -> crate::edit::Transaction {
        let before = e.meeting().people()[i].clone();
        let mut after = before.clone();
        after.name = crate::domain::Text::plain(name);
        after.country = Some(country.into());
        crate::edit::Transaction::new("rename").with(Change::Participant(ListOp::Replace {
            at: i,
            before,
            after,
        }))
    }

    fn session_removed(e: &Entry, i: usize) -> crate::edit::Transaction {
        let s = e.meeting().sessions[i].clone();
        crate::edit::Transaction::new("remove").with(Change::Session(ListOp::Remove(i, s)))
    }

    /// Edits and undo on the UI thread: what a fresh entry says, derived
    /// lists included, and lines again once back at the saved text.
    #[test]
    fn edits_and_undo_answer_as_a_fresh_entry() {
        let mut e = generated(300);
        let saved = seen_all(&e);
        let other = e.meeting().people()[7].name.primary().to_string();
        {
            let tx = person_renamed(&e, 3, &other, "KZ");
            apply(&mut e, tx, None);
        }
        assert!(!e.is_checking());
        assert_eq!(seen_all(&e), fresh(&e));
        {
            let tx = session_removed(&e, 2);
            apply(&mut e, tx, None);
        }
        assert_eq!(seen_all(&e), fresh(&e));
        undo(&mut e, None);
        undo(&mut e, None);
        assert!(!e.editor.is_dirty());
        assert_eq!(seen_all(&e), saved, "back at the saved text, with lines");
    }

    /// One record changed as a user would: a field taken from another
    /// record of its kind (so clashes, duplicates and broken references
    /// come and go), chosen by `r`.
    fn random_edit(e: &Entry, r: &mut u64) -> crate::edit::Transaction {
        let mut next = |n: usize| {
            *r = r
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((*r >> 33) as usize) % n.max(1)
        };
        let m = e.meeting();
        let tx = crate::edit::Transaction::new("random");
        match next(3) {
            0 => {
                let (i, j) = (next(m.sessions.len()), next(m.sessions.len()));
                let before = m.sessions[i].clone();
                let mut after = before.clone();
                match next(3) {
                    0 => after.room = m.sessions[j].room.clone(),
                    1 => (after.date, after.start) = (m.sessions[j].date, m.sessions[j].start),
                    _ => after.end = m.sessions[j].end,
                }
                tx.with(Change::Session(ListOp::Replace {
                    at: i,
                    before,
                    after,
                }))
            }
            1 => {
                let (i, j) = (next(m.people().len()), next(m.people().len()));
                let before = m.people()[i].clone();
                let mut after = before.clone();
                match next(4) {
                    0 => after.name = m.people()[j].name.clone(),
                    1 => after.country = m.people()[j].country.clone(),
                    2 => after.email = m.people()[j].email.clone(),
                    // Ids come and go (and twins appear): who is found by id.
                    _ => after.id = m.people()[j].id.clone(),
                }
                tx.with(Change::Participant(ListOp::Replace {
                    at: i,
                    before,
                    after,
                }))
            }
            _ => {
                let (i, j) = (next(m.follow_ups.len()), next(m.follow_ups.len()));
                let before = m.follow_ups[i].clone();
                let mut after = before.clone();
                match next(3) {
                    0 => after.status = m.follow_ups[j].status,
                    1 => after.owner = m.follow_ups[j].owner.clone(),
                    _ => after.due = m.follow_ups[j].due,
                }
                tx.with(Change::FollowUp(ListOp::Replace {
                    at: i,
                    before,
                    after,
                }))
            }
        }
    }

    /// Problems kept from the list before an edit (those of blocks not
    /// checked again), and the saved text's list put back after an undo:
    /// after random edits, undos and redos, what a fresh entry says.
    #[test]
    fn random_edits_undo_and_redo_answer_as_a_fresh_entry() {
        let mut e = generated(200);
        let saved = seen_all(&e);
        let mut r = 7_u64;
        for step in 0..60 {
            match step % 5 {
                3 if e.editor.history.last_done().is_some() => undo(&mut e, None),
                4 if e.editor.history.last_undone().is_some() => {
                    e.editor.redo().expect("redoes");
                    let changes = e.editor.history.last_done().expect("done").changes.clone();
                    e.edited(today(), &changes, None);
                }
                _ => {
                    let tx = random_edit(&e, &mut r);
                    apply(&mut e, tx, None);
                }
            }
            assert_eq!(seen_all(&e), fresh(&e), "step {step}");
        }
        while e.editor.history.last_done().is_some() {
            undo(&mut e, None);
        }
        assert!(!e.editor.is_dirty());
        assert_eq!(seen_all(&e), saved, "back at the saved text, with lines");
        // And away from it again: the list put aside serves the next edit.
        let tx = random_edit(&e, &mut r);
        apply(&mut e, tx, None);
        assert_eq!(seen_all(&e), fresh(&e));
    }

    /// A whole check on a worker: the problems stay as they were until its
    /// answer is taken; edits made meanwhile are in the answer shown, so an
    /// older answer never stands for a newer edit.
    #[test]
    fn a_worker_answer_is_brought_up_to_date_before_it_is_shown() {
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = std::sync::Arc::clone(&calls);
        let wake: Wake = std::sync::Arc::new(move || {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut e = generated(300);
        let shown = e.problems.clone();
        {
            let tx = session_removed(&e, 0);
            apply(&mut e, tx, Some(&wake));
        }
        assert!(e.is_checking());
        assert_eq!(e.problems, shown, "the old list stays up while checking");
        // Typed while the worker runs: kept until its answer is in.
        {
            let tx = person_renamed(&e, 1, "Zz Top", "UZ");
            apply(&mut e, tx, Some(&wake));
        }
        {
            let tx = session_removed(&e, 5);
            apply(&mut e, tx, Some(&wake));
        }
        settle(&mut e, Some(&wake));
        assert!(calls.load(std::sync::atomic::Ordering::SeqCst) >= 1);
        assert_eq!(seen_all(&e), fresh(&e));
        undo(&mut e, Some(&wake));
        settle(&mut e, Some(&wake));
        assert_eq!(seen_all(&e), fresh(&e));
    }

    /// An edit that renumbers records: a session, person or follow-up
    /// removed or inserted before the end, or moved, chosen by `r`.
    fn renumbering_edit(e: &Entry, r: &mut u64) -> crate::edit::Transaction {
        let mut next = |n: usize| {
            *r = r
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((*r >> 33) as usize) % n.max(1)
        };
        let m = e.meeting();
        let tx = crate::edit::Transaction::new("renumber");
        let (n, how) = (next(3), next(3));
        let len = [m.sessions.len(), m.people().len(), m.follow_ups.len()][n];
        // Before the last record: every later one is renumbered.
        let (i, j) = (next(len - 1), next(len));
        match n {
            0 => {
                let s = m.sessions[i].clone();
                tx.with(Change::Session(match how {
                    0 => ListOp::Remove(i, s),
                    1 => ListOp::Insert(i, m.sessions[j].clone()),
                    _ => ListOp::Move { from: i, to: j },
                }))
            }
            1 => {
                let p = m.people()[i].clone();
                tx.with(Change::Participant(match how {
                    0 => ListOp::Remove(i, p),
                    1 => ListOp::Insert(i, m.people()[j].clone()),
                    _ => ListOp::Move { from: i, to: j },
                }))
            }
            _ => {
                let f = m.follow_ups[i].clone();
                tx.with(Change::FollowUp(match how {
                    0 => ListOp::Remove(i, f),
                    1 => ListOp::Insert(i, m.follow_ups[j].clone()),
                    _ => ListOp::Move { from: i, to: j },
                }))
            }
        }
    }

    /// Renumbering edits (checked whole, on a worker or here) mixed with
    /// edits typed while the worker holds its copy of the meeting, undone
    /// and redone: every answer, once in, is what a fresh entry says, and
    /// back at the saved text the saved list with its lines.
    #[test]
    fn renumbering_edits_undo_and_redo_answer_as_a_fresh_entry() {
        let quiet: Wake = std::sync::Arc::new(|| {});
        for wake in [None, Some(quiet)] {
            let wake = wake.as_ref();
            let mut e = generated(120);
            let saved = seen_all(&e);
            let mut r = 11_u64;
            for step in 0..24 {
                match step % 4 {
                    2 if e.editor.history.last_done().is_some() => undo(&mut e, wake),
                    3 if e.editor.history.last_undone().is_some() => {
                        e.editor.redo().expect("redoes");
                        let changes = e.editor.history.last_done().expect("done").changes.clone();
                        e.edited(today(), &changes, wake);
                    }
                    _ => {
                        let tx = renumbering_edit(&e, &mut r);
                        apply(&mut e, tx, wake);
                        // Typed while the worker runs on its copy.
                        let tx = random_edit(&e, &mut r);
                        apply(&mut e, tx, wake);
                    }
                }
                if step % 3 == 0 {
                    settle(&mut e, wake);
                    assert_eq!(seen_all(&e), fresh(&e), "step {step}");
                }
            }
            settle(&mut e, wake);
            assert_eq!(seen_all(&e), fresh(&e));
            while e.editor.history.last_done().is_some() {
                undo(&mut e, wake);
            }
            settle(&mut e, wake);
            assert!(!e.editor.is_dirty());
            assert_eq!(seen_all(&e), saved, "back at the saved text, with lines");
        }
    }

    /// A meeting loaded with its problems but no checks (as from the
    /// cache): the checks made ahead on a worker serve its first edits,
    /// which answer as a fresh entry does, whether the edit waits on this
    /// thread (no wake) or the answer is taken when it comes.
    #[test]
    fn a_warmed_entry_answers_its_first_edits_as_a_fresh_one() {
        let base = generated(300);
        let quiet: Wake = std::sync::Arc::new(|| {});
        for wake in [None, Some(quiet)] {
            let wake = wake.as_ref();
            let mut e = Entry::checked(base.doc().clone(), base.problems.clone()).warmed(today());
            {
                let tx = person_renamed(&e, 3, "Zz Top", "KZ");
                apply(&mut e, tx, wake);
            }
            settle(&mut e, wake);
            assert!(e.checks.is_some(), "the warmed checks are kept");
            assert_eq!(seen_all(&e), fresh(&e));
            {
                let tx = person_renamed(&e, 5, "Ann Other", "UZ");
                apply(&mut e, tx, wake);
            }
            assert!(!e.is_checking(), "the second edit is followed at once");
            assert_eq!(seen_all(&e), fresh(&e));
            undo(&mut e, wake);
            undo(&mut e, wake);
            assert_eq!(seen_all(&e), seen_all(&base), "back at the saved text");
        }
    }

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
        let seen = |e: &Entry| {
            format!(
                "{:?}",
                (&e.session_problems, &e.keys, &e.facets.of, &e.by_name)
            )
        };
        let (parallel, groups) = (seen(&e), e.duplicates.clone());
        e.derive_on(false);
        assert_eq!(seen(&e), parallel);
        // Compared whole: its map's Debug order varies from one build to the next.
        assert_eq!(e.duplicates, groups);
        assert_eq!(e.keys.len(), PARALLEL_FROM + 500);
    }
}
