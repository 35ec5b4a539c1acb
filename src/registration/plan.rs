//! Matching the incoming people against the roster, and what the import
//! would change: who is added, who is updated (empty fields filled, a name
//! in another script kept as that person's name in that language), who is
//! unchanged, which values differ (kept or taken as `--on-conflict` says),
//! and who may be someone already listed. A row that is someone an earlier
//! row added or updated (the name in another script, the e-mail an earlier
//! row filled in) joins that person the same way, and says so. Nothing is written here: the plan
//! becomes one undoable [`Transaction`].

use std::collections::{HashMap, HashSet};

use super::doubts::doubts;
use super::incoming::Incoming;
use crate::domain::{Participant, Role, Status, Text, field_msg, script_language};
use crate::edit::ops::{participant_id, unique_id};
use crate::edit::{Change, ListOp, Transaction};
use crate::i18n::Msg;
use crate::i18n::value_arg;
use crate::search::{NameMatch, name_skeleton, patronymic_free_skeletons, same_name};

/// What to do when the file and the roster disagree on a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnConflict {
    /// Keep ours and tell; nothing is written until the user chooses.
    #[default]
    Ask,
    Keep,
    Theirs,
}

/// A field the file and the roster give differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub field: &'static str,
    pub ours: String,
    pub theirs: String,
    /// The file's lines `ours` came from; empty when it is the roster's.
    pub ours_at: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Add,
    Update {
        index: usize,
    },
    Unchanged {
        index: usize,
    },
    /// Another row of the person the plan's entry `entry` adds or
    /// updates: what it says is merged into that person (their `result`).
    Join {
        entry: usize,
    },
}

/// One incoming person and what the import does with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub incoming: Incoming,
    pub action: Action,
    /// Why they were taken to be someone on the roster.
    pub matched_by: Option<String>,
    /// Fields filled or versions added, for the preview, in words to be
    /// said in the reader's language.
    pub filled: Vec<Msg>,
    pub conflicts: Vec<Conflict>,
    /// Roster people this one may also be, with the reason (not merged).
    pub possible: Vec<(usize, &'static str)>,
    /// The participant as the import leaves them.
    pub result: Participant,
}

