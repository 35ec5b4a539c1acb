//! The pieces of a programme in HTML or Markdown: escaping, safe links,
//! labels and texts in one or two languages, the "(proposed)" mark, people
//! and documents — one wording for both markups.

use std::cell::Cell;

use chrono::DateTime;
use chrono_tz::Tz;

use super::events::Event;
use super::{Plan, Selection};
use crate::domain::{Document, DocumentKind, Format, Session, Text};
use crate::report::plain::Labels;

/// `s` safe in HTML text and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => out.push('\u{FFFD}'),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `s` safe as Markdown text: markup characters escaped, line breaks
/// folded into spaces (a title must not start a heading or a list).
pub fn md_esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => out.push('\u{FFFD}'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Which markup a [`Page`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Markdown,
}

/// Only web and mail addresses become links; anything else (a
/// `javascript:` address in a hostile agenda) stays text.
pub fn safe_href(u: &str) -> Option<String> {
    let t = u.trim();
    let ok = ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| t.to_ascii_lowercase().starts_with(p));
    ok.then(|| esc(t))
}

pub(super) struct Page<'p, 'a> {
    pub p: &'p Plan<'a>,
    pub markup: Markup,
    pub l: Labels,
    /// A second language, for side-by-side texts and labels.
    pub alt: Option<(String, Labels)>,
    pub marked: Cell<bool>,
}

impl<'p, 'a> Page<'p, 'a> {
    pub fn new(p: &'p Plan<'a>, markup: Markup) -> Self {
        let langs = &p.options.langs;
        Page {
            p,
            markup,
            l: Labels::for_lang(p.options.lang()),
            alt: langs.get(1).map(|l| (l.clone(), Labels::for_lang(l))),
            marked: Cell::new(false),
        }
    }

    /// `s` escaped for this page's markup.
    pub fn esc(&self, s: &str) -> String {
        match self.markup {
            Markup::Html => esc(s),
            Markup::Markdown => md_esc(s),
        }
    }

    /// `s` (already escaped) in bold.
    pub fn bold(&self, s: &str) -> String {
        match self.markup {
            Markup::Html => format!("<b>{s}</b>"),
            Markup::Markdown => format!("**{s}**"),
        }
    }

    /// A link to `url` reading `text` (escaped here), or the text alone when
    /// the address is not a web or mail one.
    pub fn link(&self, url: &str, text: &str) -> String {
        match (safe_href(url), self.markup) {
            (Some(h), Markup::Html) => format!("<a href=\"{h}\">{}</a>", esc(text)),
            (Some(_), Markup::Markdown) => format!(
                "[{}](<{}>)",
                md_esc(text),
                url.trim().replace(['<', '>', ' '], "")
            ),
            (None, _) => self.esc(text),
        }
    }

    /// A label in the leading language, and the second one's when it differs.
    pub fn lab(&self, english: &str) -> String {
        let a = self.l.say(english);
        match &self.alt {
            Some((_, l2)) if l2.say(english) != a => format!("{a} / {}", l2.say(english)),
            _ => a,
        }
    }

    /// A text in the leading language, with the second side by side when given.
    pub fn txt(&self, t: &Text) -> String {
        let fb = &self.p.meeting.languages;
        let lead = self.p.options.lang();
        let a = t.get(lead, fb);
        match &self.alt {
            Some((l2, _))
                if t.languages().contains(&l2.as_str())
                    && t.get(l2, fb) != a
                    && self.markup == Markup::Markdown =>
            {
                format!("{} / {}", md_esc(a), md_esc(t.get(l2, fb)))
            }
            Some((l2, _)) if t.languages().contains(&l2.as_str()) && t.get(l2, fb) != a => format!(
                "<span class=\"bi\"><span lang=\"{}\">{}</span><span lang=\"{}\">{}</span></span>",
                esc(lead),
                esc(a),
                esc(l2),
                esc(t.get(l2, fb))
            ),
            _ => self.esc(a),
        }
    }

    /// The "(proposed)" mark when `t`; remembers that the legend is needed.
    pub fn mark(&self, t: bool) -> String {
        if !t {
            return String::new();
        }
        self.marked.set(true);
        let word = self.lab("proposed");
        match self.markup {
            Markup::Html => format!(" <span class=\"tent\">({word})</span>"),
            Markup::Markdown => format!(" _({word})_"),
        }
    }

