# Plenary's messages in English: the reference every other language must
# match key for key (tests/i18n_catalogue.rs). English output is
# byte-for-byte what Plenary printed before the catalogue existed, so the
# broken-file corpus holds these words.
#
# Fluent syntax (projectfluent.org): `{ $name }` is an argument; a literal
# brace is written {"{"}; plurals select on a number, `[one]` / `*[other]`.

## Words used everywhere

at-line = line { $line }
severity-error = error
severity-warning = warning
hint-label = hint
count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
count-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
did-you-mean = did you mean `{ $name }`?
did-you-mean-named = did you mean `{ $code }` ({ $name })?

## plenary check: values wrong on their own (src/check/fields.rs)

meeting-empty-title = the meeting has an empty title
meeting-ends-before-start = the meeting ends ({ $end }) before it starts ({ $start })
meeting-ends-before-start-hint = swap `start_date` and `end_date`
speaking-hours-reversed = `speaking_hours` end at { $to }, not after they start at { $from }
speaking-hours-reversed-hint = write the hours of a speaker's day, such as {"{"}from: "07:00", to: "22:00"{"}"}
participant-empty-id = a participant has an empty `id`
participant-empty-name = participant `{ $id }` has an empty name
email-looks-wrong = `{ $email }` does not look like an e-mail address
session-empty-id = a session has an empty `id`
session-empty-title = session `{ $id }` has an empty title
session-outside-days = session { $session } is on { $date }, outside the meeting's days ({ $start } to { $end })
session-outside-days-hint = move the session, or widen the meeting's `start_date` / `end_date`
item-empty-title = an item has an empty title
session-ends-before-start = session { $session } ends at { $end }, not after it starts at { $start }
session-ends-before-start-hint = a session that runs past midnight is written as two sessions, one per day
session-start-without-end = session { $session } has a start time but no end time
session-end-without-start = session { $session } has a end time but no start time
session-end-date-not-after = session { $session } has `end_date` { $end }, not after its `date` { $date }
session-end-date-not-after-hint = leave `end_date` out for a one-day session; it names the last day of one that runs over several
session-past-last-day = session { $session } runs until { $end }, past the meeting's last day { $last }
session-past-last-day-hint = shorten the session's `end_date`, or widen the meeting's `end_date`
followup-empty-id = a follow-up has an empty `id`
followup-empty-title = follow-up `{ $id }` has an empty title

## plenary check: ids and references (src/check/ids.rs)

role-participant = participant
role-session = session
role-follow-up = follow-up
role-chair = chair
role-speaker = speaker
role-interpreter = interpreter
duplicate-id = duplicate { $kind } id `{ $id }`: the first is at { $first }
duplicate-id-hint = ids must be unique within a meeting; rename one of them
not-on-roster = { $role } `{ $id }` is not on the roster
not-on-roster-hint = add them to `participants` first, or fix the id
owner-not-on-roster = owner `{ $id }` is not on the roster
owner-not-on-roster-hint = `owner` takes a participant id; write an organization or country as `owner_org`
followup-no-owner = follow-up `{ $id }` has no owner
followup-no-owner-hint = set `owner` (a participant id) or `owner_org` (an organization or country)
session-does-not-exist = session `{ $id }` does not exist in this meeting
session-does-not-exist-hint = use the `id` of one of this meeting's sessions

## plenary check: codes (src/check/codes.rs)

unknown-language = unknown language code `{ $code }`
unknown-language-hint = use a two-letter ISO 639-1 code, such as `en`, `ru`, `kk`
unknown-country = unknown country code `{ $code }`
unknown-country-hint = use a two-letter ISO 3166-1 code, such as `KZ`, `KG`, `UZ`

## plenary check: follow-ups (src/check/followups.rs)

word-due = due
word-due-proposed = due (proposed)
followup-overdue = follow-up `{ $id }` was { $due_word } on { $due }, { $days } days ago, and is still { $status }
followup-overdue-owned = follow-up `{ $id }` was { $due_word } on { $due }, { $days } days ago, and is still { $status } (owner: { $owner })
followup-overdue-hint = mark it done or dropped, or move the due date
followup-overdue-proposed-hint = the due date was only proposed: confirm a date, or mark it done or dropped
followup-closed-but-open = follow-up `{ $id }` has a `closed` date but its status is { $status }
followup-carried-from-bad = `carried_from` of follow-up `{ $id }` is `{ $value }`, which names no follow-up
followup-carried-from-bad-hint = write it `file-stem#follow-up-id`, e.g. `2022-10-casie#action-plan-kz`
followup-log-out-of-order = log of follow-up `{ $id }` is out of order: { $later } comes after { $earlier }
followup-log-out-of-order-hint = progress notes are kept oldest first

## plenary check: languages (src/check/languages.rs)

session-language-not-working = session { $session } is held in { $language } (`{ $code }`), not a working language of the meeting ({ $languages })
session-language-not-working-hint = add `{ $code }` to the meeting's `languages`, or change the floor language
interpreted-into-floor = session { $session } is interpreted into `{ $code }`, which is already its floor language
participant-no-language = { $name } (`{ $id }`) speaks { $languages } but no session is held in or interpreted into that
participant-no-language-hint = add an interpretation channel, or check the participant's languages

