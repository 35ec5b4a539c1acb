//! A session told in plain sentences, for the fields of feeds and calendars
//! that hold free text (`abstract`, `DESCRIPTION`): what it is about, its
//! languages, who chairs and who speaks, and what is not confirmed yet.

use super::Plan;
use super::events::unconfirmed;
use crate::domain::{Item, Session};
use crate::i18n::{Arg, Args};
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

/// `Floor language: English (proposed); interpretation into Russian`, in
/// the words of `l` (English ones for any language but Russian).
pub fn languages_line(s: &Session, l: &Labels) -> Option<String> {
    let mut parts = Vec::new();
    let names = |codes: Vec<&str>| {
        let v: Vec<String> = codes.into_iter().map(|c| l.language(c)).collect();
        v.join(", ")
    };
    if !s.language.is_empty() {
        let floor = l.message(
            "export-floor-language",
            &args(&[(
                "languages",
                names(s.language.iter().map(String::as_str).collect()),
            )]),
        );
        parts.push(proposed_if(l, floor, s.tentative.covers("language")));
    }
    if !s.interpretation.is_empty() {
        let into = names(s.interpretation.iter().map(|c| c.to.as_str()).collect());
        parts.push(l.message("export-interpretation-into", &args(&[("languages", into)])));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Named string arguments for [`Labels::message`].
fn args(pairs: &[(&str, String)]) -> Args {
    let mut a = Args::new();
    for (k, v) in pairs {
        a.set(k, Arg::from(v.as_str()));
    }
    a
}

/// `text (proposed)` when `t`, else `text`.
fn proposed_if(l: &Labels, text: String, t: bool) -> String {
    if t {
        l.message("export-proposed", &args(&[("text", text)]))
    } else {
        text
    }
}

impl Plan<'_> {
    /// The words of this export's language.
    pub fn labels(&self) -> Labels {
        Labels::for_lang(self.options.lang())
    }

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
        let line = parts.join(", ");
        if p.tentative.any() {
            let l = self.labels();
            return l.message("export-person-not-confirmed", &args(&[("person", line)]));
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
        let l = self.labels();
        let mut out: Vec<String> = Vec::new();
        for (i, it) in s.items.iter().enumerate() {
            let mut who: Vec<String> = it.speakers.iter().map(|id| self.person_line(id)).collect();
            who.extend(it.presenter.as_ref().map(|p| self.presenter_line(p)));
            if let Some(b) = &it.on_behalf_of {
                let org = b.get(lang, fb).to_string();
                who.push(l.message("export-on-behalf-of", &args(&[("organization", org)])));
            }
            let who_proposed = ["speakers", "presenter", "on_behalf_of"]
                .iter()
                .any(|f| it.tentative.covers(f));
            let who = proposed_if(&l, who.join("; "), who_proposed);
            if nums[i] == 0 {
                out.push(format!("{}: {who}", l.say("Remarks")));
                continue;
            }
            let title = it.title.get(lang, fb).to_string();
            let title = proposed_if(&l, title, it.tentative.covers("title"));
            let mut line = format!("{}. {title}", nums[i]);
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
        let l = self.labels();
        let mut paras: Vec<String> = Vec::new();
        if let Some(d) = &s.description {
            paras.push(d.get(lang, fb).to_string());
        }
        let mut facts: Vec<String> = Vec::new();
        facts.extend(languages_line(s, &l));
        if let Some(c) = &s.chair {
            let chair = self.person_line(c);
            facts.push(l.message("export-chair", &args(&[("person", chair)])));
        }
        if let Some(lead) = &s.lead {
            let org = lead.get(lang, fb).to_string();
            facts.push(l.message("export-lead", &args(&[("organization", org)])));
        }
        if !facts.is_empty() {
            paras.push(facts.join(". ") + ".");
        }
        let items = self.item_lines(s);
        if !items.is_empty() {
            paras.push(items.join("\n"));
        }
        let open = unconfirmed(s, &l);
        if !open.is_empty() {
            let fields = open.join(", ");
            paras.push(l.message("export-not-confirmed-yet", &args(&[("fields", fields)])));
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
