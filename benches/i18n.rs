//! What the catalogue costs: parsing it on first use (the start-up cost
//! that chose Fluent, README "Dependencies and why"), and rendering one
//! message against the `format!` it replaced. Run: `cargo bench --bench i18n`.
//!
//! Each catalogue is parsed once per process, so the first-use figure is
//! measured in a fresh child process per run (this bench re-runs itself).

// A test or bench stops loudly on what it did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use plenary::i18n::{self, Lang, Msg};

const N: usize = 20_000;

/// In a child: the first message in `lang` (the catalogue parsed), in µs.
fn first_use(lang: Lang) -> f64 {
    let t = Instant::now();
    black_box(Msg::new("count-errors").arg("n", 3).render(lang));
    t.elapsed().as_secs_f64() * 1e6
}

fn child_first_use(lang: &str) -> f64 {
    let out = Command::new(std::env::current_exe().unwrap())
        .env("PLENARY_I18N_BENCH_CHILD", lang)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

fn per_message(f: impl Fn(usize) -> String) -> Duration {
    let t = Instant::now();
    for i in 0..N {
        black_box(f(i));
    }
    t.elapsed() / N as u32
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    if let Ok(l) = std::env::var("PLENARY_I18N_BENCH_CHILD") {
        println!("{}", first_use(Lang::parse(&l).unwrap()));
        return;
    }
    for lang in ["en", "ru"] {
        let runs: Vec<f64> = (0..15).map(|_| child_first_use(lang)).collect();
        println!(
            "first message in {lang} (catalogue parsed), median of 15 processes: {:.0} µs",
            median(runs)
        );
    }
    let baseline = per_message(|i| format!("chair `{i}` is not on the roster"));
    let msg = |lang: Lang| {
        per_message(move |i| {
            Msg::new("not-on-roster")
                .arg("role", Msg::new("role-chair"))
                .arg("id", i.to_string())
                .render(lang)
        })
    };
    let en = msg(Lang::En);
    let ru = msg(Lang::Ru);
    let plural = per_message(|i| {
        i18n::text(Lang::Ru, "count-errors", &{
            let mut a = i18n::Args::new();
            a.set("n", i18n::Arg::Num(i as i64));
            a
        })
    });
    println!(
        "one message, {N} renders: format! {baseline:?}, catalogue en {en:?}, ru {ru:?}, ru plural {plural:?}"
    );
}