## plenary check: conflicts (src/check/conflicts.rs)

room-double-booked = room `{ $room }` is double-booked: { $a } and { $b } overlap on { $date }
room-double-booked-hint = move one session or give it another room, or mark one `alongside: true` if they share it on purpose
person-double-booked = { $name } (`{ $id }`) is booked in two sessions at once: { $a } and { $b }
person-double-booked-hint = a person can chair or speak in one session at a time; mark a session `alongside: true` if it runs beside the others on purpose (an exhibition)
chair-declined = chair `{ $id }` of session { $session } has declined
chair-declined-hint = choose another chair, or update the participant's status
speaker-declined = speaker `{ $id }` in session { $session } has declined
speaker-declined-hint = find another speaker, or update the participant's status

## The settings file (src/settings/)

config-not-utf8 = the settings file is not UTF-8 text; nothing of it was used
config-syntax = TOML syntax error: { $what }; nothing of the file was used
config-syntax-hint = each setting is one line `key = value`, text in quotes, such as `ui_lang = "ru"`
config-unknown-key = unknown setting `{ $key }`
config-known-keys = the settings are: { $keys }
config-bad-value = `{ $key }` cannot be { $value }
config-plain-hint = { $text }
config-ui-lang-hint = write "en" or "ru"
config-speaking-hours-hint = write the speakers' local-time window, such as "07:00-22:00" (the end after the start)
config-display-zone-hint = write an IANA zone name in quotes, such as "Asia/Almaty"
config-colours-hint = write true or false (without quotes)
config-agendas-hint = write the folder in quotes, such as "/srv/agendas"
config-file-read = settings file: { $file }
config-file-missing = settings file: { $file } (not there: every setting has its default; docs/config.md)
config-file-none = no settings file: neither XDG_CONFIG_HOME nor HOME is set
config-zone-unset = display_zone is not set: each meeting is shown in its own zone
config-from-default = default
config-from-file = from { $place }
config-from-env = from the environment, { $var }
config-from-flag = from the command line, { $flag }

## plenary check: its summary (src/cli/check.rs)

check-summary = checked { $meetings } in { $files }: { $errors }, { $warnings }
check-no-files = no meeting files (*.yaml) found in { $paths }
count-meetings = { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
}
count-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}

## Command-line help (src/cli/help.rs): the same words as the doc comments of
## the argument structs, which tests/i18n_catalogue.rs compares.

