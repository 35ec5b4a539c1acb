//! Writing XML by hand, safely: text and attribute escaping, and dropping
//! the characters XML 1.0 cannot hold at all (most C0 controls), which a
//! pasted agenda may contain and which would make every consumer reject
//! the whole file.

/// `s` safe inside an element or a double-quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An indented XML document built element by element.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
    open: Vec<String>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            out: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".into(),
            open: Vec::new(),
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    fn tag(name: &str, attrs: &[(&str, &str)]) -> String {
        let mut t = format!("<{name}");
        for (k, v) in attrs {
            t.push_str(&format!(" {k}=\"{}\"", escape(v)));
        }
        t
    }

    /// Opens `<name attrs>`; close it with [`Writer::close`].
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push_str(&Self::tag(name, attrs));
        self.out.push_str(">\n");
        self.open.push(name.to_string());
    }

    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.indent();
            self.out.push_str(&format!("</{name}>\n"));
        }
    }

    /// `<name attrs>text</name>`, or `<name attrs/>` when the text is empty.
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.indent();
        self.out.push_str(&Self::tag(name, attrs));
        if text.is_empty() {
            self.out.push_str("/>\n");
        } else {
            self.out.push_str(&format!(">{}</{name}>\n", escape(text)));
        }
    }

    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(escape("bell\u{7}"), "bell\u{FFFD}");
        let mut w = Writer::new();
        w.open("a", &[("x", "1&2")]);
        w.leaf("b", &[], "");
        w.leaf("c", &[], "t");
        let s = w.finish();
        assert!(
            s.contains("<a x=\"1&amp;2\">\n  <b/>\n  <c>t</c>\n</a>\n"),
            "{s}"
        );
    }
}
