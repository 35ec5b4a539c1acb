//! A session told in plain sentences, for the fields of feeds and calendars
//! that hold free text (`abstract`, `DESCRIPTION`): what it is about, its
//! languages, who chairs and who speaks, and what is not confirmed yet.

use super::Plan;
use super::events::unconfirmed;
use crate::domain::{Item, Session, codes};
use crate::report::plain::Labels;

/// Item numbers as the programme (`plenary agenda`, the TUI) gives them:
/// every titled item is a point of its own, even when the next one has the
/// same title (two panellists' talks "Practices in …" are two talks, each
/// with its speaker). An item without a title (only who speaks is known) is
/// no point: 0, shown as "Remarks: …" with no number.
pub fn item_numbers(items: &[Item]) -> Vec<usize> {
    let mut out = Vec::with_capacity(items.len());
    let mut n = 0;
    for it in items {
        if it.title.is_empty() {
            out.push(0);
            continue;
        }
        n += 1;
        out.push(n);
    }
    out
}

/// `English (proposed); interpretation into Russian`.
pub fn languages_line(s: &Session) -> Option<String> {
    let mut parts = Vec::new();
    if !s.language.is_empty() {
        let names: Vec<&str> = s.language.iter().map(|c| codes::language_name(c)).collect();
        let proposed = if s.tentative.covers("language") {
            " (proposed)"
        } else {
            ""
        };
        parts.push(format!("Floor language: {}{proposed}", names.join(", ")));
    }
    if !s.interpretation.is_empty() {
        let names: Vec<&str> = s
            .interpretation
            .iter()
            .map(|c| codes::language_name(&c.to))
            .collect();
        parts.push(format!("interpretation into {}", names.join(", ")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn proposed_if(t: bool) -> &'static str {
    if t { " (proposed)" } else { "" }
}

impl Plan<'_> {
    /// `Mr Jaewon Cho, Programme Officer, KERIS`, or the id when not on the roster.
    pub fn person_line(&self, id: &str) -> String {
        let m = self.meeting;
        let (lang, fb) = (self.options.lang(), &m.languages);
        let Some(p) = m.participant(id) else {
            return id.to_string();
        };
        let mut parts = vec![p.display_name(lang, fb)];
        parts.extend(p.position.as_ref().map(|x| x.get(lang, fb).to_string()));
        parts.extend(p.organization.as_ref().map(|x| x.get(lang, fb).to_string()));
        let mut line = parts.join(", ");
        if p.tentative.any() {
            line.push_str(" (not confirmed yet)");
        }
        line
    }

    /// Who presents an item when no single person does, said as what it is:
    /// a country is its delegation ("delegation: Kazakhstan"), since the
    /// feeds list it among the speakers' lines and not in `persons`; an
    /// organization reads as itself.
    pub fn presenter_line(&self, p: &crate::domain::Text) -> String {
        let (lang, m) = (self.options.lang(), self.meeting);
        let name = p.get(lang, &m.languages).to_string();
        if p.all()
            .any(|t| crate::followups::country_named(t).is_some())
        {
            return format!("{}: {name}", Labels::for_lang(lang).say("delegation"));
        }
        name
    }

    /// The numbered points of `s`, one line each.
    pub fn item_lines(&self, s: &Session) -> Vec<String> {
        let (lang, fb) = (self.options.lang(), &self.meeting.languages);
        let nums = item_numbers(&s.items);
        let mut out: Vec<String> = Vec::new();
        for (i, it) in s.items.iter().enumerate() {
            let mut who: Vec<String> = it.speakers.iter().map(|id| self.person_line(id)).collect();
            who.extend(it.presenter.as_ref().map(|p| self.presenter_line(p)));
            if let Some(b) = &it.on_behalf_of {
                who.push(format!("on behalf of {}", b.get(lang, fb)));
            }
            let who_proposed = ["speakers", "presenter", "on_behalf_of"]
                .iter()
                .any(|f| it.tentative.covers(f));
            let who = format!("{}{}", who.join("; "), proposed_if(who_proposed));
            let proposed = proposed_if(it.tentative.covers("title"));
            if nums[i] == 0 {
                let remarks = Labels::for_lang(lang).say("Remarks");
                out.push(format!("{remarks}: {who}"));
                continue;
            }
            let mut line = format!("{}. {}{proposed}", nums[i], it.title.get(lang, fb));
            if !who.is_empty() {
                line.push_str(&format!(" — {who}"));
            }
            out.push(line);
        }
        out
    }

    /// The free-text account of a session, paragraphs separated by blank lines.
    pub fn abstract_text(&self, s: &Session) -> String {
        let (lang, fb) = (self.options.lang(), &self.meeting.languages);
        let mut paras: Vec<String> = Vec::new();
        if let Some(d) = &s.description {
            paras.push(d.get(lang, fb).to_string());
        }
        let mut facts: Vec<String> = Vec::new();
        facts.extend(languages_line(s));
        if let Some(c) = &s.chair {
            facts.push(format!("Chair: {}", self.person_line(c)));
        }
        if let Some(l) = &s.lead {
            facts.push(format!("Lead: {}", l.get(lang, fb)));
        }
        if !facts.is_empty() {
            paras.push(facts.join(". ") + ".");
        }
        let items = self.item_lines(s);
        if !items.is_empty() {
            paras.push(items.join("\n"));
        }
        let open = unconfirmed(s);
        if !open.is_empty() {
            paras.push(format!("Not confirmed yet: {}.", open.join(", ")));
        }
        paras.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    #[test]
    fn every_titled_item_has_its_own_number() {
        let item = |t: &str| Item {
            title: Text::plain(t),
            ..Item::default()
        };
        let items = [item("A"), item("A"), item("A"), item("B"), item("C")];
        assert_eq!(item_numbers(&items), vec![1, 2, 3, 4, 5]);
        // An item with speakers only is no numbered point.
        let items = [item(""), item("A"), item(""), item(""), item("B")];
        assert_eq!(item_numbers(&items), vec![0, 1, 0, 0, 2]);
    }
}
