//! `plenary roster import --on-conflict ask` on a terminal: each value the
//! file gives differently from the roster is asked about, one by one (keep
//! ours, take the file's, or stop and write nothing), as the Roster's
//! import dialog does in the TUI. Off a terminal (a script, a pipe) nothing
//! is asked: the differences are listed and nothing is written.

use std::io::IsTerminal;

use crate::registration::{Choices, Import};
use crate::report::roster_import::conflict_line;

/// Whether a person can answer: standard input and output are a terminal.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Asks about each differing value of `plan` through `answer` (a question
/// in, the line typed out: [`super::out::ask`]); the values for which the
/// file's was chosen, or `None` when the person stopped (`q`, or the end of
/// the input).
pub fn ask(plan: &Import, answer: &mut impl FnMut(&str) -> Option<String>) -> Option<Choices> {
    let questions = plan.questions();
    let mut choices = Choices::new();
    for (n, q) in questions.iter().enumerate() {
        let Some((e, c)) = plan.conflict(*q) else {
            continue;
        };
        let question = format!(
            "[{}/{}] {}\n  {}: ",
            n + 1,
            questions.len(),
            conflict_line(e, c),
            crate::tr!("import-ask")
        );
        let mut asked = question.clone();
        loop {
            let line = answer(&asked)?;
            match line.trim().to_lowercase().as_str() {
                "o" | "ours" | "keep" => break,
                "t" | "theirs" => {
                    choices.insert(*q);
                    break;
                }
                "q" | "quit" => return None,
                _ => asked = format!("  {}\n{question}", crate::tr!("import-ask-again")),
            }
        }
    }
    Some(choices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Participant, Text};
    use crate::registration::{Options, prepare};

    fn plan() -> (Vec<Participant>, Import) {
        let people = vec![Participant {
            id: "li".into(),
            name: Text::plain("Maxim Li"),
            country: Some("CN".into()),
            email: Some("li@old.example".into()),
            ..Participant::default()
        }];
        let csv = "Name,Country,Email\nMaxim Li,Kazakhstan,li@new.example\n";
        let p = prepare(csv.as_bytes(), &people, &Options::default()).unwrap();
        (people, p)
    }

    /// Answers from `typed`, one per question; every question asked into `out`.
    fn answers<'a>(
        typed: &'a [&str],
        out: &'a mut String,
    ) -> impl FnMut(&str) -> Option<String> + 'a {
        let mut typed = typed.iter();
        move |q| {
            out.push_str(q);
            typed.next().map(|s| s.to_string())
        }
    }

    #[test]
    fn each_difference_is_asked_and_a_wrong_answer_asked_again() {
        let (people, mut p) = plan();
        let mut out = String::new();
        let chosen = ask(&p, &mut answers(&["x\n", "t\n", "o\n"], &mut out)).unwrap();
        assert!(
            out.contains("[1/2] Maxim Li: e-mail is `li@old.example` on the roster"),
            "{out}"
        );
        assert!(out.contains("answer o, t or q"), "{out}");
        assert!(out.contains("[2/2] Maxim Li: country is `CN`"), "{out}");
        assert_eq!(chosen.len(), 1);
        p.choose(&people, &chosen);
        let r = &p.entries[0].result;
        assert_eq!(r.email.as_deref(), Some("li@new.example"));
        assert_eq!(r.country.as_deref(), Some("CN"));
    }

    #[test]
    fn q_or_the_end_of_input_writes_nothing() {
        let (_, p) = plan();
        let mut out = String::new();
        assert!(ask(&p, &mut answers(&["q\n"], &mut out)).is_none());
        assert!(ask(&p, &mut answers(&["t\n"], &mut out)).is_none());
    }
}
