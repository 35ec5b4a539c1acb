//! A participant's fields as messages name them ("e-mail", "страна"): one
//! list of those words, for the import's preview and the merge of twins.

/// A participant's field as a message names it, from its English name
/// (`e-mail`). A name the list lacks is said as it is written.
pub fn field_msg(english: &str) -> crate::i18n::Msg {
    let key = match english {
        "name" => "tui-field-name",
        "honorific" => "tui-field-honorific",
        "position" => "tui-field-position",
        "organization" => "tui-field-organization",
        "country" => "tui-field-country",
        "e-mail" => "tui-field-email",
        "time zone" => "tui-field-time-zone",
        "interpreting" => "tui-field-interpreting",
        "notes" => "tui-field-notes",
        "languages" => "tui-field-languages",
        "role" => "tui-field-role",
        "status" => "tui-field-status",
        other => return crate::msg!("field-as-written", field = other),
    };
    crate::i18n::Msg::of(key)
}
