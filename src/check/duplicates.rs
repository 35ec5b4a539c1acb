//! People listed twice: the same name in two scripts or word orders, or the
//! same e-mail address under two ids.

use super::Problem;
use crate::domain::Meeting;
use crate::search::find_duplicates;

/// One warning per group, at its second member (the first is usually the
/// entry to keep).
pub fn check(m: &Meeting, out: &mut Vec<Problem>) {
    let people = m.people();
    for g in find_duplicates(people).groups {
        let label = |i: usize| format!("`{}` ({})", people[i].id, people[i].name.primary());
        let others: Vec<String> = g.iter().skip(1).take(4).map(|&i| label(i)).collect();
        let more = if g.len() > 5 {
            format!(" and {} more", g.len() - 5)
        } else {
            String::new()
        };
        out.push(
            Problem::warning(
                format!("participants[{}]", g[1]),
                format!("{} may be listed more than once: also as {}{more}", label(g[0]), others.join(", ")),
            )
            .with_hint("if they are one person, keep one entry and point sessions and follow-ups at its id"),
        );
    }
}
