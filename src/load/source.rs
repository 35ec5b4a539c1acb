//! Reading a file a person wrote, refusing what cannot be an agenda before
//! the YAML parser ever sees it: too large, binary, not UTF-8, empty.

use std::fs;
use std::io::Read;
use std::path::Path;

use thiserror::Error;

use crate::i18n::{Arg, Msg};
use crate::msg;

/// Agendas are text a person writes; the generated 10,000-participant
/// benchmark agenda is about 3 MB. Anything past this is not an agenda.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SourceError {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("the file is empty; a meeting needs at least `title`, `timezone` and `start_date`")]
    Empty,
    #[error("the file is {size} bytes, over the {limit}-byte limit for an agenda")]
    TooLarge { size: u64, limit: u64 },
    #[error("this looks like a binary file (it contains NUL bytes), not a YAML agenda")]
    Binary,
    #[error(
        "the file is UTF-16 text ({order}); save it as UTF-8 (in most editors: Save As, encoding UTF-8)"
    )]
    Utf16 { order: &'static str },
    #[error(
        "a stray NUL byte (U+0000), which text never holds; remove it (it often comes from a copy out of a binary or UTF-16 file)"
    )]
    Nul { line: usize, column: usize },
    #[error("the file is not valid UTF-8 text; save it as UTF-8 (line {line}, column {column})")]
    NotUtf8 { line: usize, column: usize },
}

impl SourceError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> Msg {
        match self {
            SourceError::Unreadable(why) => msg!("source-unreadable", why = why_msg(why)),
            SourceError::Empty => msg!("source-empty"),
            SourceError::TooLarge { size, limit } => {
                msg!("source-too-large", size = *size, limit = *limit)
            }
            SourceError::Binary => msg!("source-binary"),
            SourceError::Utf16 { order } => msg!(
                "source-utf16",
                order = Msg::new(if *order == "big-endian" {
                    "source-big-endian"
                } else {
                    "source-little-endian"
                })
            ),
            SourceError::Nul { .. } => msg!("source-nul"),
            SourceError::NotUtf8 { line, column } => {
                msg!("source-not-utf8", line = *line, column = *column)
            }
        }
    }
}

/// Why a file cannot be read, in the reader's words when it is one of the
/// common reasons (the system's own words otherwise, as it gave them).
pub fn why_msg(why: &str) -> Arg {
    let key = match why {
        "it is a folder, not a file" => "source-is-folder",
        "it is a named pipe (FIFO), not a file" => "source-is-fifo",
        "it is a socket, not a file" => "source-is-socket",
        "it is a device, not a file" => "source-is-device",
        "it is something other than a regular file, not a file" => "source-is-other",
        w if w.starts_with("No such file or directory") => "source-not-found",
        w if w.starts_with("Permission denied") => "source-permission",
        w if w.starts_with("Is a directory") => "source-is-folder",
        // What a terminal that is not there (no tty, a pipe) answers.
        w if w.starts_with("No such device or address") => "source-no-device",
        w if w.starts_with("Inappropriate ioctl for device") => "source-not-a-terminal",
        w if w.starts_with("No space left on device") => "source-disk-full",
        _ => return Arg::Str(why.to_string()),
    };
    // The English stays the system's own words, byte for byte.
    Arg::Msg(Box::new(msg!(key, os = why)))
}

/// What the file looked like when it was read, to tell later whether someone
/// else changed it. Content, not mtime: git checkouts rewrite mtimes freely.
/// The hash is BLAKE3, a cryptographic one: two different files do not share
/// a fingerprint, so the cache may key an answer by it alone (and it hashes
/// faster than SipHash did).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    pub hash: [u8; 32],
}

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        Fingerprint {
            len: bytes.len() as u64,
            hash: *blake3::hash(bytes).as_bytes(),
        }
    }

    /// The fingerprint of the file as it is on disk now; `None` if it is gone.
    pub fn on_disk(path: &Path) -> Option<Self> {
        let meta = fs::metadata(path).ok()?;
        if not_a_file(&meta).is_some() {
            return None;
        }
        fs::read(path).ok().map(|b| Fingerprint::of(&b))
    }
}

pub struct Source {
    pub text: String,
    pub fingerprint: Fingerprint,
}

/// Whether `path` can be opened for reading, without reading it (and
/// without waiting on a FIFO, as opening one does).
pub fn readable(path: &Path) -> Result<(), SourceError> {
    let meta = fs::metadata(path).map_err(|e| SourceError::Unreadable(e.to_string()))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(SourceError::Unreadable(format!("it is {what}, not a file")));
    }
    fs::File::open(path)
        .map(drop)
        .map_err(|e| SourceError::Unreadable(e.to_string()))
}

