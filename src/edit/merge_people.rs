//! Merging two records of one person (a twin flagged `=`, often the same
//! name in Latin and Cyrillic) into one: both names kept as a multilingual
//! name, empty fields filled from the other record, and every reference to
//! the other (chair, speaker, interpreter, follow-up owner) rewritten, all as
//! one undoable [`Transaction`].

use super::{Change, ListOp, Transaction};
use crate::domain::{Meeting, Participant};

/// Why two records cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("no participant `{0}` in this meeting")]
    Unknown(String),
    #[error("`{0}` cannot be merged with itself; pick the other record of the person")]
    Same(String),
}

impl MergeError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            MergeError::Unknown(id) => crate::msg!("merge-unknown", id = id),
            MergeError::Same(id) => crate::msg!("merge-same", id = id),
        }
    }
}

fn fill<T: Clone>(ours: &mut Option<T>, theirs: &Option<T>) {
    if ours.is_none() {
        ours.clone_from(theirs);
    }
}

/// `keep` with what `other` adds: every version of `other`'s name under the
/// language its script suggests, empty fields filled, languages joined.
pub fn merged(keep: &Participant, other: &Participant) -> Participant {
    let mut p = keep.clone();
    for n in other.name.all() {
        if !p.name.all().any(|x| x == n) {
            p.name.add_in_script(n.to_string());
        }
    }
    fill(&mut p.honorific, &other.honorific);
    fill(&mut p.position, &other.position);
    fill(&mut p.organization, &other.organization);
    fill(&mut p.country, &other.country);
    fill(&mut p.email, &other.email);
    fill(&mut p.timezone, &other.timezone);
    fill(&mut p.interpreting, &other.interpreting);
    fill(&mut p.notes, &other.notes);
    for l in &other.languages {
        if !p.languages.contains(l) {
            p.languages.push(l.clone());
        }
    }
    p
}

fn rename(id: &mut String, from: &str, to: &str) -> bool {
    if id == from {
        *id = to.to_string();
        true
    } else {
        false
    }
}

/// The edit that merges participant `other` into `keep` (both ids).
pub fn merge_participants(m: &Meeting, keep: &str, other: &str) -> Result<Transaction, MergeError> {
    if keep == other {
        return Err(MergeError::Same(keep.into()));
    }
    let people = m.people();
    let find = |id: &str| {
        people
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| MergeError::Unknown(id.into()))
    };
    let (k, o) = (find(keep)?, find(other)?);
    let mut tx = Transaction::new(crate::tr!("edit-merge-people", other = other, keep = keep));
    for (i, s) in m.sessions.iter().enumerate() {
        let mut after = s.clone();
        let mut changed = after.chair.as_mut().is_some_and(|c| rename(c, other, keep));
        for it in &mut after.items {
            for sp in &mut it.speakers {
                changed |= rename(sp, other, keep);
            }
            it.speakers.dedup();
        }
        for ch in &mut after.interpretation {
            for x in &mut ch.interpreters {
                changed |= rename(x, other, keep);
            }
            ch.interpreters.dedup();
        }
        if changed {
            tx.push(Change::Session(ListOp::Replace {
                at: i,
                before: s.clone(),
                after,
            }));
        }
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        let mut after = f.clone();
        if after.owner.as_mut().is_some_and(|o| rename(o, other, keep)) {
            tx.push(Change::FollowUp(ListOp::Replace {
                at: i,
                before: f.clone(),
                after,
            }));
        }
    }
    tx.push(Change::Participant(ListOp::Replace {
        at: k,
        before: people[k].clone(),
        after: merged(&people[k], &people[o]),
    }));
    tx.push(Change::Participant(ListOp::Remove(o, people[o].clone())));
    Ok(tx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;
    use crate::edit::History;

    fn meeting() -> Meeting {
        let yaml = "title: T\ntimezone: Asia/Almaty\nstart_date: 2020-12-23\nparticipants:\n\
            - {id: onokan, name: Onokan Umankulova, country: KG}\n\
            - {id: li, name: Fan Li}\n\
            - {id: onokan-ru, name: Онокан Уманкулова, email: o@x.kg, languages: [ru]}\n\
            sessions:\n- id: s1\n  title: S\n  date: 2020-12-23\n  start: '10:00'\n  end: '11:00'\n  chair: onokan-ru\n  items:\n  - title: I\n    speakers: [onokan-ru, li]\n\
            follow_ups:\n- id: f1\n  title: F\n  owner: onokan-ru\n";
        yaml_serde::from_str(yaml).expect("test meeting")
    }

    #[test]
    fn merges_names_fields_and_references_undoably() {
        let mut m = meeting();
        let before = m.clone();
        let tx = merge_participants(&m, "onokan", "onokan-ru").unwrap();
        let mut h = History::new();
        h.apply(&mut m, tx).unwrap();
        assert_eq!(m.people().len(), 2);
        let p = &m.people()[0];
        assert_eq!(p.name.get("ru", &[]), "Онокан Уманкулова");
        assert_eq!(p.name.get("en", &[]), "Onokan Umankulova");
        assert_eq!(
            (p.email.as_deref(), p.country.as_deref()),
            (Some("o@x.kg"), Some("KG"))
        );
        assert_eq!(m.sessions[0].chair.as_deref(), Some("onokan"));
        assert_eq!(m.sessions[0].items[0].speakers, ["onokan", "li"]);
        assert_eq!(m.follow_ups[0].owner.as_deref(), Some("onokan"));
        h.undo(&mut m).unwrap();
        assert_eq!(m, before);
        assert_eq!(
            merge_participants(&m, "li", "li"),
            Err(MergeError::Same("li".into()))
        );
        assert!(matches!(
            merge_participants(&m, "li", "nobody"),
            Err(MergeError::Unknown(_))
        ));
        let _ = Text::plain("");
    }
}
