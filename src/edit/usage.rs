//! Where a participant appears, so removing someone can say what it touches
//! (in the interface language: the words are for the person asked).

use crate::domain::Meeting;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    /// Path inside the document, e.g. `sessions[2].items[0].speakers[1]`.
    pub path: String,
    /// "speaker in `webinar-1`", for a confirmation prompt.
    pub what: String,
}

pub fn participant_usage(m: &Meeting, id: &str) -> Vec<Usage> {
    let mut out = Vec::new();
    for (i, s) in m.sessions.iter().enumerate() {
        if s.chair.as_deref() == Some(id) {
            out.push(Usage {
                path: format!("sessions[{i}].chair"),
                what: crate::tr!("usage-chair", session = s.id.as_str()),
            });
        }
        for (j, it) in s.items.iter().enumerate() {
            for (k, sp) in it.speakers.iter().enumerate() {
                if sp == id {
                    out.push(Usage {
                        path: format!("sessions[{i}].items[{j}].speakers[{k}]"),
                        what: crate::tr!("usage-speaker", session = s.id.as_str()),
                    });
                }
            }
        }
        for (j, c) in s.interpretation.iter().enumerate() {
            for (k, x) in c.interpreters.iter().enumerate() {
                if x == id {
                    out.push(Usage {
                        path: format!("sessions[{i}].interpretation[{j}].interpreters[{k}]"),
                        what: crate::tr!(
                            "usage-interpreter",
                            booth = c.to.as_str(),
                            session = s.id.as_str()
                        ),
                    });
                }
            }
        }
    }
    for (i, f) in m.follow_ups.iter().enumerate() {
        if f.owner.as_deref() == Some(id) {
            out.push(Usage {
                path: format!("follow_ups[{i}].owner"),
                what: crate::tr!("usage-owner", id = f.id.as_str()),
            });
        }
    }
    out
}