    pub fn time(&self, dt: &DateTime<Tz>) -> String {
        dt.format("%H:%M").to_string()
    }

    pub fn range(&self, e: &Event) -> String {
        match e.end {
            Some(end) => format!("{}–{}", self.time(&e.start), self.time(&end)),
            None => self.time(&e.start),
        }
    }

    /// An item's speakers and presenting body, on whose behalf, marked when
    /// not confirmed; empty when it names nobody. Shared by HTML and Markdown.
    pub fn speakers(&self, it: &crate::domain::Item) -> String {
        let mut who: Vec<String> = it.speakers.iter().map(|id| self.person(id)).collect();
        who.extend(it.presenter.as_ref().map(|x| self.bold(&self.txt(x))));
        let mut line = who.join("; ");
        if let Some(b) = &it.on_behalf_of {
            line.push_str(&format!(", {} {}", self.lab("on behalf of"), self.txt(b)));
        }
        if line.is_empty() {
            return line;
        }
        let proposed = ["speakers", "presenter"]
            .iter()
            .any(|f| it.tentative.covers(f));
        format!("{line}{}", self.mark(proposed))
    }

    /// `Mr Jaewon Cho, Programme Officer, KERIS`, the name in bold, marked
    /// when the person is not confirmed.
    pub fn person(&self, id: &str) -> String {
        self.person_or(id, false)
    }

    /// [`Page::person`], marked once when either the person or what
    /// names them (`outer`: the chair, the booth's team) is not confirmed.
    pub fn person_or(&self, id: &str, outer: bool) -> String {
        let m = self.p.meeting;
        let Some(p) = m.participant(id) else {
            return format!("{}{}", self.esc(id), self.mark(outer));
        };
        let lang = self.p.options.lang();
        let mut s = self.bold(&self.esc(&p.display_name(lang, &m.languages)));
        for x in [&p.position, &p.organization].into_iter().flatten() {
            s.push_str(&format!(", {}", self.txt(x)));
        }
        s.push_str(&self.mark(outer || p.tentative.any()));
        s
    }

    /// `Presentation: English · Russian`, each a link when its address is
    /// known; the document's title is shown when it is not `context`'s.
    pub fn documents(&self, docs: &[Document], context: Option<&Text>) -> String {
        let mut groups: Vec<(DocumentKind, &Text, Vec<String>)> = Vec::new();
        for d in docs {
            let lang = d
                .language
                .as_deref()
                .map(|c| self.l.language(c))
                .unwrap_or_else(|| self.l.say("document"));
            let one = match d.url.as_deref() {
                Some(u) => self.link(u, &lang),
                None => self.esc(&lang),
            };
            match groups.iter_mut().find(|g| g.0 == d.kind && *g.1 == d.title) {
                Some(g) => g.2.push(one),
                None => groups.push((d.kind, &d.title, vec![one])),
            }
        }
        groups
            .into_iter()
            .map(|(k, title, links)| {
                let title = if Some(title) == context {
                    String::new()
                } else {
                    format!("{} — ", self.txt(title))
                };
                let (kind, links) = (self.kind_label(k), links.join(" · "));
                match self.markup {
                    Markup::Html => format!(
                        "<div class=\"docs\"><span class=\"doc-kind\">{kind}:</span> {title}{links}</div>\n"
                    ),
                    Markup::Markdown => format!("{kind}: {title}{links}\n"),
                }
            })
            .collect()
    }

