//! Bytes of a registration export to text. Exports come as UTF-8 (with or
//! without a byte-order mark), UTF-16 (Excel's "Unicode text") or, from
//! Excel in this region, Windows-1251; the encoding is detected unless the
//! user names one.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1251};

/// The text of a file and how it was read.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// "UTF-8", "UTF-16LE", "windows-1251"...
    pub encoding: &'static str,
    pub bom: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error(
        "unknown encoding `{0}`; name one such as utf-8, utf-16le, utf-16be or windows-1251 (cp1251)"
    )]
    UnknownEncoding(String),
    #[error(
        "line {line} is not valid {encoding}; if the file was saved in another encoding, name it with --encoding (e.g. --encoding windows-1251)"
    )]
    Malformed { encoding: &'static str, line: usize },
}

impl DecodeError {
    /// The refusal as a catalogue message; its English is the Display above.
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            DecodeError::UnknownEncoding(name) => {
                crate::msg!("import-unknown-encoding", name = name)
            }
            DecodeError::Malformed { encoding, line } => {
                crate::msg!("import-malformed", encoding = *encoding, line = *line)
            }
        }
    }
}

/// Reads `bytes` in the encoding `forced` names, else the one detected.
pub fn decode(bytes: &[u8], forced: Option<&str>) -> Result<Decoded, DecodeError> {
    if let Some(label) = forced {
        let enc = encoding_for(label)?;
        let (text, had_errors) = enc.decode_with_bom_removal(bytes);
        let bom = Encoding::for_bom(bytes).is_some_and(|(e, _)| e == enc);
        if had_errors {
            return Err(DecodeError::Malformed {
                encoding: enc.name(),
                line: first_bad_line(&text),
            });
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            bom,
        });
    }
    let (enc, bom) = match Encoding::for_bom(bytes) {
        Some((e, _)) => (e, true),
        None => (sniff(bytes), false),
    };
    let (text, had_errors) = enc.decode_with_bom_removal(bytes);
    if had_errors {
        return Err(DecodeError::Malformed {
            encoding: enc.name(),
            line: first_bad_line(&text),
        });
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        bom,
    })
}

fn encoding_for(label: &str) -> Result<&'static Encoding, DecodeError> {
    let l = label.trim().to_ascii_lowercase();
    let l = match l.as_str() {
        "cp1251" | "win1251" | "windows1251" => "windows-1251",
        "utf16" => "utf-16le",
        "utf8" => "utf-8",
        other => other,
    };
    Encoding::for_label(l.as_bytes()).ok_or_else(|| DecodeError::UnknownEncoding(label.into()))
}

/// UTF-16 without a mark shows as a NUL beside every ASCII letter; text that
/// is not UTF-8 here is almost always an Excel sheet saved in Windows-1251.
fn sniff(bytes: &[u8]) -> &'static Encoding {
    let head = &bytes[..bytes.len().min(512)];
    let zeros = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = head.len() / 2;
    if half >= 2 && zeros(1) * 3 > half {
        UTF_16LE
    } else if half >= 2 && zeros(0) * 3 > half {
        UTF_16BE
    } else if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1251
    }
}

/// The line of the first replacement character decoding put in.
fn first_bad_line(text: &str) -> usize {
    let at = text.find('\u{FFFD}').unwrap_or(0);
    text[..at].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_usual_encodings() {
        let d = decode("\u{FEFF}Имя,Email\n".as_bytes(), None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.bom),
            ("Имя,Email\n", "UTF-8", true)
        );
        let (cp, _, _) = WINDOWS_1251.encode("Фамилия;Имя\n");
        let d = decode(&cp, None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Фамилия;Имя\n", "windows-1251")
        );
        let utf16: Vec<u8> = "Name\tEmail\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&utf16, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Name\tEmail\n", "UTF-16LE"));
    }

    #[test]
    fn a_named_encoding_wins_and_a_wrong_one_says_where() {
        let (cp, _, _) = WINDOWS_1251.encode("a\nЯ\n");
        let e = decode(&cp, Some("utf-8")).unwrap_err();
        assert_eq!(
            e,
            DecodeError::Malformed {
                encoding: "UTF-8",
                line: 2
            }
        );
        assert!(decode(b"x", Some("klingon")).is_err());
        assert_eq!(decode(&cp, Some("cp1251")).unwrap().text, "a\nЯ\n");
    }
}
