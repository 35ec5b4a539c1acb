//! People listed twice: the same name in two scripts or word orders, or the
//! same e-mail address under two ids.

use super::{Problem, said, said_all};
use crate::domain::Meeting;
use crate::i18n::Arg;
use crate::msg;
use crate::search::find_duplicates;

/// One warning per group, at its second member (the first is usually the
/// entry to keep).
pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    let people = m.people();
    for g in find_duplicates(people).groups {
        // Each name as the reader's language gives it, as other messages do.
        let label = |i: usize| {
            let p = &people[i];
            said(&p.name, |n| format!("`{}` ({n})", p.id))
        };
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
