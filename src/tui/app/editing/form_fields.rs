//! Field builders every record form shares: a multilingual text as one
//! field per working language side by side (`Title (en)`, `Title (ru)`),
//! a list of such texts one entry at a time with an empty entry to add
//! one (a new empty entry appears as soon as the last is filled in), and
//! the marks a file's `tentative` list puts on fields. The field names
//! are those [`crate::edit::form_text`] reads back.

use super::form::{Field, Form};
use crate::domain::{Tentative, Text};
use crate::edit::form_text::{text_field_name, text_in};
use crate::tr;

/// Whether `t` names `field` in a list (not `true`: the whole record is
/// shown by its own checkbox).
pub fn marked(t: &Tentative, field: &str) -> bool {
    t.fields().iter().any(|f| f == field)
}

/// `label` in `lang`, as a field beside its other languages shows it.
fn in_lang(langs: &[String], label: &str, lang: &str) -> String {
    if langs.len() < 2 {
        label.to_string()
    } else {
        tr!("form-in-language", label = label, lang = lang)
    }
}

/// One field per working language (one field when there are fewer than two).
pub fn text_fields(langs: &[String], base: &str, label: &str, t: &Text) -> Vec<Field> {
    if langs.len() < 2 {
        return vec![Field::text(base, label, t.primary())];
    }
    langs
        .iter()
        .map(|l| {
            Field::text(
                &text_field_name(langs, base, l),
                &in_lang(langs, label, l),
                text_in(langs, t, l),
            )
        })
        .collect()
}

/// The same for an optional text.
pub fn opt_text_fields(langs: &[String], base: &str, label: &str, t: &Option<Text>) -> Vec<Field> {
    text_fields(langs, base, label, t.as_ref().unwrap_or(&Text::default()))
}

/// Text fields that can be marked not confirmed as `mark`.
pub fn markable(fields: Vec<Field>, mark: &'static str, t: &Tentative) -> Vec<Field> {
    let on = marked(t, mark);
    fields.into_iter().map(|f| f.markable(mark, on)).collect()
}

/// The fields of entry `n` of a list of texts (`organizers.2`).
fn entry_fields(langs: &[String], base: &str, label_key: &str, n: usize, t: &Text) -> Vec<Field> {
    let label = tr!(label_key, n = n + 1);
    text_fields(langs, &format!("{base}.{n}"), &label, t)
}

/// Every entry of a list of texts, then an empty one to add to it.
pub fn text_list_fields(
    langs: &[String],
    base: &str,
    label_key: &str,
    list: &[Text],
) -> Vec<Field> {
    let mut out: Vec<Field> = list
        .iter()
        .enumerate()
        .flat_map(|(n, t)| entry_fields(langs, base, label_key, n, t))
        .collect();
    out.extend(
        entry_fields(langs, base, label_key, list.len(), &Text::default())
            .into_iter()
            .map(|f| f.hint(tr!("form-add-hint"))),
    );
    out
}

/// Fields whose name starts with `prefix` and a number: the numbers, in order.
fn entries(form: &Form, base: &str, sep: char) -> Vec<(usize, usize)> {
    let prefix = format!("{base}.");
    let mut out = Vec::new();
    for (i, f) in form.fields.iter().enumerate() {
        let Some(rest) = f.name.strip_prefix(&prefix) else {
            continue;
        };
        let num = rest.split(sep).next().unwrap_or("");
        if let Ok(n) = num.parse::<usize>() {
            out.push((n, i));
        }
    }
    out
}

/// After a field is left: a list whose last (empty) entry was filled in
/// gets a new empty entry below it, so several are added in one go.
pub fn grow_text_list(form: &mut Form, langs: &[String], base: &str, label_key: &str) {
    let found = entries(form, base, ':');
    let Some(&(last, _)) = found.iter().max_by_key(|(n, _)| *n) else {
        return;
    };
    let filled = found
        .iter()
        .filter(|(n, _)| *n == last)
        .any(|&(_, i)| !form.fields[i].value.trim().is_empty());
    if !filled {
        return;
    }
    let at = found.iter().map(|&(_, i)| i).max().unwrap_or(0) + 1;
    let new = entry_fields(langs, base, label_key, last + 1, &Text::default());
    for (k, f) in new.into_iter().enumerate() {
        form.upsert(at + k, f.hint(tr!("form-add-hint")));
    }
}