pub fn read(path: &Path) -> Result<Source, SourceError> {
    read_bytes(path).and_then(from_bytes)
}

/// The metadata of `path` when it is a file one may read whole: not a
/// FIFO, device or socket (reading one would wait forever), and not over
/// the size limit.
fn whole_file_meta(path: &Path) -> Result<fs::Metadata, SourceError> {
    let meta = fs::metadata(path).map_err(|e| SourceError::Unreadable(e.to_string()))?;
    if let Some(what) = not_a_file(&meta) {
        return Err(SourceError::Unreadable(format!("it is {what}, not a file")));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(SourceError::TooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(meta)
}

/// The file's bytes as they are, refused only when it is not a file one can
/// read or is too large; [`from_bytes`] makes them a source.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, SourceError> {
    let meta = whole_file_meta(path)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| SourceError::Unreadable(e.to_string()))?;
    Ok(bytes)
}

/// The fingerprint of the file at `path`, its bytes hashed whole as they
/// stream through one small buffer, for a caller that wants no text (the
/// cache, when the answer kept for these bytes is all it needs): the same
/// refusals as [`read_bytes`], without holding the file in fresh memory.
pub fn fingerprint_streamed(path: &Path) -> Result<Fingerprint, SourceError> {
    whole_file_meta(path)?;
    let unreadable = |e: std::io::Error| SourceError::Unreadable(e.to_string());
    let mut file = fs::File::open(path).map_err(unreadable)?;
    let mut hasher = blake3::Hasher::new();
    // Small enough to stay in the CPU's cache, large enough for few reads.
    let mut buf = vec![0u8; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unreadable(e)),
        };
        len += n as u64;
        if len > MAX_FILE_BYTES {
            return Err(SourceError::TooLarge {
                size: len,
                limit: MAX_FILE_BYTES,
            });
        }
        hasher.update(&buf[..n]);
    }
    Ok(Fingerprint {
        len,
        hash: *hasher.finalize().as_bytes(),
    })
}

/// The source of `bytes` known to be a file that [`from_bytes`] accepted,
/// with that fingerprint (the cache found an entry made from bytes with this
/// very hash): no second look for NUL bytes and no second hashing.
pub fn with_fingerprint(bytes: Vec<u8>, fingerprint: Fingerprint) -> Option<Source> {
    let text = String::from_utf8(bytes).ok()?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Some(Source { text, fingerprint })
}

/// What a path is when it is not a regular file: reading a FIFO or a
/// device would wait forever or never end, so they are named and refused.
pub fn not_a_file(meta: &fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("a folder")
    } else {
        Some(special(&t))
    }
}

#[cfg(unix)]
fn special(t: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "something other than a regular file"
    }
}

#[cfg(not(unix))]
fn special(_: &fs::FileType) -> &'static str {
    "something other than a regular file"
}

pub fn from_bytes(bytes: Vec<u8>) -> Result<Source, SourceError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(SourceError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.contains(&0) {
        return Err(nul_error(&bytes));
    }
    let fingerprint = Fingerprint::of(&bytes);
    let text = String::from_utf8(bytes).map_err(|e| {
        let ok = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = ok.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = ok.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        SourceError::NotUtf8 { line, column }
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if is_blank(&text) {
        return Err(SourceError::Empty);
    }
    Ok(Source { text, fingerprint })
}

/// Why a text holding NUL bytes is refused, as precisely as can be told:
/// UTF-16 (a byte-order mark, or every other byte NUL, as ASCII text saved
/// as UTF-16 is), a stray NUL or two in text (with its place), or binary.
fn nul_error(bytes: &[u8]) -> SourceError {
    match bytes {
        [0xFF, 0xFE, ..] => {
            return SourceError::Utf16 {
                order: "little-endian",
            };
        }
        [0xFE, 0xFF, ..] => {
            return SourceError::Utf16 {
                order: "big-endian",
            };
        }
        _ => {}
    }
    let head = &bytes[..bytes.len().min(4096)];
    let nul_at = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b == 0);
    let text_at = |parity: usize| head.iter().skip(parity).step_by(2).all(|&b| b != 0);
    if head.len() >= 4 && nul_at(1) && text_at(0) {
        return SourceError::Utf16 {
            order: "little-endian",
        };
    }
    if head.len() >= 4 && nul_at(0) && text_at(1) {
        return SourceError::Utf16 {
            order: "big-endian",
        };
    }
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls > 8 {
        return SourceError::Binary;
    }
    let at = bytes.iter().position(|&b| b == 0).unwrap_or(0);
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    SourceError::Nul { line, column }
}

/// Only whitespace, comments and document markers.
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// The first line when it is the editors' schema line
/// (`# yaml-language-server: $schema=...`), which saves keep.
pub fn schema_line(text: &str) -> Option<&str> {
    let first = text.trim_start_matches('\u{feff}').lines().next()?;
    first
        .trim_start_matches('#')
        .trim_start()
        .starts_with("yaml-language-server:")
        .then_some(first)
        .filter(|_| first.starts_with('#'))
}

/// Whether the text holds YAML comments, which a save cannot keep.
/// A `#` starts a comment at the start of a line or after a space, outside quotes.
pub fn has_comments(text: &str) -> bool {
    // The editors' schema line is kept by every save (see `schema_line`).
    let skip_first = schema_line(text).is_some();
    // Only a line holding a `#` can hold a comment: each is found by one
    // byte search instead of reading every line of a large file.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'#', &bytes[from..]).map(|i| from + i) {
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        if !(skip_first && start == 0) && line_has_comment(&bytes[start..end]) {
            return true;
        }
        from = end;
    }
    false
}