cli--today = Date to treat as today (YYYY-MM-DD), for reproducible reports
cli--path = Folder of agendas or one meeting file to open (default: agendas/)
cli--no_cache = Read every file in full, without the cache of loaded meetings (kept in $PLENARY_CACHE_DIR, else the user's cache folder)
cli--tz = Open the TUI with schedule times shown in this IANA zone (`z`, `Z` and Esc change it)
cli--ui_lang = Interface language, over the settings file and the locale (LC_ALL, LC_MESSAGES, LANG)
cli-check = Load and check agendas; print every problem as file:line:col
cli-check-paths = Meeting files or folders of them (default: agendas/)
cli-check-deny_warnings = Fail on warnings too
cli-fmt = Rewrite agendas in canonical form (like cargo fmt)
cli-fmt-check = Only report files that are not canonical; exit 1 if any
cli-fmt-drop_comments = Rewrite even when a comment has no key to go with (a `.bak` copy keeps them)
cli-fmt-paths = Meeting files or folders of them (default: agendas/)
cli-followups = List follow-ups across meetings, sorted by due date; overdue ones marked
cli-followups-paths = Meeting files or folders of them (default: agendas/)
cli-followups-overdue = Only those past their due date (with --due-within: either)
cli-followups-due_within = Only those due from today to DAYS days from now (with --overdue: either)
cli-followups-owner = Participant id or name, organization, or owner_org; any case or script, words in any order
cli-followups-status = open, in-progress, waiting, done, dropped (comma-separated), or owed (the default), closed, all
cli-followups-tag = Only those with this tag (case ignored)
cli-followups-meeting = Meeting file name, title or series (loose match, like --owner)
cli-followups-country = Owner's country: KZ, KAZ or Kazakhstan
cli-followups-include_carried = Also list follow-ups that were carried over into a later meeting
cli-followups-group_by = Sections in the table
cli-followups-format = A table fitted to the terminal, or CSV / JSON with the columns of docs/followups.md
cli-agenda = Print a meeting's schedule as plain text, in any time zone
cli-agenda-file = The meeting file
cli-agenda-tz = Show times in this IANA zone (e.g. UTC, Europe/Paris); default: the meeting's
cli-agenda-lang = Language of titles and labels (ISO 639-1; labels exist in en and ru)
cli-agenda-width = Wrap lines at this many columns; 0 leaves them whole
cli-interpretation = Print a meeting's interpretation plan: booths, loads, turn plans
cli-interpretation-file = The meeting file
cli-interpretation-session = Only this session (its id), with its turn plans
cli-interpretation-turns = Print the turn plan of every staffed booth
cli-interpretation-tz = Show times in this IANA zone; default: the meeting's
cli-interpretation-lang = Language of titles and names (ISO 639-1)
cli-interpretation-width = Wrap lines at this many columns; 0 leaves them whole
cli-roster = Registrations in (import from Indico, Zoom, Google Forms, Excel) and the roster out (export)
cli-people = One row per person across meetings: meetings, roles, sessions, follow-ups owned
cli-people-args = Folders or meeting files (default: agendas/), then an optional search (any word that is not an existing path): a name in any script, an organization, a country
cli-merge = Merge two versions of an agenda with their common ancestor (a git merge driver: %O %A %B)
cli-merge-base = The common ancestor (git's %O)
cli-merge-ours = Our version (git's %A); the merge is written here
cli-merge-theirs = Their version (git's %B)
cli-slots = Find free times for a session: ranked, in the meeting's zone, with near misses
cli-slots-file = The meeting file
cli-slots-session = The session to find a time for (its id); leave out for a new one
cli-slots-with = For a new session: the participants it books (ids, comma-separated)
cli-slots-room = For a new session: its room
cli-slots-length = Length to find, e.g. 90m, 1h30 (default: the session's own, else 60m)
cli-slots-step = Start times are tried on this grid, e.g. 15m, 30m
cli-slots-limit = How many free slots to print
cli-slots-near = How many near misses to print
cli-export = Publish a meeting: programme (html, md), calendar (ics), app feeds (frab-xml, schedule-json)
cli-export-file = The meeting file
cli-export-format = html, md, ics, frab-xml or schedule-json
cli-export-lang = Languages of titles and labels, the first leading: en, ru or en,ru
cli-export-tz = Show times in this IANA zone (e.g. UTC); default: the meeting's
cli-export-session = Only this session (by id)
cli-export-room = Only the sessions in this room (by name)
cli-export-person = Only the sessions this participant chairs, speaks in or interprets (by id)
cli-export-tzid = Calendars: local times with TZID and a VTIMEZONE instead of UTC
cli-export-output = Write here instead of standard output
cli-import = Read a pretalx or frab schedule.json / schedule.xml into a new agenda file
cli-import-file = The schedule.json or schedule.xml to read
cli-import-output = The agenda file to write (must not exist yet)
cli-schema = Print the JSON Schema (draft-07) of the agenda format, for editors
cli-config = Print the settings in force and where each came from (docs/config.md)

## plenary followups: the table (src/cli/followups.rs); CSV and JSON
## columns are the data's interface and stay English

fu-col-due = DUE
fu-col-state = STATE
fu-col-status = STATUS
fu-col-meeting = MEETING
fu-col-id = ID
fu-col-owner = OWNER
fu-col-title = TITLE
fu-state-overdue-proposed = due (proposed) { $days }d ago
fu-state-overdue = OVERDUE { $days }d
fu-state-today = today
fu-state-in = in { $days }d
fu-state-closed = closed
fu-state-no-date = no date
fu-proposed = (proposed)
fu-summary-none = no follow-ups match (today is { $today })
fu-summary = { $total }: { $parts } (today is { $today })
fu-part-overdue = { $n } overdue
fu-part-due-soon = { $n } due within { $days } days
fu-part-later = { $n } later
fu-part-no-date = { $n } without a due date
fu-part-closed = { $n } closed
count-follow-ups = { $n ->
    [one] { $n } follow-up
   *[other] { $n } follow-ups
}

## Reading a file: fields and values (src/load/yaml_error.rs)

unknown-field = unknown field `{ $field }`
known-fields = known fields here: { $fields }
unknown-value = unknown value `{ $value }`
expected-one-of = expected one of: { $values }
missing-field = missing required field `{ $field }`
missing-field-hint = add `{ $field }: ...` here; docs/format.md lists what each record needs
field-twice = field `{ $field }` is given twice
field-twice-hint = keep one of them
merge-key = a YAML merge key (`<<: *name`) is not supported in agendas
merge-key-hint = write the fields out in each record (an alias `*name` for a whole value still works)

## plenary check: a speaker's local time (src/check/local_times.rs)

local-role-chair = chair
local-role-speaker = speaker
local-from-timezone = their `timezone`
local-from-country = from their country, { $country }
local-from-room = in the room
local-time-outside = { $role } { $name } (`{ $id }`) is booked at { $when } their time ({ $zone }, { $from }) in session { $session }: outside { $window_from }-{ $window_to } (rule: speaker's local time)
local-time-outside-hint = move the session, or check the person's `timezone` / `country`

## plenary check: tentative fields (src/check/tentative.rs)

tent-of-meeting = the meeting
tent-of-participant = a participant
tent-of-session = a session
tent-of-item = an item
tent-of-channel = an interpretation channel
tent-of-follow-up = a follow-up
tentative-fields-here = fields that can be tentative here: { $fields }
tentative-not-single = `{ $name }` cannot be tentative: only single values of { $what } can be
tentative-no-field = `{ $name }` in `tentative` names no field of { $what }