    /// The meeting at a glance: `dates · format · place`, then labelled
    /// lines (organizers, hosts, partners, working languages, contacts).
    pub fn meeting_facts(&self) -> (String, Vec<(String, String)>) {
        let m = self.p.meeting;
        let dates = if m.last_day() == m.start_date {
            self.l.date(m.start_date)
        } else {
            format!(
                "{} – {}",
                self.l.date(m.start_date),
                self.l.date(m.last_day())
            )
        };
        let format = match m.format {
            Format::Online => self.lab("online"),
            Format::Hybrid => self.lab("hybrid"),
            Format::InPerson => self.lab("in person"),
        };
        let mut line = format!("{} · {format}", self.esc(&dates));
        let place: Vec<String> = [&m.venue, &m.city]
            .into_iter()
            .flatten()
            .map(|t| self.txt(t))
            .collect();
        if !place.is_empty() {
            line.push_str(&format!(" · {}", place.join(", ")));
        }
        let mut facts = Vec::new();
        for (label, list) in [
            (self.lab("Organizers"), &m.organizers),
            (self.lab("Hosts"), &m.hosts),
            (self.lab("Partners"), &m.partners),
        ] {
            if !list.is_empty() {
                let v: Vec<String> = list.iter().map(|t| self.txt(t)).collect();
                facts.push((label, v.join("; ")));
            }
        }
        if !m.languages.is_empty() {
            let v: Vec<String> = m.languages.iter().map(|c| self.l.language(c)).collect();
            facts.push((self.lab("Working languages"), self.esc(&v.join(", "))));
        }
        if !m.contacts.is_empty() && self.p.options.selection == Selection::All {
            let v: Vec<String> = m
                .contacts
                .iter()
                .map(|c| self.link(&format!("mailto:{c}"), c))
                .collect();
            facts.push((self.lab("Contact"), v.join(", ")));
        }
        (line, facts)
    }

    /// A session's facts as both markups list them: where, link, lead,
    /// languages and chair, each marked when not confirmed yet.
    pub fn session_facts(&self, s: &Session) -> Vec<(String, String)> {
        let m = self.p.meeting;
        let place = super::place_label(m, s, self.p.options.lang());
        let mut out = vec![(
            self.lab("Where"),
            format!(
                "{}{}",
                self.esc(&place),
                self.mark(s.tentative.covers("room"))
            ),
        )];
        if let Some(link) = &s.link {
            out.push((
                self.lab("Link"),
                format!(
                    "{}{}",
                    self.session_link(link),
                    self.mark(s.tentative.covers("link"))
                ),
            ));
        }
        if let Some(lead) = &s.lead {
            out.push((self.lab("Lead"), self.txt(lead)));
        }
        out.extend(self.language_facts(s));
        if let Some(c) = &s.chair {
            out.push((
                self.lab("Chair"),
                self.person_or(c, s.tentative.covers("chair")),
            ));
        }
        out
    }

    /// A session's link: in HTML it reads as the address it goes to.
    fn session_link(&self, link: &str) -> String {
        match (self.markup, safe_href(link)) {
            (Markup::Html, Some(h)) => format!("<a href=\"{h}\">{h}</a>"),
            (Markup::Html, None) => esc(link),
            (Markup::Markdown, _) => self.link(link, link),
        }
    }

    /// `Floor language: English` and `Interpretation into: Russian (two-way)`.
    pub fn language_facts(&self, s: &Session) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !s.language.is_empty() {
            let v: Vec<String> = s.language.iter().map(|c| self.l.language(c)).collect();
            out.push((
                self.lab("Floor language"),
                format!(
                    "{}{}",
                    self.esc(&v.join(", ")),
                    self.mark(s.tentative.covers("language"))
                ),
            ));
        }
        if !s.interpretation.is_empty() {
            let v: Vec<String> = s
                .interpretation
                .iter()
                .map(|c| {
                    let mut x = self.esc(&self.l.language(&c.to));
                    if c.retour {
                        x.push_str(&format!(
                            " ({}{})",
                            self.lab("two-way"),
                            self.mark(c.tentative.covers("retour"))
                        ));
                    }
                    x
                })
                .collect();
            out.push((
                self.lab("Interpretation into"),
                format!(
                    "{}{}",
                    v.join(", "),
                    self.mark(s.tentative.covers("interpretation"))
                ),
            ));
        }
        out
    }

    fn kind_label(&self, k: DocumentKind) -> String {
        match k {
            DocumentKind::Presentation => self.lab("Presentation"),
            DocumentKind::Recording => self.lab("Recording"),
            DocumentKind::ConceptNote => self.lab("Concept note"),
            DocumentKind::Programme => self.lab("Programme"),
            DocumentKind::Report => self.lab("Report"),
            DocumentKind::Document => self.lab("Document"),
        }
    }
}
