//! Which binary form the cache entry takes: MessagePack (rmp-serde, named
//! fields as before and as arrays), postcard and bincode 2, on the real
//! entry (the generated agenda's meeting and its problems) at 1× and 10×,
//! side by side in one run: size, time to write and to read back (best of
//! 9, taken in turns), read back equal. Also what a warm hit costs besides decoding: the
//! file's hash as the old entry name took it, the comparison with a kept
//! text (the entry before BLAKE3), UTF-8 validation, and the strong hashes
//! an entry can be keyed by (BLAKE3, SHA-256). Run: `cargo bench --bench cache_format`.

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hash::{Hash, Hasher};
use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plenary::domain::{Meeting, wire};
use plenary::problem::Problem;
use plenary::{check, generate, load, save};

type Entry = (Meeting, Vec<Problem>);

const RUNS: usize = 3;

fn best<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut out = None;
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let t = Instant::now();
        let v = black_box(f());
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.unwrap())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Format {
    name: &'static str,
    encode: fn(&Entry) -> Vec<u8>,
    decode: fn(&[u8]) -> Entry,
}

fn formats() -> Vec<Format> {
    vec![
        Format {
            name: "rmp-serde, named fields (the entry before)",
            encode: |e| rmp_serde::to_vec_named(e).unwrap(),
            decode: |b| rmp_serde::from_slice(b).unwrap(),
        },
        Format {
            name: "rmp-serde, arrays",
            encode: |e| wire::compact(|| rmp_serde::to_vec(e)).unwrap(),
            decode: |b| rmp_serde::from_slice(b).unwrap(),
        },
        Format {
            name: "postcard (chosen)",
            encode: |e| wire::compact(|| postcard::to_allocvec(e)).unwrap(),
            decode: |b| postcard::from_bytes(b).unwrap(),
        },
        Format {
            name: "bincode 2 (serde, standard)",
            encode: |e| {
                wire::compact(|| bincode::serde::encode_to_vec(e, bincode::config::standard()))
                    .unwrap()
            },
            decode: |b| {
                bincode::serde::decode_from_slice(b, bincode::config::standard())
                    .unwrap()
                    .0
            },
        },
    ]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    for (label, people, sessions, follow_ups) in [
        ("1x", 10_000, 1_000, 5_000),
        ("10x", 100_000, 10_000, 50_000),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join(format!("{label}.yaml"));
        let m = generate::meeting(people, sessions, follow_ups);
        let text = save::canonical::meeting_yaml(&m).expect("serialize");
        std::fs::write(&file, &text).expect("write");
        drop(m);
        let doc = load::load(&file).expect("loads");
        let problems = check::check_document(&doc, today);
        println!(
            "{label}: {:.1} MB agenda, {} people, {} problems",
            text.len() as f64 / 1e6,
            doc.meeting.people().len(),
            problems.len()
        );
        let entry: Entry = (doc.meeting.clone(), problems);
        let formats = formats();
        let encoded: Vec<Vec<u8>> = formats.iter().map(|f| (f.encode)(&entry)).collect();
        for (f, bytes) in formats.iter().zip(&encoded) {
            assert!(
                (f.decode)(bytes) == entry,
                "{} reads back what it wrote",
                f.name
            );
        }
        // Round after round over every format, so a busy moment of the
        // machine does not fall on one format only.
        let mut enc = vec![Duration::MAX; formats.len()];
        let mut dec = vec![Duration::MAX; formats.len()];
        for _ in 0..RUNS {
            for (i, f) in formats.iter().enumerate() {
                enc[i] = enc[i].min(best(|| (f.encode)(&entry)).0);
                dec[i] = dec[i].min(best(|| (f.decode)(black_box(&encoded[i]))).0);
            }
        }
        for (i, f) in formats.iter().enumerate() {
            println!(
                "  {:<44} {:>6.2} MB  write {:>7.1} ms  read {:>7.1} ms ({:.2}x the entry before)",
                f.name,
                encoded[i].len() as f64 / 1e6,
                ms(enc[i]),
                ms(dec[i]),
                ms(dec[i]) / ms(dec[0])
            );
        }
        let bytes = text.as_bytes().to_vec();
        let kept = bytes.clone();
        let (sip, _) = best(|| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            black_box(&bytes[..]).hash(&mut h);
            h.finish()
        });
        let (cmp, _) = best(|| black_box(&bytes[..]) == black_box(&kept[..]));
        let (utf8, _) = best(|| std::str::from_utf8(black_box(&bytes)).is_ok());
        // The strong hashes an entry could be keyed by (BLAKE3 chosen).
        let (b3, _) = best(|| *blake3::hash(black_box(&bytes)).as_bytes());
        let (sha, _) = best(|| {
            use sha2::Digest;
            sha2::Sha256::digest(black_box(&bytes))
        });
        println!(
            "  warm hit, besides decoding: SipHash of the file {:.2} ms, comparing it with a kept text {:.2} ms, UTF-8 check {:.2} ms",
            ms(sip),
            ms(cmp),
            ms(utf8)
        );
        println!(
            "  strong hash of the file: BLAKE3 {:.2} ms, SHA-256 {:.2} ms",
            ms(b3),
            ms(sha)
        );
    }
}