/// A roster person and why; others they may be, with the reason.
type Found = (Option<(usize, String)>, Vec<(usize, &'static str)>);

/// Roster lookups prepared once: e-mail and name skeleton to people, and
/// the skeletons of names with a patronymic as they would be without it.
struct Index {
    by_email: HashMap<String, usize>,
    by_name: HashMap<u64, Vec<usize>>,
    by_short_name: HashMap<u64, Vec<usize>>,
    /// Names without a patronymic that fit people with different ones
    /// ([`Doubt`]): nobody is taken for someone through them.
    doubtful: HashSet<u64>,
}

/// The people a name finds: the same name; the same name with a patronymic
/// on one side only; and those it fits only through a name without a
/// patronymic that fits several fathers (a [`Doubt`]).
struct Named {
    same: Vec<usize>,
    fathers: Vec<usize>,
    doubtful: Vec<usize>,
}

/// Adds `i` to the people under key `k`, once.
fn file_under(map: &mut HashMap<u64, Vec<usize>>, k: u64, i: usize) {
    let v = map.entry(k).or_default();
    if !v.contains(&i) {
        v.push(i);
    }
}

impl Index {
    fn new(people: &[Participant], doubtful: HashSet<u64>) -> Index {
        let mut index = Index {
            by_email: HashMap::new(),
            by_name: HashMap::new(),
            by_short_name: HashMap::new(),
            doubtful,
        };
        for (i, p) in people.iter().enumerate() {
            index.insert(i, p);
        }
        index
    }

    /// Person `i` findable by e-mail and by each of their names.
    fn insert(&mut self, i: usize, p: &Participant) {
        if let Some(e) = p.email.as_deref().filter(|e| !e.trim().is_empty()) {
            self.by_email.entry(e.trim().to_lowercase()).or_insert(i);
        }
        for n in p.name.all() {
            if let Some(k) = name_skeleton(n) {
                file_under(&mut self.by_name, k, i);
            }
            for k in patronymic_free_skeletons(n) {
                file_under(&mut self.by_short_name, k, i);
            }
        }
    }

    /// The people a row's names are, in two passes: the same name first,
    /// then the same name with a patronymic on one side only (the roster's
    /// Онокан Бакировна Уманкулова for the file's Onokan Umankulova, or the
    /// other way round; the row's name without its middle-name column is
    /// such a name too). The second pass's people come apart: they are only
    /// a guess when the first found nobody and they are several, and none
    /// at all through a name that fits several fathers.
    fn by_names(&self, name: &str, short: Option<&str>) -> Named {
        let add = |found: &mut Vec<usize>, v: Option<&Vec<usize>>| {
            for &i in v.into_iter().flatten() {
                if !found.contains(&i) {
                    found.push(i);
                }
            }
        };
        let mut same: Vec<usize> = Vec::new();
        let (mut fathers, mut doubtful): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        let mut through = |k: u64, v: Option<&Vec<usize>>, same: &mut Vec<usize>, father: bool| {
            if self.doubtful.contains(&k) {
                add(&mut doubtful, v);
            } else if father {
                add(&mut fathers, v);
            } else {
                add(same, v);
            }
        };
        if let Some(k) = name_skeleton(name) {
            add(&mut same, self.by_name.get(&k));
            through(k, self.by_short_name.get(&k), &mut same, true);
        }
        for k in patronymic_free_skeletons(name) {
            through(k, self.by_name.get(&k), &mut same, true);
        }
        if let Some(k) = short.and_then(name_skeleton) {
            through(k, self.by_name.get(&k), &mut same, false);
            through(k, self.by_short_name.get(&k), &mut same, true);
        }
        fathers.retain(|i| !same.contains(i));
        doubtful.retain(|i| !same.contains(i) && !fathers.contains(i));
        Named {
            same,
            fathers,
            doubtful,
        }
    }

    /// The roster person this one is, and why; then others they may be.
    fn find(&self, people: &[Participant], p: &Incoming) -> Found {
        let names: Vec<&str> = std::iter::once(p.name.as_str())
            .chain(p.short_name.as_deref())
            .collect();
        let mut strong: Vec<(usize, String)> = Vec::new();
        if let Some(&i) = p.email.as_ref().and_then(|e| self.by_email.get(e)) {
            strong.push((i, "same e-mail".into()));
        }
        let Named {
            same,
            fathers,
            doubtful,
        } = self.by_names(&p.name, p.short_name.as_deref());
        let mut possible: Vec<(usize, &'static str)> = Vec::new();
        // Ivan Sidorov when the roster has Иван Петрович and Иван Иванович
        // Сидоров: either may be him, so neither is taken.
        let guess = strong.is_empty() && same.is_empty() && fathers.len() > 1;
        for i in same.into_iter().chain(fathers) {
            if strong.iter().all(|(j, _)| *j != i) {
                let why = names
                    .iter()
                    .find_map(|n| people[i].name.all().find_map(|ours| same_name(n, ours)))
                    .unwrap_or(NameMatch::Same);
                if guess {
                    possible.push((i, why.reason()));
                } else {
                    strong.push((i, why.reason().to_string()));
                }
            }
        }
        // A name that fits several fathers: each is only possible.
        for i in doubtful {
            if strong.iter().all(|(j, _)| *j != i) && possible.iter().all(|(j, _)| *j != i) {
                possible.push((i, NameMatch::Patronymic.reason()));
            }
        }
        // Initials: rare, so a plain scan.
        for (i, q) in people.iter().enumerate() {
            if strong.iter().any(|(j, _)| *j == i) {
                continue;
            }
            let initials = q.name.all().any(|ours| {
                names
                    .iter()
                    .any(|n| same_name(n, ours) == Some(NameMatch::Initials))
            });
            if initials {
                possible.push((i, NameMatch::Initials.reason()));
            }
        }
        let mut strong = strong.into_iter();
        let first = strong.next();
        possible.extend(strong.map(|(i, _)| (i, "also matches")));
        (first, possible)
    }
}

/// The values the person chose the file's for: (incoming person's place
/// in the plan, field). Every other differing value keeps ours.
pub type Choices = std::collections::HashSet<(usize, &'static str)>;

/// The plan for `incoming` against `people`.
pub fn plan(
    people: &[Participant],
    incoming: Vec<Incoming>,
    on_conflict: OnConflict,
) -> Vec<Entry> {
    plan_with(people, incoming, &|_, _| on_conflict == OnConflict::Theirs)
}

/// The plan again with a choice per differing value (the TUI's preview and
/// `--on-conflict ask` on a terminal): the file's value where `choices`
/// holds it, ours elsewhere. Rows of one roster person build on each
/// other, so the plan is made anew rather than patched.
pub fn plan_chosen(
    people: &[Participant],
    incoming: Vec<Incoming>,
    choices: &Choices,
) -> Vec<Entry> {
    plan_with(people, incoming, &|k, field| choices.contains(&(k, field)))
}

/// Whether to take the file's value: (incoming person's place, field).
type Take<'a> = &'a dyn Fn(usize, &'static str) -> bool;

fn plan_with(people: &[Participant], incoming: Vec<Incoming>, take: Take) -> Vec<Entry> {
    let doubtful: HashSet<u64> = doubts(people, &incoming)
        .into_iter()
        .map(|d| d.key)
        .collect();
    let mut index = Index::new(people, doubtful.clone());
    let mut entries: Vec<Entry> = Vec::new();
    let mut ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    // The entry that updates each roster person: later rows of them join it.
    let mut updated: HashMap<usize, usize> = HashMap::new();
    // The people added so far, findable as the roster is: later rows of
    // one of them join them (`added_at`: their entry in the plan).
    let (mut fresh, mut added, mut added_at) = (Index::new(&[], doubtful), Vec::new(), Vec::new());
    for (k, p) in incoming.into_iter().enumerate() {
        let (found, possible) = index.find(people, &p);
        match found {
            Some((i, why)) => {
                let take = |field| take(k, field);
                let entry = match updated.get(&i) {
                    // Another row of someone an earlier row updates.
                    Some(&e) => {
                        let mut entry = join(&entries[e], e, p, why, &take);
                        roster_gave(&people[i], &mut entry);
                        if entry.conflicts.is_empty() && entry.result == entries[e].result {
                            // Adds nothing: listed as unchanged, as on a re-import.
                            entry.action = Action::Unchanged { index: i };
                        }
                        entries[e].result = entry.result.clone();
                        entries[e].action = if entry.result == people[i] {
                            Action::Unchanged { index: i }
                        } else {
                            Action::Update { index: i }
                        };
                        entry
                    }
                    None => {
                        updated.insert(i, entries.len());
                        update(&people[i], i, p, why, possible, &take)
                    }
                };
                // What it filled (an e-mail, a name in another script)
                // finds this person's later rows.
                index.insert(i, &entry.result);
                entries.push(entry);
            }
            None => match fresh.find(&added, &p).0 {
                Some((j, why)) => {
                    let e = added_at[j];
                    let entry = join(&entries[e], e, p, why, &|field| take(k, field));
                    entries[e].result = entry.result.clone();
                    fresh.insert(j, &entry.result);
                    added[j] = entry.result.clone();
                    entries.push(entry);
                }
                None => {
                    let id = unique_id(&participant_id(&p.name), ids.iter().map(String::as_str));
                    ids.push(id.clone());
                    let result = new_participant(id, &p);
                    fresh.insert(added.len(), &result);
                    added.push(result.clone());
                    added_at.push(entries.len());
                    entries.push(Entry {
                        incoming: p,
                        action: Action::Add,
                        matched_by: None,
                        filled: Vec::new(),
                        conflicts: Vec::new(),
                        possible,
                        result,
                    });
                }
            },
        }
    }
    entries
}

/// A later row of a roster person differs from what the roster gave, not
/// from an earlier row: such values say so (no lines of ours).
fn roster_gave(ours: &Participant, entry: &mut Entry) {
    let from_roster = merge(ours, &entry.incoming, &|_| false).2;
    for c in &mut entry.conflicts {
        if from_roster
            .iter()
            .any(|r| r.field == c.field && r.ours == c.ours)
        {
            c.ours_at.clear();
        }
    }
}

/// The first row of roster person `i` (`ours`), merged into them.
fn update(
    ours: &Participant,
    i: usize,
    p: Incoming,
    why: String,
    possible: Vec<(usize, &'static str)>,
    take: &dyn Fn(&'static str) -> bool,
) -> Entry {
    let (result, filled, conflicts) = merge(ours, &p, take);
    let action = if result == *ours {
        Action::Unchanged { index: i }
    } else {
        Action::Update { index: i }
    };
    Entry {
        incoming: p,
        action,
        matched_by: Some(why),
        filled,
        conflicts,
        possible,
        result,
    }
}

/// Another row of the person entry `at` adds or updates, merged into them;
/// the values that differ say which lines gave ours.
fn join(
    to: &Entry,
    at: usize,
    p: Incoming,
    why: String,
    take: &dyn Fn(&'static str) -> bool,
) -> Entry {
    let (result, filled, mut conflicts) = merge(&to.result, &p, take);
    for c in &mut conflicts {
        c.ours_at = to.incoming.lines.clone();
    }
    Entry {
        incoming: p,
        action: Action::Join { entry: at },
        matched_by: Some(why),
        filled,
        conflicts,
        possible: Vec::new(),
        result,
    }
}

/// `name in ru`: a field's version in another script, kept.
fn filled_in(field: &str, lang: &str) -> Msg {
    crate::msg!("import-filled-in", field = field_msg(field), lang = lang)
}

fn new_participant(id: String, p: &Incoming) -> Participant {
    Participant {
        id,
        name: Text::plain(p.name.clone()),
        honorific: p.honorific.clone(),
        position: p.position.clone().map(Text::plain),
        organization: p.organization.clone().map(Text::plain),
        country: p.country.clone(),
        languages: p.languages.clone(),
        email: p.email.clone(),
        role: p.role.unwrap_or_default(),
        status: p.status().unwrap_or(Status::Confirmed),
        ..Participant::default()
    }
}

/// A multilingual text's versions compared with an incoming value: the same
/// (case and spacing aside), another script (added as that language), or different.
fn text_fill(
    field: &'static str,
    ours: &mut Option<Text>,
    theirs: &Option<String>,
    take: &dyn Fn(&'static str) -> bool,
    filled: &mut Vec<Msg>,
    conflicts: &mut Vec<Conflict>,
) {
    let Some(t) = theirs else { return };
    match ours {
        None => {
            *ours = Some(Text::plain(t.clone()));
            filled.push(field_msg(field));
        }
        Some(o) if o.is_empty() => {
            *o = Text::plain(t.clone());
            filled.push(field_msg(field));
        }
        Some(o) => {
            let same = |a: &str| a.trim().to_lowercase() == t.trim().to_lowercase();
            if o.all().any(same) {
                return;
            }
            let lang = script_language(t);
            if !o.all().any(|v| script_language(v) == lang) {
                o.add_in_script(t.clone());
                filled.push(filled_in(field, lang));
                return;
            }
            conflicts.push(Conflict {
                field,
                ours: o.primary().to_string(),
                theirs: t.clone(),
                ours_at: Vec::new(),
            });
            if take(field) {
                *o = Text::plain(t.clone());
            }
        }
    }
}

fn plain_fill(
    field: &'static str,
    ours: &mut Option<String>,
    theirs: &Option<String>,
    take: &dyn Fn(&'static str) -> bool,
    filled: &mut Vec<Msg>,
    conflicts: &mut Vec<Conflict>,
) {
    let Some(t) = theirs else { return };
    match ours {
        Some(o) if !o.trim().is_empty() => {
            if o.trim().to_lowercase() != t.trim().to_lowercase() {
                conflicts.push(Conflict {
                    field,
                    ours: o.clone(),
                    theirs: t.clone(),
                    ours_at: Vec::new(),
                });
                if take(field) {
                    *o = t.clone();
                }
            }
        }
        _ => {
            *ours = Some(t.clone());
            filled.push(field_msg(field));
        }
    }
}

/// The incoming name: in another script it is kept as this person's name
/// in that language; a different name in a script we have differs.
fn name_fill(
    r: &mut Participant,
    p: &Incoming,
    take: &dyn Fn(&'static str) -> bool,
    filled: &mut Vec<Msg>,
    conflicts: &mut Vec<Conflict>,
) {
    let lang = script_language(&p.name);
    if !r.name.all().any(|n| script_language(n) == lang) {
        r.name.add_in_script(p.name.clone());
        filled.push(filled_in("name", lang));
    } else if !r.name.all().any(|n| {
        std::iter::once(p.name.as_str())
            .chain(p.short_name.as_deref())
            .any(|t| same_name(t, n).is_some())
    }) {
        // Found by e-mail under another name in the same script (initials,
        // a patronymic or another word order are the same name).
        let ours = r.name.all().find(|n| script_language(n) == lang);
        conflicts.push(Conflict {
            field: "name",
            ours: ours.unwrap_or_default().to_string(),
            theirs: p.name.clone(),
            ours_at: Vec::new(),
        });
        if take("name") {
            let in_lang = matches!(r.name, Text::Multi(_)).then_some(lang);
            r.name.set(in_lang, p.name.clone());
        }
    }
}

/// `ours` with what `p` adds; the fields filled and the values that differ.
fn merge(
    ours: &Participant,
    p: &Incoming,
    take: &dyn Fn(&'static str) -> bool,
) -> (Participant, Vec<Msg>, Vec<Conflict>) {
    let mut r = ours.clone();
    let (mut filled, mut conflicts): (Vec<Msg>, _) = (Vec::new(), Vec::new());
    name_fill(&mut r, p, take, &mut filled, &mut conflicts);
    plain_fill(
        "e-mail",
        &mut r.email,
        &p.email,
        take,
        &mut filled,
        &mut conflicts,
    );
    plain_fill(
        "country",
        &mut r.country,
        &p.country,
        take,
        &mut filled,
        &mut conflicts,
    );
    plain_fill(
        "honorific",
        &mut r.honorific,
        &p.honorific,
        take,
        &mut filled,
        &mut conflicts,
    );
    text_fill(
        "organization",
        &mut r.organization,
        &p.organization,
        take,
        &mut filled,
        &mut conflicts,
    );
    text_fill(
        "position",
        &mut r.position,
        &p.position,
        take,
        &mut filled,
        &mut conflicts,
    );
    let new_langs: Vec<String> = p
        .languages
        .iter()
        .filter(|l| !r.languages.contains(l))
        .cloned()
        .collect();
    if !new_langs.is_empty() {
        filled.push(crate::msg!(
            "import-filled-languages",
            list = new_langs.join(", ")
        ));
        r.languages.extend(new_langs);
    }
    role_status(&mut r, p, take, &mut filled, &mut conflicts);
    (r, filled, conflicts)
}

/// Role and status from the file: the roster's default (participant,
/// invited) is filled in, attending always counts; another value differs.
fn role_status(
    r: &mut Participant,
    p: &Incoming,
    take: &dyn Fn(&'static str) -> bool,
    filled: &mut Vec<Msg>,
    conflicts: &mut Vec<Conflict>,
) {
    if let Some(role) = p.role.filter(|x| *x != r.role) {
        if r.role == Role::default() {
            filled.push(crate::msg!(
                "import-filled-role",
                from = value_arg(r.role.as_str()),
                to = value_arg(role.as_str())
            ));
            r.role = role;
        } else {
            conflicts.push(Conflict {
                field: "role",
                ours: r.role.as_str().into(),
                theirs: role.as_str().into(),
                ours_at: Vec::new(),
            });
            if take("role") {
                r.role = role;
            }
        }
    }
    if let Some(status) = p.status().filter(|x| *x != r.status) {
        if r.status == Status::default() || status == Status::Attended {
            filled.push(crate::msg!(
                "import-filled-status",
                from = value_arg(r.status.as_str()),
                to = value_arg(status.as_str())
            ));
            r.status = status;
        } else {
            conflicts.push(Conflict {
                field: "status",
                ours: r.status.as_str().into(),
                theirs: status.as_str().into(),
                ours_at: Vec::new(),
            });
            if take("status") {
                r.status = status;
            }
        }
    }
}

/// The roster changes of a plan, as one undoable edit: updates in place,
/// additions at the end.
pub fn transaction(people: &[Participant], entries: &[Entry]) -> Transaction {
    let mut tx = Transaction::new(crate::tr!("edit-import-registrations"));
    let mut at = people.len();
    for e in entries {
        match e.action {
            Action::Update { index } => tx.push(Change::Participant(ListOp::Replace {
                at: index,
                before: people[index].clone(),
                after: e.result.clone(),
            })),
            Action::Add => {
                tx.push(Change::Participant(ListOp::Insert(at, e.result.clone())));
                at += 1;
            }
            Action::Unchanged { .. } | Action::Join { .. } => {}
        }
    }
    tx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(id: &str, name: &str) -> Participant {
        Participant {
            id: id.into(),
            name: Text::plain(name),
            organization: Some(Text::plain("IITE")),
            ..Participant::default()
        }
    }

    fn english(filled: &[Msg]) -> Vec<String> {
        filled
            .iter()
            .map(|m| m.render(crate::i18n::Lang::En))
            .collect()
    }

    fn theirs(name: &str, org: Option<&str>, email: Option<&str>) -> Incoming {
        Incoming {
            lines: vec![2],
            name: name.into(),
            organization: org.map(str::to_string),
            email: email.map(str::to_string),
            ..Incoming::default()
        }
    }

    #[test]
    fn a_twin_in_another_script_becomes_a_multilingual_name() {
        let roster = [ours("umankulova", "Onokan Umankulova")];
        let e = plan(
            &roster,
            vec![theirs("Онокан Уманкулова", None, Some("o@x.kg"))],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Update { index: 0 });
        assert_eq!(
            e[0].matched_by.as_deref(),
            Some("same name in another script")
        );
        assert_eq!(e[0].result.name.get("ru", &[]), "Онокан Уманкулова");
        assert_eq!(e[0].result.name.get("en", &[]), "Onokan Umankulova");
        assert_eq!(e[0].result.email.as_deref(), Some("o@x.kg"));
    }

    #[test]
    fn a_different_value_is_kept_unless_theirs_is_asked_for() {
        let roster = [ours("fan-li", "Fan Li")];
        let inc = || vec![theirs("Li Fan", Some("Weidong"), None)];
        let e = plan(&roster, inc(), OnConflict::Keep);
        assert_eq!(e[0].action, Action::Unchanged { index: 0 });
        assert_eq!(e[0].conflicts[0].field, "organization");
        let e = plan(&roster, inc(), OnConflict::Theirs);
        assert_eq!(e[0].result.organization, Some(Text::plain("Weidong")));
    }

    #[test]
    fn role_and_status_fill_the_defaults_and_differ_otherwise() {
        let mut chair = ours("gk", "Gulnara Kussidenova");
        chair.role = Role::Chair;
        chair.status = Status::Declined;
        let roster = [ours("fan-li", "Fan Li"), chair];
        let mut a = theirs("Fan Li", None, None);
        a.role = Some(Role::Speaker);
        a.status = Some(Status::Confirmed);
        let mut b = theirs("Gulnara Kussidenova", None, None);
        b.role = Some(Role::Speaker);
        b.status = Some(Status::Confirmed);
        let mut c = theirs("Aigerim Nurlanova", None, None);
        c.role = Some(Role::Expert);
        let e = plan(&roster, vec![a, b, c], OnConflict::Keep);
        assert_eq!(e[0].result.role, Role::Speaker);
        assert_eq!(e[0].result.status, Status::Confirmed);
        assert_eq!(
            english(&e[0].filled),
            ["role participant → speaker", "status invited → confirmed"]
        );
        let fields: Vec<&str> = e[1].conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, ["role", "status"]);
        assert_eq!(e[1].result.role, Role::Chair);
        assert_eq!(e[2].result.role, Role::Expert);
        let e = plan(&roster, vec![e[1].incoming.clone()], OnConflict::Theirs);
        assert_eq!(
            (e[0].result.role, e[0].result.status),
            (Role::Speaker, Status::Confirmed)
        );
    }

    #[test]
    fn a_later_row_finds_the_e_mail_an_earlier_row_filled_in() {
        let roster = [ours("berg-jonas", "Jonas Berg")];
        let mut a = theirs("Jonas Berg", None, Some("jonas@example.se"));
        a.position = Some("Senior Researcher".into());
        let mut b = theirs("Йонас Берг", None, Some("jonas@example.se"));
        b.lines = vec![4];
        let e = plan(&roster, vec![a, b], OnConflict::Ask);
        assert_eq!(e[0].action, Action::Update { index: 0 });
        assert_eq!(english(&e[0].filled), ["e-mail", "position"]);
        assert_eq!(e[1].action, Action::Join { entry: 0 });
        assert_eq!(e[1].matched_by.as_deref(), Some("same e-mail"));
        assert_eq!(e[0].result.name.get("ru", &[]), "Йонас Берг");
        assert_eq!(e[0].result.email.as_deref(), Some("jonas@example.se"));
        let tx = transaction(&roster, &e);
        assert_eq!(tx.changes.len(), 1, "one update, nobody added");
    }

    #[test]
    fn a_later_row_of_a_roster_person_differs_from_the_roster_not_the_row() {
        let mut chair = ours("aliya", "Aliya Nurlanova");
        chair.role = Role::Chair;
        let mut a = theirs("Aliya Nurlanova", None, Some("a@x.kz"));
        a.role = Some(Role::Expert);
        let mut b = theirs("Алия Нурланова", None, Some("a@x.kz"));
        b.role = Some(Role::Speaker);
        b.lines = vec![3];
        let e = plan(&[chair], vec![a, b], OnConflict::Ask);
        assert_eq!(e[1].action, Action::Join { entry: 0 });
        assert_eq!(e[1].conflicts[0].field, "role");
        assert!(e[1].conflicts[0].ours_at.is_empty());
    }

    #[test]
    fn rows_with_and_without_a_patronymic_are_one_person() {
        let roster = [ours("umankulova", "Onokan Umankulova")];
        let e = plan(
            &roster,
            vec![theirs("Онокан Бакировна Уманкулова", None, None)],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Update { index: 0 });
        assert_eq!(
            e[0].matched_by.as_deref(),
            Some("same name without the patronymic")
        );
        let mut b = theirs("Onokan Umankulova", Some("KAE"), None);
        b.lines = vec![6];
        let e = plan(
            &[],
            vec![theirs("Онокан Бакировна Уманкулова", None, None), b],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Add);
        assert_eq!(e[1].action, Action::Join { entry: 0 });
        assert_eq!(e[0].result.name.get("en", &[]), "Onokan Umankulova");
        assert_eq!(transaction(&[], &e).changes.len(), 1);
    }

    #[test]
    fn a_short_name_matching_two_fathers_is_added_with_both_as_possible() {
        let roster = [
            ours("sidorov-ivan-petrovich", "Иван Петрович Сидоров"),
            ours("sidorov-ivan-ivanovich", "Иван Иванович Сидоров"),
        ];
        let e = plan(
            &roster,
            vec![theirs("Ivan Sidorov", None, None)],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Add);
        let why = "same name without the patronymic";
        assert_eq!(e[0].possible, [(0, why), (1, why)]);
        assert_eq!(transaction(&roster, &e).changes.len(), 1, "one added");
        // All three in one file: the short one is nobody's later row.
        let rows = vec![
            theirs("Иван Петрович Сидоров", None, None),
            theirs("Иван Иванович Сидоров", None, None),
            theirs("Ivan Sidorov", None, None),
        ];
        let e = plan(&[], rows, OnConflict::Ask);
        assert!(e.iter().all(|e| e.action == Action::Add));
        // One father on the roster: the short name is still him.
        let e = plan(
            &roster[..1],
            vec![theirs("Ivan Sidorov", None, None)],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Update { index: 0 });
    }

    #[test]
    fn two_fathers_in_the_file_are_not_merged_into_a_short_name_on_the_roster() {
        let roster = [ours("sidorov-ivan", "Ivan Sidorov")];
        let e = plan(&roster, rows_of_two_fathers(), OnConflict::Ask);
        assert_eq!(e[0].action, Action::Add);
        assert_eq!(e[1].action, Action::Add, "not joined to line 2");
        assert_ne!(e[0].result.id, e[1].result.id);
        let why = "same name without the patronymic";
        assert_eq!(e[0].possible, [(0, why)]);
        assert_eq!(e[1].possible, [(0, why)]);
        let tx = transaction(&roster, &e);
        assert_eq!(
            tx.changes.len(),
            2,
            "both added, Ivan Sidorov kept as he is"
        );
        // A father on the roster, the other and the short name in the file.
        let roster = [ours("sidorov-ivan-petrovich", "Иван Петрович Сидоров")];
        let rows = vec![
            theirs("Иван Иванович Сидоров", None, None),
            theirs("Ivan Sidorov", None, None),
        ];
        let e = plan(&roster, rows, OnConflict::Ask);
        assert_eq!((&e[0].action, &e[1].action), (&Action::Add, &Action::Add));
        assert_eq!(e[1].possible, [(0, why)]);
        // The e-mail tells: the row is taken for whom it names.
        let mut known = ours("sidorov-ivan", "Ivan Sidorov");
        known.email = Some("is@example.ru".into());
        let mut rows = rows_of_two_fathers();
        rows[0].email = Some("is@example.ru".into());
        let e = plan(&[known], rows, OnConflict::Ask);
        assert_eq!(e[0].action, Action::Update { index: 0 });
        assert_eq!(e[1].action, Action::Add);
    }

    fn rows_of_two_fathers() -> Vec<Incoming> {
        let mut b = theirs("Иван Иванович Сидоров", None, None);
        b.lines = vec![3];
        vec![theirs("Иван Петрович Сидоров", None, None), b]
    }

    #[test]
    fn newcomers_are_added_and_initials_flagged() {
        let roster = [ours("gk", "Gulnara Kussidenova")];
        let e = plan(
            &roster,
            vec![
                theirs("G. Kussidenova", None, None),
                theirs("Aigerim Nurlanova", None, None),
            ],
            OnConflict::Ask,
        );
        assert_eq!(e[0].action, Action::Add);
        assert_eq!(e[0].possible, [(0, "same name with initials")]);
        assert_eq!(e[1].result.id, "nurlanova-aigerim", "family name first");
        let tx = transaction(&roster, &e);
        assert_eq!(tx.changes.len(), 2);
    }
}
