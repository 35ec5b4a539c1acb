//! What a file that is not the expected table or schedule most likely is,
//! so a refusal can name the real fix: a web page (usually the login page
//! a browser saved in place of the export), a spreadsheet workbook or a
//! PDF (the wrong export), or nothing at all (a download that never came).
//! Decided from the first bytes only; both `plenary import` and
//! `plenary roster import` ask here.

/// A file that is something else than the text that was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stranger {
    /// Nothing but white space: the download never arrived.
    Empty,
    /// An HTML page (`<!DOCTYPE html>` or `<html>` first).
    WebPage,
    /// An Excel or LibreOffice workbook (a zip or an old OLE file).
    Workbook,
    /// A PDF document.
    Pdf,
}

/// What `bytes` are, when they are one of the strangers; `None` for text
/// that may be what was asked for.
pub fn guess(bytes: &[u8]) -> Option<Stranger> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Some(Stranger::Workbook);
    }
    if bytes.starts_with(b"%PDF") {
        return Some(Stranger::Pdf);
    }
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Some(Stranger::Empty);
    };
    is_web_page(&text[start..]).then_some(Stranger::WebPage)
}

/// `<!DOCTYPE html`, `<html` (any case), also after an XML declaration or
/// a comment, which some servers put first.
fn is_web_page(mut t: &[u8]) -> bool {
    loop {
        let lower: Vec<u8> = t.iter().take(14).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
            return true;
        }
        let skip = if lower.starts_with(b"<?") {
            find(t, b"?>")
        } else if lower.starts_with(b"<!--") {
            find(t, b"-->")
        } else {
            None
        };
        let Some(end) = skip else { return false };
        t = t[end..].trim_ascii_start();
    }
}

/// The index just past the first `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strangers_are_told_apart_and_text_is_left_alone() {
        assert_eq!(guess(b""), Some(Stranger::Empty));
        assert_eq!(guess(b" \n\t"), Some(Stranger::Empty));
        assert_eq!(guess(b"<!DOCTYPE html>\n<html>"), Some(Stranger::WebPage));
        assert_eq!(
            guess(b"\xef\xbb\xbf <HTML lang=en>"),
            Some(Stranger::WebPage)
        );
        assert_eq!(
            guess(b"<?xml version=\"1.0\"?>\n<!-- x -->\n<html/>"),
            Some(Stranger::WebPage)
        );
        assert_eq!(guess(b"PK\x03\x04rest"), Some(Stranger::Workbook));
        assert_eq!(guess(b"\xd0\xcf\x11\xe0rest"), Some(Stranger::Workbook));
        assert_eq!(guess(b"%PDF-1.7"), Some(Stranger::Pdf));
        assert_eq!(guess(b"<?xml version=\"1.0\"?><schedule/>"), None);
        assert_eq!(guess(b"{\"schedule\": {}}"), None);
        assert_eq!(guess(b"Name,Email\n"), None);
        assert_eq!(guess(b"<?xml never closed"), None);
    }
}