/// Whether one line holds a comment. Bytes, not chars: every byte compared
/// is ASCII, and no byte of a multi-byte character equals one.
fn line_has_comment(line: &[u8]) -> bool {
    let mut quote: Option<u8> = None;
    let mut prev = b' ';
    for &c in line {
        match (quote, c) {
            (None, b'#') if prev == b' ' || prev == b'\t' => return true,
            (None, b'"' | b'\'')
                if prev == b' ' || prev == b':' || prev == b'[' || prev == b',' || prev == b'-' =>
            {
                quote = Some(c)
            }
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        prev = c;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Streamed through its buffer or read whole, a file has one fingerprint.
    #[test]
    fn a_streamed_fingerprint_is_the_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        for len in [1usize, 64 * 1024, 64 * 1024 + 1, 300_001] {
            let bytes: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            let f = dir.path().join(format!("{len}.yaml"));
            fs::write(&f, &bytes).unwrap();
            assert_eq!(
                fingerprint_streamed(&f),
                Ok(Fingerprint::of(&bytes)),
                "{len}"
            );
        }
        assert!(fingerprint_streamed(dir.path()).is_err(), "a folder");
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(from_bytes(b"".to_vec()).err(), Some(SourceError::Empty));
        assert_eq!(
            from_bytes(b"# only a comment\n\n".to_vec()).err(),
            Some(SourceError::Empty)
        );
        assert_eq!(
            from_bytes(b"a\nb\0c".to_vec()).err(),
            Some(SourceError::Nul { line: 2, column: 2 })
        );
        assert_eq!(from_bytes(vec![0; 64]).err(), Some(SourceError::Binary));
        assert_eq!(
            from_bytes(b"\xff\xfet\0i\0".to_vec()).err(),
            Some(SourceError::Utf16 {
                order: "little-endian"
            })
        );
        assert_eq!(
            from_bytes(b"t\0i\0t\0l\0".to_vec()).err(),
            Some(SourceError::Utf16 {
                order: "little-endian"
            })
        );
        assert_eq!(
            from_bytes(b"title: x\nname: \xff\n".to_vec()).err(),
            Some(SourceError::NotUtf8 { line: 2, column: 7 })
        );
    }

    #[test]
    fn finds_comments_outside_quotes() {
        assert!(has_comments("a: 1 # why\n"));
        assert!(has_comments("# top\na: 1\n"));
        assert!(!has_comments("a: \"#1 in the list\"\nb: C#\n"));
        assert!(!has_comments("url: http://x/#anchor\n"));
        let schema = "# yaml-language-server: $schema=plenary.schema.json\na: 1\n";
        assert!(!has_comments(schema));
        assert!(schema_line(schema).is_some() && schema_line("# other\n").is_none());
    }

    /// Jumping from `#` to `#` answers as reading every line did: quotes
    /// close at the line's end, the schema line alone is passed over, and
    /// line ends in CRLF or none change nothing.
    #[test]
    fn the_byte_search_answers_as_every_line_read() {
        let every_line = |text: &str| {
            text.lines()
                .skip(usize::from(schema_line(text).is_some()))
                .any(|l| line_has_comment(l.as_bytes()))
        };
        let texts = [
            "",
            "#",
            "a: 1\r\n# c\r\n",
            "a: 'x #y\nb: 1 #z\n",
            "a: \"x\nb: #1\n",
            "a: 1#x\nb: c#\n\t# tab\n",
            "# yaml-language-server: $schema=x\n# second\n",
            "# yaml-language-server: $schema=x",
            "a: [x, '#y', \"z\"] # w",
            "- '#' #",
        ];
        for t in texts {
            assert_eq!(has_comments(t), every_line(t), "{t:?}");
        }
    }
}
