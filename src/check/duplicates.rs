//! People listed twice: the same name in two scripts or word orders, or the
//! same e-mail address under two ids; and a name without a patronymic that
//! fits several people with different ones, which is told rather than guessed.

use super::{Problem, said, said_all};
use crate::domain::Meeting;
use crate::domain::Participant;
use crate::i18n::Arg;
use crate::msg;
use crate::problem::Record;
use crate::search::{Ambiguous, find_duplicates};

/// One warning per group, at its second member (the first is usually the
/// entry to keep).
pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    let people = m.people();
    let found = find_duplicates(people);
    for a in &found.ambiguous {
        out.push(ambiguous(people, a));
    }
    for g in found.groups {
        // Each name as the reader's language gives it, as other messages do.
        let label = |i: usize| label(people, i);
        let others: Vec<Arg> = g.iter().skip(1).take(4).map(|&i| label(i)).collect();
        let others = said_all(others, ", ");
        let message = if g.len() > 5 {
            msg!(
                "duplicate-person-more",
                first = label(g[0]),
                others = others,
                more = g.len() - 5
            )
        } else {
            msg!("duplicate-person", first = label(g[0]), others = others)
        };
        out.push(
            Problem::warning(format!("participants[{}]", g[1]), message)
                .with_hint(msg!("duplicate-person-hint")),
        );
    }
}

/// `` `id` (name) ``, the name as the reader's language gives it, as other
/// messages say a name.
fn label(people: &[Participant], i: usize) -> Arg {
    let p = &people[i];
    said(&p.name, |n| format!("`{}` ({n})", p.id))
}

/// A warning at the entry whose name, without a patronymic, fits several
/// people with different ones: which they are, and how to tell.
fn ambiguous(people: &[Participant], a: &Ambiguous) -> Problem {
    let fathers: Vec<Arg> = a.fathers.iter().map(|&j| label(people, j)).collect();
    let mut p = Problem::warning(
        format!("participants[{}]", a.short),
        msg!(
            "duplicate-person-ambiguous",
            short = label(people, a.short),
            fathers = said_all(fathers, ", "),
            n = a.fathers.len()
        ),
    )
    .with_hint(msg!(
        "duplicate-person-ambiguous-hint",
        id = people[a.short].id.as_str()
    ));
    p.concern(Record::participant(&people[a.short].id));
    for &j in &a.fathers {
        p.concern(Record::participant(&people[j].id));
    }
    p
}
