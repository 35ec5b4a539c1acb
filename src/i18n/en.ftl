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
item-empty-title = an item has neither a title nor a speaker
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
followup-overdue = follow-up `{ $id }` was { $due_word } on { $due }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago, and is still { $status }
followup-overdue-owned = follow-up `{ $id }` was { $due_word } on { $due }, { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago, and is still { $status } (owner: { $owner })
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
break-overlap-room = { $session } overlaps the break { $brk } at { $from }–{ $to } in room `{ $room }` on { $date }
break-overlap-all = { $session } overlaps the break { $brk } at { $from }–{ $to } on { $date }; the break has no room, so it is everyone's
break-overlap-hint = end the session before the break or start it after, move the break, or mark the session `alongside: true` if it runs through the break on purpose
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

## The TOML parser's reasons in a settings-file syntax error (src/settings/toml_words.rs)

toml-reason-expected = { $what }, expected { $list }
toml-dotted = cannot extend value of type { $kind } with a dotted key
list-more = { $first }, { $rest }
toml-d-underscore = `_` may only go between digits
toml-d-basic-string = invalid basic string
toml-d-multiline-string = invalid multi-line basic string
toml-d-recursion = cannot recurse further; max recursion depth met
toml-d-recursion-limit = recursion limit
toml-d-carriage-return = carriage return must be followed by newline
toml-d-extra-equals = extra `=`
toml-d-extra-assignment = extra assignment between key-value pairs
toml-d-extra-comma-array = extra comma in array
toml-d-extra-comma-table = extra comma in inline table
toml-d-radix-signed = integers with a radix cannot be signed
toml-d-comment-char = invalid comment character
toml-d-inline-element = invalid inline table element
toml-d-key-value = invalid key-value pair
toml-d-unquoted-key = invalid unquoted key
toml-d-value = invalid value
toml-d-key-no-value = key with no value
toml-d-key-multiline-basic = keys cannot be multi-line basic strings
toml-d-key-multiline-literal = keys cannot be multi-line literal strings
toml-d-array-opening = missing array opening
toml-d-assignment = missing assignment between key-value pairs
toml-d-comma-array = missing comma between array elements
toml-d-comma-pairs = missing comma between key-value pairs
toml-d-comment-start = missing comment start
toml-d-escape = missing escaped value
toml-d-inline-opening = missing inline table opening
toml-d-inline-key = missing key for inline table element
toml-d-opening-quote = missing opening quote
toml-d-table-open = missing table open
toml-d-missing-value = missing value
toml-d-missing-value-for-key = missing value for key
toml-d-radix-lowercase = radix must be lowercase
toml-d-redundant-prefix = redundant integer number prefix
toml-d-redundant-sign = redundant numeric sign
toml-d-unquoted-string = string values must be quoted
toml-d-unicode-digits = too few unicode value digits
toml-d-unclosed-array = unclosed array
toml-d-unclosed-array-table = unclosed array table
toml-d-unclosed-inline-table = unclosed inline table
toml-d-unclosed-table = unclosed table
toml-d-equals-in-array = unexpected `=` in array
toml-d-content = unexpected content
toml-d-after-comment = unexpected content between comment and newline
toml-d-key-or-value = unexpected key or value
toml-d-leading-zero = unexpected leading zero
toml-d-sign = unexpected sign
toml-d-empty-key = unquoted keys cannot be empty
toml-d-duplicate-key = duplicate key
toml-d-empty-table = expected empty table
toml-d-empty-array = expected empty array
toml-d-integer-overflow = integer number overflowed
toml-d-float-overflow = floating-point number overflowed
toml-d-string-or-table = wanted string or table
toml-e-key = key
toml-e-value = value
toml-e-numbers = numbers
toml-e-digits = digits
toml-e-literal-string = literal string
toml-e-basic-string = basic string
toml-e-multiline-basic = multi-line basic string
toml-e-letters = letters
toml-e-unicode-hex = unicode hexadecimal value
toml-e-printable = printable characters
toml-e-visible-no-single = non-single-quote visible characters
toml-e-no-single = non-single-quote characters
toml-e-visible-no-double = non-double-quote visible characters
toml-e-characters = characters
toml-e-newline = newline
toml-e-nothing = nothing
toml-t-string = string
toml-t-integer = integer
toml-t-float = float
toml-t-boolean = boolean
toml-t-datetime = datetime
toml-t-array = array
toml-t-table = table
toml-t-inline-table = inline table

## toml_datetime's words for a date or time that is no real one (src/settings/toml_words.rs)

toml-dt-date = invalid date
toml-dt-time = invalid time
toml-dt-offset = invalid offset
toml-dt-datetime = invalid datetime
toml-dt-day-range = day between 01 and { $max }
toml-dt-e-year-or-hour = year or hour
toml-dt-e-dash-or-colon = `-` (YYYY-MM) or `:` (HH:MM)
toml-dt-e-month = month
toml-dt-e-dash-day = `-` (MM-DD)
toml-dt-e-day = day
toml-dt-e-year-digits = a four-digit year (YYYY)
toml-dt-e-month-digits = a two-digit month (MM)
toml-dt-e-day-digits = a two-digit day (DD)
toml-dt-e-month-range = month between 01 and 12
toml-dt-e-t = `T` between date and time
toml-dt-e-hour = hour
toml-dt-e-colon = `:` (HH:MM)
toml-dt-e-minute = minute
toml-dt-e-second = second
toml-dt-e-nanosecond = nanosecond
toml-dt-e-hour-digits = a two-digit hour (HH)
toml-dt-e-minute-digits = a two-digit minute (MM)
toml-dt-e-second-digits = a two-digit second (SS)
toml-dt-e-hour-range = hour between 00 and 23
toml-dt-e-minute-range = minute between 00 and 59
toml-dt-e-second-range = second between 00 and 60
toml-dt-e-nanoseconds-overflow = nanoseconds overflowed
toml-dt-e-offset-hours = hours between 00 and 23
toml-dt-e-offset-minutes = minutes between 00 and 59
toml-dt-e-zone = `Z`, +OFFSET, -OFFSET

## plenary people's table (src/cli/people.rs); its CSV and JSON stay English

people-col-name = NAME
people-col-country = CTRY
people-col-organization = ORGANIZATION
people-col-rest = MEETINGS (ROLE); SESSIONS; FOLLOW-UPS OWNED
people-owns = owns { $ids }
people-count = { $n ->
    [one] { $n } person
   *[other] { $n } people
}
people-per-meeting = People per meeting and country:
people-chair-of = chair of `{ $id }`
people-speaker-in = speaker in `{ $id }`
people-interpreter-in = interpreter in `{ $id }`
people-json-failed = could not write JSON: { $why }
sheet-lang-unknown = unknown language `{ $lang }`
sheet-lang-hint-one = use a two-letter ISO 639-1 code, such as `en` or `ru`
sheet-lang-hint-many = use two-letter ISO 639-1 codes, such as `en` or `en,ru`
sheet-lang-none = --lang names no language
sheet-lang-none-hint = write `en`, `ru` or `en,ru`
sheet-format-unknown = unknown format `{ $format }`
sheet-format-hint = use one of { $formats }
export-over-agenda = { $file } is the meeting file itself; an export must not replace it
export-over-roster = { $file } is the meeting's participant list; an export must not replace it
export-over-source-hint = write the export to a file of its own, e.g. `-o { $file }`
export-over-foreign = { $file } exists and is not a previous export; not overwriting it
export-over-foreign-hint = choose another name, or add `--force` to replace it
generate-over-existing = { $file } exists already; not overwriting it
generate-over-existing-hint = choose another name, or add `--force` to replace it
tui-export-over-source = not exported: { $why } · type another file name

## plenary slots and a session not found (src/cli/slots.rs, interpretation.rs)

sheet-no-session = no session `{ $id }`
sheet-no-session-hint = use the `id` of one of the meeting's sessions
slots-no-participant = no participant `{ $id }`
slots-no-participant-hint = use participant ids from the roster
slots-new-session = a new session
slots-header = Slots for `{ $id }` ({ $title }, { $minutes } min), times in { $zone }; speaking hours { $from }-{ $to } local time.
slots-none-free = No free slot on the meeting's days.
slots-more = ... and { $n } more (--limit)
slots-near-misses = Near misses, each ruled out by one thing:
slots-room-taken = room `{ $room }` is taken by `{ $session }` ({ $span })
slots-break = the break `{ $session }` ({ $span })
slots-booked = { $name } (`{ $id }`) is in `{ $session }` ({ $span })
slots-local-time = { $name } (`{ $id }`) would be at { $local } in { $zone }, outside { $hours }
slots-interpreter-day = interpreter { $name } (`{ $id }`) would be in the booth { $minutes } minutes that day, over { $max }
select-none = the meeting has none
select-known = known: { $names }
select-no-session = no session has the id `{ $id }`
select-no-room = no session is held in a room named `{ $room }`
select-no-person = no participant has the id `{ $id }`
merge-nothing-written = nothing written; merge this file by hand
merge-cannot-write = the merged meeting cannot be written
merge-conflict-in = { $path }: conflict in { $place }
config-unknown-key = unknown setting `{ $key }`
config-known-keys = the settings are: { $keys }
config-bad-value = `{ $key }` cannot be { $value }
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
settings-notice = { $n ->
    [one] the settings file has a problem
   *[other] the settings file has { $n } problems
}: { $first } (all listed again on exit)

## plenary check: its summary (src/cli/check.rs)

check-summary = checked { $meetings } in { $files }: { $errors }, { $warnings }
check-no-files = no meeting files (*.yaml) found in { $paths }
check-more-after-parse = note: clashes, people, duplicate ids and the other checks of a meeting run once its file reads; fix these errors first
count-meetings = { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
}
count-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
discover-missing = { $path }: no such file or folder
discover-default-missing = no meeting files here: there is no { $folder } folder, and this folder holds no *.yaml files; go to the folder of your agendas, or name it: { $command }
discover-default-setting-missing = { $folder } (the `agendas` setting, { $place }): no such folder; correct the setting (plenary config shows it), or name a folder or file: { $command }
discover-default-empty = no meeting files (*.yaml) in { $folder }; put meeting files there, or name another folder or file: { $command }
discover-broken-link = { $path }: a symbolic link that leads nowhere (a loop, or its target is gone); point it at a meeting file, or name the file itself
discover-unreadable = { $path }: cannot read: { $why }
discover-outside = note: { $name }: a link to a file outside { $dir }; not read (name the file itself to check it)
discover-dangling = note: { $name }: a symbolic link that leads nowhere (a loop, or its target is gone); skipped
check-unsaved-note = { $file }: note: unsaved edits from a Plenary that was ended are in { $kept }; open the meeting in plenary to see what differs and restore them, or delete that copy

## Command-line help (src/cli/help.rs): the same words as the doc comments of
## the argument structs, which tests/i18n_catalogue.rs compares.

cli--about = Prepare meetings from the terminal: agendas, rosters, interpretation and follow-ups.
cli--today = Date to treat as today (YYYY-MM-DD), for reproducible reports
cli--path = Folder of agendas or one meeting file to open (default: agendas/, else this folder when it holds *.yaml files)
cli--no_cache = Read every file in full, without the cache of loaded meetings (kept in $PLENARY_CACHE_DIR, else the user's cache folder)
cli--tz = Open the TUI with schedule times shown in this IANA zone (`z`, `Z` and Esc change it)
cli--ui_lang = Interface language, over the settings file and the locale (LC_ALL, LC_MESSAGES, LANG)
cli-check = Load and check agendas; print every problem as file:line:col
cli-check-paths = Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files)
cli-check-deny_warnings = Fail on warnings too
cli-fmt = Rewrite agendas in canonical form (like cargo fmt)
cli-fmt-check = Only report files that are not canonical; exit 1 if any
cli-fmt-drop_comments = Rewrite even when a comment has no key to go with (a `.bak` copy keeps them)
cli-fmt-paths = Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files)
cli-followups = List follow-ups across meetings, sorted by due date; overdue ones marked
cli-followups-paths = Meeting files or folders of them (default: agendas/, else this folder when it holds *.yaml files)
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
cli-roster-import = Bring registrations (Indico, Zoom, Google Forms, Excel CSV/TSV) into a meeting's roster
cli-roster-import-file = The CSV or TSV file (UTF-8, UTF-16 or Windows-1251; `,` `;` or tab)
cli-roster-import-into = The meeting file whose roster receives the people
cli-roster-import-map = Columns the file names differently: "COLUMN=field,..." (fields: name, first-name, last-name, middle-name, email, organization, position, country, languages, honorific, attended, ignore)
cli-roster-import-dry_run = Show what would change and write nothing
cli-roster-import-encoding = Read the file in this encoding instead of detecting it (e.g. windows-1251)
cli-roster-import-on_conflict = When the file and the roster differ on a field: ask (on a terminal, each one; otherwise list them and write nothing), keep ours, or take theirs
cli-roster-import-accept_suggestions = Take each suggested country for its misspelt one ("Kazakstan" → KZ) instead of leaving it empty
cli-roster-export = Write the roster for badges and mail merge
cli-roster-export-agenda = The meeting file
cli-people = One row per person across meetings: meetings, roles, sessions, follow-ups owned
cli-people-args = Folders or meeting files (default: agendas/, else this folder when it holds *.yaml files), then an optional search (any word that is not an existing path): a name in any script, an organization, a country
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
cli-export-force = With -o: replace an existing file that is not a previous export (never the agenda)
cli-import = Read a pretalx or frab schedule.json / schedule.xml into a new agenda file
cli-import-file = The schedule.json or schedule.xml to read
cli-import-output = The agenda file to write (must not exist yet)
cli-schema = Print the JSON Schema (draft-07) of the agenda format, for editors
cli-generate = Write a large generated agenda, for benchmarks
cli-generate-output = Write here instead of standard output
cli-generate-force = With -o: replace a file that exists already
cli-config = Print the settings in force and where each came from (docs/config.md)

## plenary followups: the table (src/cli/followups.rs); CSV and JSON
## columns are the data's interface and stay English

fu-not-listed = the follow-ups of { $file } are not listed
fu-cannot-write-json = cannot write JSON: { $why }
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
did-you-mean-then = did you mean `{ $name }`? If so, { $then }
field-belongs-on-item = `{ $field }` is not a field of a session: it belongs on the session's items (each talk under `items:` has its own)
field-belongs-on-item-hint = move it under the session's `items:`, into the talk it is about: `- title: ...` and below it `{ $field }: ...`, indented like `title`
field-belongs-on-channel = `{ $field }` is not a field of a session: it belongs on an interpretation channel (under `interpretation:`)
field-belongs-on-channel-hint = move it under the session's `interpretation:`, into the booth it is about: `- to: ru` and below it `{ $field }: ...`, indented like `to`
session-languages = a session has no `languages`: it is held in one floor `language` and interpreted through its `interpretation` channels
session-languages-hint = write `language: en` for the language spoken on the floor, and `interpretation: [ru]` for the languages it is interpreted into
field-belongs-on-session = `{ $field }` is not a field of an item: it is set on the session, and all its items share it
field-belongs-on-session-hint = move `{ $field }:` up to the session, indented like the session's `title:`; if this talk has its own, make it a session of its own
field-belongs-in-sessions = `{ $field }` is not a field of the meeting: it belongs on a session
field-belongs-in-sessions-hint = move it into the session it is about, under `sessions:`; docs/format.md shows where each field goes
field-belongs-in-interpreting = `{ $field }` is not a field of a participant: an interpreter's working languages go under `interpreting:`
field-belongs-in-interpreting-hint = write `interpreting:` and below it `{ $field }: ...`, indented one step more (`a`: the language they work into; `b`, `c`: the languages they work from)

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

## plenary check: daylight-saving changes (src/check/local_times.rs)

dst-skipped = session { $session } { $field }s at { $time } on { $date }, a time that does not exist in { $zone } (the clocks jump forward); it is read as { $read_as } (rule: daylight-saving change)
dst-repeated = session { $session } { $field }s at { $time } on { $date }, which happens twice in { $zone } (the clocks go back); the first one is taken ({ $offset }) (rule: daylight-saving change)
dst-hint = write a time outside the change, or check the meeting's `timezone`

## plenary check: interpretation (src/check/interpretation.rs, src/staffing)

booth-language = { $name } (`{ $code }`)
semicolon-pair = { $a }; { $b }
interp-booth-empty = session { $session }: the { $booth } booth has no interpreter yet (rule: team strength)
interp-booth-empty-norm = session { $session }: the { $booth } booth has no interpreter yet; the norm asks for { $need } for { $minutes } minutes ({ $reason }) (rule: team strength)
interp-booth-empty-hint = assign interpreters in the Interpretation view (6, key i), or under `interpreters:` of the channel
interp-team-short = session { $session }: the { $booth } booth has { $n ->
    [one] { $n } interpreter
   *[other] { $n } interpreters
} for { $minutes } minutes; the norm asks for { $need } ({ $reason }) (rule: team strength)
interp-team-short-hint = add interpreters to the booth, or set the meeting's `interpretation_norms` if the contract says otherwise
interp-day-short = the { $booth } booth works { $total } minutes on { $date } ({ $sessions }) with { $n ->
    [one] { $n } interpreter
   *[other] { $n } interpreters
} in all; the norm asks for { $need } ({ $reason }) (rule: team strength for the day)
interp-day-short-hint = bring in another interpreter for part of the day, or set the meeting's `interpretation_norms`
interp-daily-load = interpreter { $name } (`{ $id }`) is in the booth { $minutes } minutes on { $date } ({ $sessions }), above the norm of { $max } minutes a day (rule: daily booth time)
interp-daily-load-hint = give part of the day to another interpreter
interp-two-booths = interpreter { $name } (`{ $id }`) is in two booths of session { $session } at once: { $a } and { $b } (rule: interpreter double-booked)
interp-two-sessions = interpreter { $name } (`{ $id }`) is booked in two sessions at once: { $a } and { $b } (rule: interpreter double-booked)
interp-double-booked-hint = an interpreter works in one booth at a time; assign someone else to one of them
interp-pair = interpreter { $name } (`{ $id }`) in the { $booth } booth of session { $session } { $what } (rule: language pair)
interp-pair-theirs = interpreter { $name } (`{ $id }`) in the { $booth } booth of session { $session } { $what }; their languages: { $theirs } (rule: language pair)
interp-pair-no-languages-hint = add `interpreting: {"{"}a: ..., b: [...], c: [...]{"}"}` to their participant record
interp-pair-languages-hint = their `languages: [{ $languages }]` says what they follow a session in; a booth reads an interpreter's working languages from `interpreting:`: add `interpreting: {"{"}a: ..., b: [...]{"}"}` to their participant record (`a`: the language they work into; `b`, `c`: the languages they work from)
interp-pair-hint = assign an interpreter whose A language is the channel's, or make the booth two-way (`retour: true`) if that is the plan
interp-pair-two-way-hint = in a two-way booth each interpreter works at least one way: into the booth's language, or back into the floor language, from the other (an A or B language); assign someone who does
interp-two-way-uncovered = nobody in the two-way { $booth } booth of session { $session } works into { $language } (rule: language pair)
interp-two-way-uncovered-hint = add an interpreter who works into { $language } (their A or B language)
interp-two-way-no-retour-hint = add an interpreter who works into { $language } (their A or B language), or make the booth one-way (leave out `retour: true`) if it gives no retour
misfit-no-languages = has no `interpreting` languages on the roster
misfit-not-into = does not work into { $language }
misfit-into-b = would work into { $language }, a B language, in a one-way booth
misfit-not-from = does not work from { $language }
misfit-no-retour = cannot give the retour into { $language }: it is not their A or B language
interp-working-language = session { $session } offers nothing in { $language }, a working language of the meeting: it is neither the floor language nor a channel (rule: working languages)
interp-working-language-hint = add `{ $code }` to the session's `interpretation`, or to its `language` if it is spoken from the floor
interp-relay-itself = the { $booth } booth of session { $session } takes relay from itself (rule: relay)
interp-relay-itself-hint = name the booth it listens to, or leave `relay` out
interp-relay-floor = the { $booth } booth of session { $session } takes relay from { $from }, which is the floor language (rule: relay)
interp-relay-floor-hint = a booth working from the floor needs no `relay`; leave it out
interp-relay-missing = the { $booth } booth of session { $session } takes relay from { $from }, but no booth of the session works into it (rule: relay)
interp-relay-missing-hint = add the booth it listens to, or correct `relay`
interp-follows = { $role } { $name } (`{ $id }`) follows { $languages }, but session { $session } is held in { $offered } (rule: participant languages)
interp-follows-hint = add a channel into one of their languages ({ $languages }), or check their `languages`
norm-solo-may = one interpreter may work alone up to { $solo } minutes
norm-solo-only = one interpreter works alone only up to { $solo } minutes
norm-two-way-four = a two-way booth needs four interpreters beyond { $minutes } minutes
norm-two-way-three = a two-way booth needs three interpreters beyond { $minutes } minutes
norm-pair-day = two interpreters cover a day of up to { $limit } minutes
norm-pair-session = two interpreters cover a session of up to { $limit } minutes
norm-relay-three = a two-way booth that gives relay to other booths needs three interpreters

## plenary check: people listed twice, and unprintable text
## (src/check/duplicates.rs, src/check/text.rs)

duplicate-person = { $first } may be listed more than once: also as { $others }
duplicate-person-more = { $first } may be listed more than once: also as { $others } and { $more } more
duplicate-person-hint = if they are one person, keep one entry and point sessions and follow-ups at its id
people-ambiguous-hint = they are kept apart; to tell them apart, write the patronymic into the name of `{ $id }`, or give it the e-mail (or the id) of the one it is
duplicate-person-ambiguous = { $short } has no patronymic and fits { $n } people whose patronymics differ: { $fathers }; it is taken for none of them
duplicate-person-ambiguous-hint = to tell them apart, write the patronymic into the name of `{ $id }`, or give it the e-mail of the one it is; if it is one of them, keep one entry and point sessions and follow-ups at its id
control-char = { $what } contains a control character (U+{ $code }), shown as �
control-char-hint = remove it; it often comes from text pasted out of a terminal or a PDF
control-in-meeting-title = the meeting title
control-in-name = the name of `{ $id }`
control-in-organization = the organization of `{ $id }`
control-in-session-title = the title of session `{ $id }`
control-in-item-title = an item title in session `{ $id }`
control-in-follow-up-title = the title of follow-up `{ $id }`

## Language names in messages, where the catalogue has them (the English
## ones are the ISO 639 names Plenary printed before)

language-en = English
language-ru = Russian
language-kk = Kazakh
language-ky = Kirghiz
language-tg = Tajik
language-uz = Uzbek
language-tk = Turkmen
language-zh = Chinese
language-fr = French
language-de = German
language-es = Spanish
language-ar = Arabic
language-fa = Persian
language-tr = Turkish
language-mn = Mongolian
language-uk = Ukrainian
language-az = Azerbaijani
language-hy = Armenian
language-ka = Georgian
language-ja = Japanese
language-ko = Korean
language-it = Italian
language-pt = Portuguese
language-hi = Hindi
language-ur = Urdu
language-ps = Pushto
language-aa = Afar
language-ab = Abkhazian
language-ae = Avestan
language-af = Afrikaans
language-ak = Akan
language-am = Amharic
language-an = Aragonese
language-as = Assamese
language-av = Avaric
language-ay = Aymara
language-ba = Bashkir
language-be = Belarusian
language-bg = Bulgarian
language-bi = Bislama
language-bm = Bambara
language-bn = Bengali
language-bo = Tibetan
language-br = Breton
language-bs = Bosnian
language-ca = Catalan
language-ce = Chechen
language-ch = Chamorro
language-co = Corsican
language-cr = Cree
language-cs = Czech
language-cu = Church Slavic
language-cv = Chuvash
language-cy = Welsh
language-da = Danish
language-dv = Dhivehi
language-dz = Dzongkha
language-ee = Ewe
language-el = Modern Greek
language-eo = Esperanto
language-et = Estonian
language-eu = Basque
language-ff = Fulah
language-fi = Finnish
language-fj = Fijian
language-fo = Faroese
language-fy = Western Frisian
language-ga = Irish
language-gd = Scottish Gaelic
language-gl = Galician
language-gn = Guarani
language-gu = Gujarati
language-gv = Manx
language-ha = Hausa
language-he = Hebrew
language-ho = Hiri Motu
language-hr = Croatian
language-ht = Haitian
language-hu = Hungarian
language-hz = Herero
language-ia = Interlingua
language-id = Indonesian
language-ie = Interlingue
language-ig = Igbo
language-ii = Sichuan Yi
language-ik = Inupiaq
language-io = Ido
language-is = Icelandic
language-iu = Inuktitut
language-jv = Javanese
language-kg = Kongo
language-ki = Kikuyu
language-kj = Kuanyama
language-kl = Kalaallisut
language-km = Khmer
language-kn = Kannada
language-kr = Kanuri
language-ks = Kashmiri
language-ku = Kurdish
language-kv = Komi
language-kw = Cornish
language-la = Latin
language-lb = Luxembourgish
language-lg = Ganda
language-li = Limburgan
language-ln = Lingala
language-lo = Lao
language-lt = Lithuanian
language-lu = Luba-Katanga
language-lv = Latvian
language-mg = Malagasy
language-mh = Marshallese
language-mi = Maori
language-mk = Macedonian
language-ml = Malayalam
language-mr = Marathi
language-ms = Malay
language-mt = Maltese
language-my = Burmese
language-na = Nauru
language-nb = Norwegian Bokmål
language-nd = North Ndebele
language-ne = Nepali
language-ng = Ndonga
language-nl = Dutch
language-nn = Norwegian Nynorsk
language-no = Norwegian
language-nr = South Ndebele
language-nv = Navajo
language-ny = Nyanja
language-oc = Occitan
language-oj = Ojibwa
language-om = Oromo
language-or = Oriya
language-os = Ossetian
language-pa = Panjabi
language-pi = Pali
language-pl = Polish
language-qu = Quechua
language-rm = Romansh
language-rn = Rundi
language-ro = Romanian
language-rw = Kinyarwanda
language-sa = Sanskrit
language-sc = Sardinian
language-sd = Sindhi
language-se = Northern Sami
language-sg = Sango
language-sh = Serbo-Croatian
language-si = Sinhala
language-sk = Slovak
language-sl = Slovenian
language-sm = Samoan
language-sn = Shona
language-so = Somali
language-sq = Albanian
language-sr = Serbian
language-ss = Swati
language-st = Southern Sotho
language-su = Sundanese
language-sv = Swedish
language-sw = Swahili
language-ta = Tamil
language-te = Telugu
language-th = Thai
language-ti = Tigrinya
language-tl = Tagalog
language-tn = Tswana
language-to = Tonga
language-ts = Tsonga
language-tt = Tatar
language-tw = Twi
language-ty = Tahitian
language-ug = Uighur
language-ve = Venda
language-vi = Vietnamese
language-vo = Volapük
language-wa = Walloon
language-wo = Wolof
language-xh = Xhosa
language-yi = Yiddish
language-yo = Yoruba
language-za = Zhuang
language-zu = Zulu

## Reading a file: refusals before YAML (src/load/source.rs, mod.rs,
## markers.rs, roster.rs); the system's own reasons stay its words in English

source-unreadable = cannot read the file: { $why }
source-is-folder = { $os }
source-is-fifo = { $os }
source-is-socket = { $os }
source-is-device = { $os }
source-is-other = { $os }
source-not-found = { $os }
source-permission = { $os }
source-no-device = { $os }
source-not-a-terminal = { $os }
source-disk-full = { $os }
out-cannot-write = cannot write to standard output: { $why }
tui-no-terminal = cannot take over this terminal ({ $why }); `plenary check` works without one
tui-stdout-not-terminal = its output goes to a file or a pipe
tui-stdin-not-terminal = its input comes from a file or a pipe
source-empty = the file is empty; a meeting needs at least `title`, `timezone` and `start_date`
source-too-large = the file is { $size } bytes, over the { $limit }-byte limit for an agenda
source-binary = this looks like a binary file (it contains NUL bytes), not a YAML agenda
source-utf16 = the file is UTF-16 text ({ $order }); save it as UTF-8 (in most editors: Save As, encoding UTF-8)
source-little-endian = little-endian
source-big-endian = big-endian
source-nul = a stray NUL byte (U+0000), which text never holds; remove it (it often comes from a copy out of a binary or UTF-16 file)
source-not-utf8 = the file is not valid UTF-8 text; save it as UTF-8 (line { $line }, column { $column })

## Writing a file (src/save/atomic.rs, src/save/mod.rs); the system's own
## reasons stay its words in English

save-changed-on-disk = { $file } was changed on disk since it was loaded; not overwriting it
save-deleted-on-disk = { $file } was deleted on disk since it was loaded; not recreating it without asking
save-exists = { $file } exists already; choose another name
save-read-only = { $file } is read-only; save it under another name, or make it writable
save-io = cannot write { $file }: { $why }
save-serialize = cannot serialize the meeting: { $why }
save-would-not-load = the edited text would not load: { $why }
save-not-read-back = the edited text did not read back as the edited meeting
save-cannot-merge = cannot merge: { $why }
save-why-permission = { $os }
save-why-full = { $os }
save-why-read-only-fs = { $os }
save-why-not-found = { $os }
save-why-quota = { $os }
# The lock file is named in $os already; a translation names it by $lock.
save-why-locked = { $os }{ $lock ->
   *[other] {""}
}

## What differs between two versions of a meeting (src/save/diff.rs); the
## field names are the file's and stay English. `kind` is session,
## participant or follow-up.

diff-meeting = meeting
diff-record = { $kind ->
   *[other] { $kind }
} { $id }
diff-removed = { $kind ->
   *[other] { $kind }
} { $id }: removed
diff-added = { $kind ->
   *[other] { $kind }
} { $id }: added
diff-changed = { $place }: { $field } { $before } → { $after }
diff-none = (none)

## Where two versions of a file disagree (src/save/conflict.rs); `kind` is
## session, participant, follow-up or meeting

conflict-meeting-field = meeting field `{ $field }`
conflict-deleted-changed = { $kind ->
   *[other] { $kind }
} `{ $id }` (deleted on one side, changed on the other)
conflict-field = { $kind ->
   *[other] { $kind }
} `{ $id }`, field `{ $field }`
too-deep = nested more than { $max } levels deep; an agenda needs a few
too-deep-hint = look for a `[` or `{"{"}` that is never closed, or text that needs quotes
yaml-tag = a YAML tag (`{ $tag }`) is not supported here; its value would be lost on save
yaml-tag-hint = remove the tag and write the value as plain text (in quotes if it starts with `!`)
merge-conflict = unresolved merge conflict (lines { $from }-{ $to })
merge-conflict-open = unresolved merge conflict (from line { $from }, never closed by `>>>>>>>`)
merge-conflict-hint = keep the lines of one side (ours above `=======`, theirs below), then delete the three marker lines
roster-outside = participants file must be inside { $folder }: `{ $path }` is not, so nothing of it was read
roster-outside-hint = move the participant list into the agenda's folder (or a folder below it) and name it relative to the agenda, such as `participants: people/roster.yaml`
roster-unusable = participant list `{ $path }` cannot be used: { $why }
roster-unusable-hint = the path is relative to this file; looked for { $full }
roster-is-meeting = `{ $path }` is a meeting file, not a participant list
roster-is-meeting-hint = point `participants:` at a file whose top level is `participants:` (a list of people), or list the participants in this file
roster-not-a-list = `{ $path }` is not a participant list; nothing of it is shown
roster-not-a-list-hint = a participant list is a YAML file whose top level is `participants:` (a list of people); check the path

## Reading a file: values and YAML syntax (src/load/yaml_error.rs,
## src/load/value_words.rs)

value-null = no value here (`~`, `null` or nothing after the colon)
value-null-hint = write a value, or remove the line if the field is optional
complex-key = a key must be a plain name, not a list or a map (`? [a, b]`)
complex-key-hint = write the key as a name followed by `:`, such as `title: ...`
number-negative = the number { $number } is negative here
number-too-large = the number { $number } is too large here
number-range-hint = write a whole number from 0 to { $limit }
wrong-type = wrong type: found { $found }, expected { $expected }
wrong-type-entry = wrong type in `{ $field }`: found an entry `- { $key }: ...`, expected { $expected }
wrong-type-indent-hint = check the indentation at line { $line }: this `- { $key }:` is indented further than the `- { $key }:` at line { $other }, so YAML reads it as part of `{ $field }` above it; move it left to line up with line { $other }
wrong-type-indent-generic-hint = check the indentation at line { $line }: a line indented one step too far becomes part of the entry above it
alias-bomb = the file expands into far too much data (nested aliases or nesting too deep)
alias-bomb-hint = remove the repeated `*alias` references; an agenda never needs them
several-documents = the file holds more than one YAML document (`---`)
several-documents-hint = keep one meeting per file; the second document starts at this `---`
yaml-tab = YAML syntax error: a tab character is used for indentation
yaml-tab-hint = YAML indents with spaces only; replace the tab with spaces
yaml-syntax = YAML syntax error: { $reason }
yaml-syntax-hint = check indentation and quoting near here; text with `: ` or `#` needs quotes
yaml-mapping-values-hint = usually a key indented differently from the keys around it, or a value containing `: ` that needs quotes
yaml-reason = { $problem }
yaml-reason-while = { $problem }, while { $context }
yaml-at-position = { $problem } at position { $offset }
yaml-p-cannot-start = found character that cannot start any token
yaml-p-end-of-stream = found unexpected end of stream
yaml-p-expected-colon = could not find expected ':'
yaml-p-escape = found unknown escape character
yaml-p-mapping-values = mapping values are not allowed in this context
yaml-p-sequence-entries = block sequence entries are not allowed in this context
yaml-p-expected-key = did not find expected key
yaml-p-expected-dash = did not find expected '-' indicator
yaml-p-expected-bracket = did not find expected ',' or ']'
yaml-p-expected-brace = did not find expected ',' or '{"}"}'
yaml-p-node-content = did not find expected node content
yaml-p-line-break = did not find expected comment or line break
yaml-p-alphanumeric = did not find expected alphabetic or numeric character
yaml-p-tag-handle = found undefined tag handle
yaml-p-unexpected-colon = found unexpected ':'
yaml-p-tab = found a tab character that violates indentation
yaml-c-next-token = scanning for the next token
yaml-c-quoted = scanning a quoted scalar
yaml-c-quoted-parsing = parsing a quoted scalar
yaml-c-block-scalar = scanning a block scalar
yaml-c-plain = scanning a plain scalar
yaml-c-simple-key = scanning a simple key
yaml-c-block-mapping = parsing a block mapping
yaml-c-block-collection = parsing a block collection
yaml-c-flow-sequence = parsing a flow sequence
yaml-c-flow-mapping = parsing a flow mapping
yaml-c-node = parsing a block node
yaml-c-flow-node = parsing a flow node
yaml-c-anchor = scanning an anchor
yaml-c-alias = scanning an alias
yaml-c-tag = scanning a tag

## libyaml's and yaml_serde's reasons beyond the common ones (src/load/libyaml_words.rs)

yaml-p-mapping-keys = mapping keys are not allowed in this context
yaml-p-tab-indent = found a tab character where an indentation space is expected
yaml-p-indent-zero = found an indentation indicator equal to 0
yaml-p-whitespace-or-break = did not find expected whitespace or line break
yaml-p-whitespace = did not find expected whitespace
yaml-p-expected-bang = did not find expected '!'
yaml-p-expected-angle = did not find the expected '>'
yaml-p-directive-unknown = found unknown directive name
yaml-p-directive-name = could not find expected directive name
yaml-p-non-alphabetical = found unexpected non-alphabetical character
yaml-p-document-indicator = found unexpected document indicator
yaml-p-unicode-escape = found invalid Unicode character escape code
yaml-p-incompatible = found incompatible YAML document
yaml-p-long-version = found extremely long version number
yaml-p-duplicate-yaml = found duplicate %YAML directive
yaml-p-duplicate-tag = found duplicate %TAG directive
yaml-p-utf8-trailing-found = found an incorrect trailing UTF-8 octet
yaml-p-utf8-leading-found = found an incorrect leading UTF-8 octet
yaml-p-version = did not find expected version number
yaml-p-tag-uri = did not find expected tag URI
yaml-p-hex = did not find expected hexadecimal number
yaml-p-digit-or-dot = did not find expected digit or '.' character
yaml-p-stream-start = did not find expected <stream-start>
yaml-p-document-start = did not find expected <document start>
yaml-p-uri-octet = did not find URI escaped octet
yaml-p-control = control characters are not allowed
yaml-p-utf8-leading = invalid leading UTF-8 octet
yaml-p-utf8-trailing = invalid trailing UTF-8 octet
yaml-p-utf8-length = invalid length of a UTF-8 sequence
yaml-p-utf8-incomplete = incomplete UTF-8 octet sequence
yaml-p-unicode = invalid Unicode character
yaml-p-utf16-incomplete = incomplete UTF-16 character
yaml-p-utf16-pair = incomplete UTF-16 surrogate pair
yaml-p-utf16-low-expected = expected low surrogate area
yaml-p-utf16-low-unexpected = unexpected low surrogate area
yaml-p-too-long = input is too long
yaml-p-input = input error
yaml-c-any-node = parsing a node
yaml-c-tag-parsing = parsing a tag
yaml-c-directive = scanning a directive
yaml-c-yaml-directive = scanning a %YAML directive
yaml-c-tag-directive = scanning a %TAG directive
yaml-c-tag-directive-parsing = parsing a %TAG directive
yaml-c-tag-directive-scan = scanning a tag directive
yaml-c-tag-directive-parse = parsing a tag directive
yaml-s-eof = EOF while parsing a value
yaml-s-unknown-anchor = unknown anchor
yaml-s-merge-scalar = expected a mapping or list of mappings for merging, but found scalar
yaml-s-merge-tagged = unexpected tagged value in merge
yaml-s-merge-element-scalar = expected a mapping for merging, but found scalar
yaml-s-merge-element-sequence = expected a mapping for merging, but found sequence
yaml-s-empty-tag = empty YAML tag is not allowed
yaml-s-number = failed to parse YAML number
yaml-s-bytes = serialization and deserialization of bytes in YAML is not implemented
shape-sequence = sequence
shape-map = map
shape-a-sequence = a sequence
shape-a-map = a map
shape-a-string = a string
shape-a-boolean = a boolean
shape-unit = unit value
shape-meeting = a meeting: a mapping with `title`, `timezone`, `start_date`, ...
shape-roster = a participant list: a mapping with `participants: [...]`
shape-date = a date written YYYY-MM-DD
shape-time = a time written "HH:MM"
shape-languages = a language code or a list of them, such as `en` or `[en, ru]`
shape-participants = a list of participants, or the path of a participant-list file
shape-tentative = true, false, or a list of the fields not confirmed yet, such as [start, end, room]
shape-channel = a language code such as `ru`, or {"{"}to: ru, interpreters: [...]{"}"}
shape-integer = integer `{ $value }`
shape-float = floating point `{ $value }`
shape-bool = boolean `{ $value }`
shape-string = string "{ $value }"
shape-yaml-tag-start = a YAML tag starting with '!'
shape-any-yaml = any YAML value
shape-yaml-tagged = a YAML value with a !Tag
shape-yaml-tag-string = a YAML tag string
shape-something-else = something else
shape-a-borrowed-string = a borrowed string
shape-a-character = a character
shape-an-integer = an integer
shape-a-float = a float
shape-a-number = a number
shape-null = null
shape-unit-type = unit
shape-option = option
shape-a-yaml-mapping = a YAML mapping
shape-bytes = byte array
shape-option-value = Option value
shape-newtype = newtype struct
shape-enum = enum
shape-unit-variant = unit variant
shape-variant = { $kind }
shape-text = a text, or a map from language code to text such as {"{"}en: ..., ru: ...{"}"}
shape-char = character `{ $value }`
shape-u8 = u8
shape-u16 = u16
shape-u32 = u32
shape-u64 = u64
shape-usize = usize
shape-i8 = i8
shape-i16 = i16
shape-i32 = i32
shape-i64 = i64
shape-isize = isize
shape-f32 = f32
shape-f64 = f64
shape-tuple = tuple of { $n ->
    [one] { $n } element
   *[other] { $n } elements
}
shape-struct = struct { $name }
shape-named-enum = enum { $name }
invalid-value = invalid value: { $found }, expected { $expected }
invalid-length = invalid length { $n }, expected { $expected }
date-shape = bad date `{ $value }`, expected YYYY-MM-DD, such as 2020-09-25
date-year = bad date `{ $value }`: the year must be between 1 and 9999, written with four digits
date-day-zero = bad date `{ $value }`: there is no day 0; dates are YYYY-MM-DD
date-no-month = bad date `{ $value }`: there is no month { $month }; dates are YYYY-MM-DD
date-month-days = bad date `{ $value }`: { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days
time-bad = bad time `{ $value }`, expected HH:MM on a 24-hour clock, such as "09:30"
time-number = bad time `{ $value }`, expected HH:MM in quotes, such as "{ $example }"
time-unquoted = bad time `{ $value }`: unquoted, YAML reads it as a number; write "{ $meant }" in quotes
text-not-language = `{ $key }` is not an ISO 639-1 language code; a multilingual text is written {"{"}en: ..., ru: ...{"}"}
text-language-twice = language `{ $key }` is given twice

## Time zones (src/zones/mod.rs)

zone-hybrid-set-timezone = hybrid meeting: set `timezone` if they join remotely
zone-no-timezone-or-country = no `timezone` or `country`
zone-country-several = { $country } has several time zones then; set `timezone`
zone-country-unknown = no zone known for { $country }; set `timezone`

zone-unknown = unknown time zone `{ $name }`
zone-read-as = { $typed } read as { $zone }
zone-read-as-offset = { $typed } read as { $zone } (UTC{ $hours }, no daylight saving)
zone-meeting-unknown = the meeting's unknown time zone `{ $name }`
export-note-unscheduled = session `{ $id }` has no start time yet, so it is not in the export
export-sequence-unsaved = cannot remember calendar versions in { $path }: { $why }; SEQUENCE will not grow
export-cannot-write = cannot write: { $why }
zone-write-iana = write the zone's IANA name, `{ $zone }`
zone-several = `{ $name }` is used for several zones: { $zones }; give one of them
zone-part-hour = { $offset } is not a whole hour from UTC, which only named zones keep; give the IANA name, such as `Asia/Kolkata` for +05:30
zone-use-iana = use an IANA time-zone name, such as `Asia/Almaty`, `Europe/Paris` or `UTC`

## clap's own words, said in another language (src/cli/help.rs,
## src/cli/clap_errors.rs); English output is clap's own

clap-usage = Usage
clap-arguments = Arguments
clap-options = Options
clap-commands = Commands
clap-command-value = COMMAND
clap-help-flag = Print help
clap-help-command = Print this message or the help of the given subcommand(s)
clap-version-flag = Print version
clap-default = default
clap-possible = possible values
clap-tip = tip
clap-more-info = For more information, try '--help'.
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-tip-dashes = to pass '{ $arg }' as a value, use '-- { $arg }'
clap-tip-similar = a similar argument exists: '{ $arg }'
clap-tip-subcommand = a similar subcommand exists: '{ $sub }'
clap-invalid-subcommand = unrecognized subcommand '{ $sub }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-missing-value = a value is required for '{ $arg }' but none was supplied
clap-possible-values = possible values: { $values }
did-you-mean-quoted = did you mean '{ $value }'?
clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $why }
clap-missing-required = the following required arguments were not provided:
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected

## clap's rarer errors, the placeholders of its usage lines, and why a
## command-line value was refused (src/cli/clap_errors.rs, help.rs, value_reasons.rs)

clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict-with = the argument '{ $arg }' cannot be used with
clap-conflict-subcommand = the subcommand '{ $sub }' cannot be used with
clap-conflict-others = one or more of the other specified arguments
clap-missing-subcommand = '{ $cmd }' requires a subcommand but one was not provided
clap-subcommands = subcommands: { $names }
clap-too-few-values = { $min } values required by '{ $arg }'; only { $n } { $n ->
    [one] was provided
   *[other] were provided
}
clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $n } { $n ->
    [one] was provided
   *[other] were provided
}
clap-kind-invalid-value = one of the values isn't valid for an argument
clap-kind-unknown-argument = unexpected argument found
clap-kind-invalid-subcommand = unrecognized subcommand
clap-kind-no-equals = equal is needed when assigning values to one of the arguments
clap-kind-value-validation = invalid value for one of the arguments
clap-kind-too-many-values = unexpected value for an argument found
clap-kind-too-few-values = more values required for an argument
clap-kind-wrong-number-of-values = too many or too few values for an argument
clap-kind-argument-conflict = an argument cannot be used with one or more of the other specified arguments
clap-kind-missing-required = one or more required arguments were not provided
clap-kind-missing-subcommand = a subcommand is required but one was not provided
clap-kind-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-options-tag = OPTIONS
clap-value-AGENDA = AGENDA
clap-value-ARGS = ARGS
clap-value-BASE = BASE
clap-value-BY = BY
clap-value-COUNTRY = COUNTRY
clap-value-DAYS = DAYS
clap-value-ENC = ENC
clap-value-FILE = FILE
clap-value-FOLLOW_UPS = FOLLOW_UPS
clap-value-FORMAT = FORMAT
clap-value-IDS = IDS
clap-value-LANG = LANG
clap-value-LANGS = LANGS
clap-value-LENGTH = LENGTH
clap-value-LIMIT = LIMIT
clap-value-MAP = MAP
clap-value-NAME = NAME
clap-value-NEAR = NEAR
clap-value-OURS = OURS
clap-value-OUT = OUT
clap-value-OUTPUT = OUTPUT
clap-value-PARTICIPANTS = PARTICIPANTS
clap-value-PATH = PATH
clap-value-PATHS = PATHS
clap-value-ROOM = ROOM
clap-value-SESSIONS = SESSIONS
clap-value-STATUS = STATUS
clap-value-STEP = STEP
clap-value-TAG = TAG
clap-value-TEXT = TEXT
clap-value-THEIRS = THEIRS
clap-value-TODAY = TODAY
clap-value-WIDTH = WIDTH
clap-value-ZONE = ZONE
after-help-followups =
    Without filters it lists every follow-up still owed (open, in progress,
    waiting) across the meetings, sorted by due date (none last), then meeting,
    then id. Follow-ups carried over into a later meeting are listed once, in
    the later meeting. Columns of the CSV and JSON output: docs/followups.md.
    {""}
    Examples:
      plenary followups --overdue
      plenary followups --due-within 14 --owner unesco
      plenary followups --overdue --format csv > overdue.csv
      plenary followups --status all --group-by meeting --today 2023-10-01
value-why-no-status = no status given; expected e.g. `open,in-progress`, `owed`, `closed` or `all`
value-why-unknown-status = unknown status `{ $value }`; { $hint }
value-why-not-country = `{ $value }` is not a country; give an ISO code (KZ, KAZ) or an English name (Kazakhstan)
value-why-not-duration = `{ $value }` is not a duration; type +90m, +1h30 or +1:30
value-why-duration-range = `{ $value }` must be between 1 minute and 24 hours
value-why-not-number = invalid digit found in string
value-why-empty-number = cannot parse integer from empty string
value-why-number-too-large = number too large to fit in target type
value-why-number-too-small = number too small to fit in target type
value-why-out-of-range = { $value } is not in { $low }..={ $high }

## plenary fmt (src/cli/fmt.rs) and a save refused (src/save)

fmt-cannot-serialize = { $path }: error: cannot serialize: { $why }
fmt-not-canonical = { $path }: not in canonical form (run `plenary fmt`)
fmt-formatted = formatted { $path }
fmt-backup-note = note: some comments had no key to go with; the original is in { $path }
fmt-error = { $path }: error: { $why }
format-comments = { $path }:{ $line }: { $n ->
    [one] a comment
   *[other] { $n } comments
} the canonical form cannot place (first: `{ $first }`): it is on no field that is written; move it to the line of a field, or the line above one, or run `plenary fmt --drop-comments` (a .bak copy keeps them)

## A printed programme's labels (src/report/plain.rs `Labels::say`, src/export/page.rs
## `lab`): `label-` and the English words, as the programme prints them

label-not-confirmed-yet = * not confirmed yet
label-Working-languages = Working languages
label-online = online
label-hybrid = hybrid
label-in-person = in person
label-Times-in = Times in
label-the-programme-is-written-in = the programme is written in
label-The-time-zone-is-not-confirmed-yet = (The time zone is not confirmed yet.)
label-nothing-scheduled = nothing scheduled
label-Crosses-midnight-ends = Crosses midnight: ends
label-Every-day-from = Every day from
label-to = to
label-Runs-alongside-the-programme = Runs alongside the programme.
label-Lead = Lead
label-Room = Room
label-Link = Link
label-Chair = Chair
label-Floor = Floor
label-Interpretation-into = Interpretation into
label-two-way = two-way
label-relay-from = relay from
label-Booth = Booth
label-min = min
label-on-behalf-of = on behalf of
label-delegation = delegation
label-Remarks = Remarks
label-proposed = proposed
label-marks-a-value-that-is-not-confirmed-yet = marks a value that is not confirmed yet.
label-Personal-brief = Personal brief
label-Time-not-set-yet = Time not set yet
label-your-time = your time
label-chair = chair
label-speaker = speaker
label-interpreter = interpreter
label-Your-role = Your role
label-with = with
label-document = document
label-Organizers = Organizers
label-Hosts = Hosts
label-Partners = Partners
label-Contact = Contact
label-Where = Where
label-Online = Online
label-To-be-announced = To be announced
label-Floor-language = Floor language
label-Presentation = Presentation
label-Recording = Recording
label-Concept-note = Concept note
label-Programme = Programme
label-Report = Report
label-Document = Document
label-Your-turns-on-the-microphone = Your turns on the microphone

## The interpretation sheet (src/report/interpretation.rs), in the sheet's
## language (`--lang`)

sheet-interp-title = { $meeting } — interpretation plan
sheet-times-in = Times in { $zone }.
sheet-times-in-written = Times in { $shown }; the programme is written in { $written }.
sheet-norms = Norms: one interpreter alone up to { $solo } min; two per booth up to { $pair } min a session; a two-way booth needs three beyond { $pair } and four beyond { $trio } min a day; booth time up to { $day } min a day; turns of { $turn } min.
sheet-col-session = session
sheet-col-time = time
sheet-booths = Booths
sheet-not-staffed = not staffed yet
sheet-two-way = two-way
sheet-relay-from = relay from { $code }
sheet-norm = norm: { $n }
sheet-interpreters-day = Interpreters (whole day)
sheet-word-booth = booth
sheet-word-mic = mic
sheet-turn-plan = Turn plan: { $session }, { $language } booth ({ $code })
sheet-warnings = Warnings
label-floor = floor
label-open = open
label-2-way = 2-way
label-via = via

## Calendar and feed sentences (src/export/summary.rs, ics.rs): whole
## sentences in the export's language, where a page prints labels

export-floor-language = Floor language: { $languages }
export-interpretation-into = interpretation into { $languages }
export-proposed = { $text } (proposed)
export-person-not-confirmed = { $person } (not confirmed yet)
export-on-behalf-of = on behalf of { $organization }
export-chair = Chair: { $person }
export-lead = Lead: { $organization }
export-not-confirmed-yet = Not confirmed yet: { $fields }.
export-tentative-title = { $title } (tentative)
export-your-role = Your role: { $role }.
label-the-whole-session = the whole session
label-start-time = start time
label-end-time = end time
label-floor-language = floor language
label-date = date
label-end-date = end date
label-room = room
label-link = link
label-title = title
label-lead = lead
label-interpretation = interpretation
label-description = description

## Importing registrations: the preview (src/report/roster_import.rs)
## and the file's problems (src/registration/incoming.rs)

import-at = { $n ->
    [one] line { $list }
   *[other] lines { $list }
}
import-tab = tab
import-ignored = ignored
import-with-bom = with BOM
import-head = Import { $file } into { $into }
import-read-as = read as { $encoding }{ $bom }, separator { $sep }, header on line { $line } ({ $source }); { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $people ->
    [one] { $people } person
   *[other] { $people } people
}
import-columns = columns: { $list }
import-added = Added
import-updated = Updated
import-unchanged = Unchanged
import-possible = Possible duplicates, not merged (merge them in the Roster if they are one person)
import-problems = Problems in the file
import-diff-theirs = Different values, the file's taken
import-diff-keep = Different values, ours kept
import-diff-choose = Different values (choose with --on-conflict keep|theirs)
import-entry-add = { $name } ({ $at }) as `{ $id }`
import-entry-update = { $ours } ← { $name } ({ $at }; { $why }): { $filled }
import-entry-same = { $ours } ({ $at }; { $why })
import-joined = Joined to a person an earlier row adds or updates (another row of the same person)
import-entry-join = { $name } ({ $at }) joins { $ours } ({ $ours_at }; { $why }): { $filled }
import-join-differs = only values that differ, below
import-in-lines = { $n ->
    [one] in line { $list }
   *[other] in lines { $list }
}
import-conflict-rows = { $name }: { $field } is `{ $ours }` { $ours_in }, `{ $theirs }` { $theirs_in }
import-possible-line = { $name } ({ $at }) may be { $ours }: { $why }
import-conflict = { $name }: { $field } is `{ $ours }` on the roster, `{ $theirs }` in the file ({ $at })
import-bad-email = `{ $value }` is not an e-mail address; left empty
import-no-email = no e-mail: this person can be matched only by name, and cannot be mailed
import-no-name = row has no name; skipped
import-bad-country = unknown country `{ $value }`; left empty
import-bad-country-hint = unknown country `{ $value }`, did you mean { $hint }?; left empty
import-country-accepted = `{ $value }` read as { $code } (suggestion accepted)
import-suggestions-hint = Suggested countries are left empty: --accept-suggestions takes them (in the TUI's preview, a).
import-bad-language = unknown language `{ $value }`; left empty
import-bad-language-hint = unknown language `{ $value }`, did you mean { $hint }?; left empty
import-did-you-mean = did you mean { $hint }?
import-bad-role = unknown role `{ $value }`{ $mean }; left as it is (roles: { $roles })
import-bad-status = unknown status `{ $value }`{ $mean }; left as it is (statuses: invited, confirmed, declined, attended)
import-dry-run = Nothing written (--dry-run).
import-conflicts-wait = Nothing written: { $n ->
    [one] { $n } value differs
   *[other] { $n } values differ
}. On a terminal each one is asked (keep ours or take the file's); here choose for all with --on-conflict keep (ours) or --on-conflict theirs (the file's).
import-nothing-written = Nothing written.
import-nothing-to-write = Nothing to write: the roster already holds everyone.
import-kept-copy = Kept a copy with the file's comments as { $path }
import-saved = Saved { $path } ({ $added } added, { $updated } updated).
import-ask = o keeps ours, t takes the file's, q stops and writes nothing
import-ask-again = answer o, t or q
import-doubt = { $short } may be any of { $fathers }: their patronymics differ, so the name without one is taken for none of them and everyone is kept; to tell them apart, add the patronymic (or the e-mail of the one it is) where the name is written without it, and import again
import-filled-in = { $field } in { $lang }
import-filled-languages = languages { $list }
import-filled-role = role { $from } → { $to }
import-filled-status = status { $from } → { $to }
field-as-written = { $field }
import-unknown-encoding = unknown encoding `{ $name }`; name one such as utf-8, utf-16le, utf-16be or windows-1251 (cp1251)
import-malformed = line { $line } is not valid { $encoding }; if the file was saved in another encoding, name it with --encoding (e.g. --encoding windows-1251)
import-unclosed-quote = line { $line }, column { $column }: a quoted cell is never closed; add the closing `"` or remove the opening one
roster-import-empty = the file is empty; download or export it again
import-empty-hint = nothing of the schedule arrived: download it again (from pretalx or frab, as JSON or XML)
roster-import-web-page = this is a web page (HTML), not a table of registrations: probably the login page was saved instead of the export; log in, export the registrations as CSV there and import that file
roster-import-workbook = this is a spreadsheet workbook (Excel or LibreOffice), not CSV text; save it as CSV (File → Save As → CSV UTF-8) and import the CSV
roster-import-pdf = this is a PDF document, not CSV text; export the registrations as CSV and import that file
import-no-header = no header row recognised (a row naming a name column and one more, such as Name, Email, Affiliation, Country or Фамилия, Имя). The first rows are:
    { $rows }
    Name the columns with --map, e.g. --map "Full name=name,Mail=email" (fields: { $fields })
import-first-row = {"  "}line { $line }: { $cells }
import-map-syntax = --map: `{ $pair }` is not COLUMN=field; write it as --map "Full name=name,Mail=email"
import-map-field = --map: unknown field `{ $field }` for column `{ $column }`; fields are { $fields }
roster-cannot-read = cannot read: { $why }
roster-export-json = could not write JSON: { $why }

## plenary import: pretalx / frab schedules (src/import, src/cli/import.rs)

word-note = note
import-cannot-read = cannot read { $file }: { $why }
import-too-large = larger than 32 MB; not a schedule
import-neither = this is neither a schedule.json nor a schedule.xml
import-neither-hint = export the schedule from pretalx or frab as JSON or XML and import that file
import-not-xml = not valid XML: { $why }
import-not-json = not valid JSON: { $why }
import-empty = the file is empty
import-cut-off-hint = the file stops in the middle, so its download was cut off: download it again
import-web-page = this is a web page (HTML), not a schedule.json or schedule.xml
import-web-page-hint = probably the login page was saved instead of the schedule: log in to pretalx or frab, export the schedule as JSON or XML there and import that file
import-workbook = this is a spreadsheet workbook (Excel or LibreOffice), not a schedule.json or schedule.xml
import-pdf = this is a PDF document, not a schedule.json or schedule.xml
import-json-mended-hint = pretalx does not write this: the file was changed after the export; export the schedule.json again, or mend it at the place named
import-xml-mended-hint = frab and pretalx do not write this: the file was changed after the export; export the schedule.xml again, or mend it at the place named
import-xml-entity-hint = XML knows only &amp; &lt; &gt; &quot; and &apos;: write the character itself (for &nbsp; a no-break space), or export the schedule.xml again
import-xml-root = the XML's root is <{ $root }>, not <schedule>
import-xml-root-hint = a frab or pretalx schedule.xml starts with <schedule>
import-no-conference = no `schedule.conference` in this JSON
import-no-conference-hint = a pretalx or frab schedule.json has {"{"}"schedule": {"{"}"conference": {"{"}...{"}"}{"}"}{"}"}
import-note-no-start = event `{ $key }` ({ $title }) has no start date and time; skipped
import-note-past-midnight = event `{ $key }` runs past midnight; it ends at 23:59 in the agenda, its real end is in the session's notes
import-not-loaded-back = wrote { $file }, but it does not load back:
import-wrote = wrote { $file }: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $people ->
    [one] { $people } participant
   *[other] { $people } participants
}

## serde_json's reasons for a schedule.json that is not JSON (src/import/why.rs)

import-json-at = { $what } at line { $line } column { $column }
import-json-eof-list = EOF while parsing a list
import-json-eof-object = EOF while parsing an object
import-json-eof-string = EOF while parsing a string
import-json-eof-value = EOF while parsing a value
import-json-colon = expected `:`
import-json-comma-list = expected `,` or `]`
import-json-comma-object = expected `,` or `{"}"}`
import-json-ident = expected ident
import-json-value = expected value
import-json-quote = expected `"`
import-json-escape = invalid escape
import-json-number = invalid number
import-json-range = number out of range
import-json-code-point = invalid unicode code point
import-json-control = control character (\u0000-\u001F) found while parsing a string
import-json-key-string = key must be a string
import-json-trailing-comma = trailing comma
import-json-trailing = trailing characters
import-json-hex-end = unexpected end of hex escape
import-json-recursion = recursion limit exceeded
import-json-surrogate = lone leading surrogate in hex escape

## roxmltree's reasons for a schedule.xml that is not XML (src/import/why.rs)

import-xml-close-tag = expected '{ $expected }' tag, not '{ $actual }' at { $row }:{ $col }
import-xml-stray-close = unexpected close tag at { $row }:{ $col }
import-xml-bad-entity = malformed entity reference at { $row }:{ $col }
import-xml-unknown-entity = unknown entity reference '{ $name }' at { $row }:{ $col }
import-xml-lt-in-attribute = unescaped '<' found at { $row }:{ $col }
import-xml-duplicate-attribute = attribute '{ $name }' at { $row }:{ $col } is already defined
import-xml-unknown-namespace = an unknown namespace prefix '{ $name }' at { $row }:{ $col }
import-xml-no-root = the document does not have a root node
import-xml-unclosed-root = the root node was opened but never closed
import-xml-declaration = unexpected XML declaration at { $row }:{ $col }
import-xml-dtd = XML with DTD detected
import-xml-name = invalid name token at { $row }:{ $col }
import-xml-char = expected '{ $expected }' not '{ $actual }' at { $row }:{ $col }
import-xml-char2 = expected { $expected } not '{ $actual }' at { $row }:{ $col }
import-xml-string = expected '{ $expected }' at { $row }:{ $col }
import-xml-comment = comment at { $row }:{ $col } contains '--'
import-xml-token = unknown token at { $row }:{ $col }
import-xml-end = unexpected end of stream
import-xml-want-space = a whitespace
import-xml-want-quote = a quote
import-xml-want-bracket = '[' or '>'
import-xml-want-external = a quote, SYSTEM or PUBLIC
ui-same-e-mail = same e-mail
ui-same-name = same name
ui-same-name-in-another-script = same name in another script
ui-same-name-spelled-differently = same name spelled differently
ui-same-name-with-initials = same name with initials
ui-same-name-without-the-patronymic = same name without the patronymic
ui-also-matches = also matches
ui-Zoom-attendee-report = Zoom attendee report
ui-Google-Forms = Google Forms
ui-Indico-registrations = Indico registrations
ui-Russian-language-sheet = Russian-language sheet
ui-sheet = sheet

## The TUI's fixed phrases: key descriptions and footer hints (the keymap
## and each view's SPEC), help section titles, view names, column headers
## and panel titles. The key is made from the English words
## (src/i18n/phrase.rs); the tables in the code keep the English.

ui-the-help-at-the-keys-of-where-you-are-even-in-a-dialog-or-while-typing = the help at the keys of where you are, even in a dialog or while typing
ui-quit-asks-first-when-edits-are-unsaved-again-to-quit-without-saving = quit (asks first when edits are unsaved; again to quit without saving)
ui-close-the-help-Esc-first-drops-a-search = close the help (Esc first drops a search)
ui-close = close
ui-search-the-help-only-the-keys-whose-words-match-stay-Enter-keeps-it = search the help: only the keys whose words match stay (Enter keeps it)
ui-search = search
ui-scroll-up = scroll up
ui-scroll-down = scroll down
ui-scroll = scroll
ui-page-up = page up
ui-page-down = page down
ui-to-the-top = to the top
ui-to-the-end = to the end
ui-keep-the-search-and-browse-the-results = keep the search and browse the results
ui-keep = keep
ui-drop-the-search = drop the search
ui-drop = drop
ui-move-up-in-the-results = move up in the results
ui-move-down-in-the-results = move down in the results
ui-move = move
# The same word for the cursor going down a list (the table's "move|through a list")
ui-move-through-a-list = move
ui-move-to-the-next-difference = move
ui-cursor-left = cursor left
ui-cursor-right = cursor right
ui-cursor-to-the-start = cursor to the start
ui-cursor-to-the-end = cursor to the end
ui-delete-the-character-before-the-cursor = delete the character before the cursor
ui-delete-the-character-under-the-cursor = delete the character under the cursor
ui-delete-the-word-before-the-cursor = delete the word before the cursor
ui-delete-the-whole-line = delete the whole line
ui-apply-add-the-note-or-set-the-due-date = apply: add the note, or set the due date
ui-apply = apply
ui-drop-the-text-changing-nothing = drop the text, changing nothing
ui-quit-asks-first-when-edits-are-unsaved = quit (asks first when edits are unsaved)
ui-quit = quit
ui-show-every-key-this-screen-at-the-keys-of-where-you-are = show every key (this screen), at the keys of where you are
ui-help = help
ui-next-view = next view
ui-views = views
ui-previous-view = previous view
ui-switch-the-display-language-among-the-meeting-s-working-languages = switch the display language among the meeting's working languages
ui-language = language
ui-move-up = move up
ui-move-down = move down
ui-first-row = first row
ui-last-row = last row
ui-scroll-the-detail-pane-up = scroll the detail pane up
ui-scroll-the-detail-pane-down = scroll the detail pane down
ui-detail = detail
ui-take-the-selected-one-one-edit-u-undoes-it = take the selected one (one edit: u undoes it)
ui-take = take
ui-close-the-list-changing-nothing = close the list, changing nothing
ui-cancel = cancel
ui-back-to-the-list-on-the-session-selected-in-the-grid = back to the list, on the session selected in the grid
ui-list = list
ui-cursor-to-the-room-on-the-left-rooms-page-sideways = cursor to the room on the left (rooms page sideways)
ui-rooms = rooms
ui-cursor-to-the-first-session-in-this-room-that-day = cursor to the first session in this room that day
ui-cursor-to-the-last-session-in-this-room-that-day = cursor to the last session in this room that day
ui-cursor-to-the-room-on-the-right-past-the-last-the-band-alongside = cursor to the room on the right (past the last: the band alongside)
ui-cursor-a-slot-a-step-15-minutes-at-first-earlier = cursor a slot (a step, 15 minutes at first) earlier
ui-cursor-a-slot-later = cursor a slot later
ui-time = time
ui-the-meeting-s-previous-day = the meeting's previous day
ui-the-meeting-s-next-day = the meeting's next day
ui-days = days
ui-select-the-session-under-the-cursor-e-edits-it-v-shows-it-in-the-list = select the session under the cursor (e edits it; v shows it in the list)
ui-select = select
ui-add-a-session-here-the-form-prefilled-in-the-band-an-exhibition = add a session here (the form, prefilled); in the band, an exhibition
ui-add-here = add here
ui-add-a-break-at-the-cursor-s-time-across-every-room = add a break at the cursor's time, across every room
ui-move-the-session-under-the-cursor-else-the-selected-one-a-step-earlier = move the session under the cursor (else the selected one) a step earlier
ui-move-it-a-step-later = move it a step later
ui-move-it-to-the-room-on-the-left = move it to the room on the left
ui-move-it-to-the-room-on-the-right-L-switches-the-language-in-the-list = move it to the room on the right (L switches the language in the list)
ui-end-it-a-step-earlier = end it a step earlier
ui-end-it-a-step-later = end it a step later
ui-the-step-5-10-15-30-or-60-minutes-a-row-moves-and-resizes-go-by-it = the step: 5, 10, 15, 30 or 60 minutes a row; moves and resizes go by it
ui-mark-it-as-running-alongside-the-rest-side-band-no-clash-or-not = mark it as running alongside the rest (side band, no clash), or not
ui-show-times-in-the-zone-typed-a-wrong-name-gets-a-hint = show times in the zone typed; a wrong name gets a hint
ui-show = show
ui-keep-the-zone-shown-now = keep the zone shown now
ui-set-open = set open
ui-set-in-progress = set in progress
ui-set-waiting = set waiting
ui-set-done-records-today-as-the-day-it-closed = set done (records today as the day it closed)
ui-set-dropped = set dropped
ui-next-status = next status
ui-status = status
ui-add-a-progress-note-dated-today = add a progress note dated today
ui-note = note
ui-move-the-due-date-YYYY-MM-DD-plus-14d-plus-2w = move the due date (YYYY-MM-DD, +14d, +2w)
ui-due = due
ui-next-one-skip-this-one-as-it-is = next one (skip this one as it is)
ui-next = next
ui-previous-one = previous one
ui-back = back
ui-end-the-review-the-summary-then-the-list-what-was-done-stays = end the review: the summary, then the list (what was done stays)
ui-end = end
ui-undo-the-last-edit = undo the last edit
ui-undo = undo
ui-redo-what-was-undone = redo what was undone
ui-save-the-meeting-atomic-refuses-a-file-changed-on-disk = save the meeting (atomic; refuses a file changed on disk)
ui-save = save
ui-command-line-w-save-q-quit-wq-save-and-quit-q-quit-without-saving = command line: :w save, :q quit, :wq save and quit, :q! quit without saving
ui-export-the-meeting-a-session-a-room-or-a-person-to-a-file = export the meeting, a session, a room or a person to a file
ui-export = export
ui-open-the-meeting-file-in-EDITOR-at-the-selected-item-reload-on-return = open the meeting file in $EDITOR at the selected item; reload on return
ui-read-the-file-and-preview-what-would-change-nothing-written-yet = read the file and preview what would change (nothing written yet)
ui-read = read
ui-close-importing-nothing = close, importing nothing
ui-previous-differing-value-or-suggestion-or-scroll-up = previous differing value or suggestion (or scroll up)
ui-next-differing-value-or-suggestion-or-scroll-down = next differing value or suggestion (or scroll down)
ui-keep-the-roster-s-value-of-this-difference = keep the roster's value of this difference
ui-ours = ours
ui-take-the-file-s-value-of-this-difference = take the file's value of this difference
ui-accept-the-suggested-value-of-this-problem-again-take-it-back = accept the suggested value of this problem (again: take it back)
ui-theirs = theirs
ui-import-once-every-difference-is-chosen-one-edit-u-undoes-Ctrl-s-saves = import, once every difference is chosen (one edit: u undoes, Ctrl-s saves)
ui-import = import
ui-back-to-the-file-s-path = back to the file's path
ui-previous-twin = previous twin
ui-next-twin = next twin
ui-twin = twin
ui-keep-the-other-record-s-id = keep the other record's id
ui-which-id = which id
ui-merge-one-edit-u-undoes-it-Ctrl-s-saves-it = merge (one edit: u undoes it, Ctrl-s saves it)
ui-merge = merge
ui-close-merging-nothing = close, merging nothing
ui-next-field = next field
ui-previous-field = previous field
ui-check-the-form-and-apply-it = check the form and apply it
ui-close-the-form-changing-nothing = close the form, changing nothing
ui-delete-a-character-a-chosen-entry-in-a-list-field = delete a character (a chosen entry in a list field)
ui-keep-the-value-and-type-after-it-typing-on-entering-a-field-replaces-it = keep the value and type after it (typing on entering a field replaces it)
ui-mark-the-field-not-confirmed-yet-or-confirmed-again-by-its-label = mark the field not confirmed yet, or confirmed again (~ by its label)
ui-not-confirmed = not confirmed

## Forms: the session form and the meeting form

form-keys = Tab next · Enter apply · Esc cancel · Ctrl-u empty
form-keys-marks = Tab next · Enter apply · Esc cancel · Ctrl-t not confirmed
form-pick-hint = type to search, Space lists all
form-add-hint = add one
form-in-language = { $label } ({ $lang })
form-kind-alongside = runs alongside the programme: held in every working language, no booth
form-marked-tentative = marked not confirmed yet (~); Ctrl-t again confirms it
form-marked-confirmed = marked confirmed
form-suggestion-filled = `{ $was }` is not known; filled in `{ $now }`, what it most likely means: Enter takes it, or type another
form-discard-title = Discard your changes?
form-discard-line = { $form }: what you typed in this form is dropped, and the meeting stays as it was.
form-discard-added = { $count ->
    [one] { $names }, added to the roster from this form, is taken off it again.
   *[other] { $names }, added to the roster from this form, are taken off it again.
}
form-discard-keep = keep editing
form-discard-yes = discard the changes
form-discard-kept-editing = still editing: Enter applies the form, Esc asks again to discard it
form-discarded = the form's changes were discarded: the meeting is as it was
form-discarded-added = the form's changes were discarded and { $names } taken off the roster again: the meeting is as it was
form-discarded-kept = { $count ->
    [one] the form's changes were discarded, but { $names } stays on the roster (the meeting changed since): remove them in 3 Roster
   *[other] the form's changes were discarded, but { $names } stay on the roster (the meeting changed since): remove them in 3 Roster
}
tui-picker-enter-not-new = Enter picks someone on the roster; Ctrl-a adds “{ $name }” as a new participant
form-not-markable = this field cannot be marked not confirmed (times, room, title... can)
form-title-needed = a title is needed (in at least one language)
form-not-on-roster = `{ $id }` is not on the roster
form-not-a-language = `{ $code }` is not an ISO 639-1 language code such as en or ru
form-not-a-country = `{ $code }` is not an ISO 3166 country code such as KZ
form-document-title-needed = a document needs a title (empty the link too to take it out)
form-not-a-document-kind = `{ $kind }` is not a kind of document: document, concept-note, programme, presentation, recording, report
form-not-a-time = `{ $value }` is not a time; type 11:00, 11, 1100 or 3pm
form-not-a-duration = `{ $value }` is not a duration; type +90m, +1h30 or +1:30
form-duration-range = `{ $value }` must be between 1 minute and 24 hours
form-not-a-session-kind = `{ $kind }` is not a kind of session
form-length-past-midnight = { $start } plus { $len } minutes runs past midnight
form-length-needs-start = a length needs a start time
form-not-iso-language = `{ $code }` is not an ISO 639-1 code
form-session-keeps-id = a session keeps an id (follow-ups may name it)
form-session-id-taken = `{ $id }` is taken by another session
form-meeting-title-needed = a meeting needs a title
form-meeting-ends-before-start = the meeting cannot end ({ $end }) before it starts ({ $start })
form-zone-did-you-mean = ; did you mean { $zone }?
form-not-iana-zone = `{ $zone }` is not an IANA time zone such as Asia/Almaty{ $hint }
form-not-a-language-code = `{ $code }` is not a language code such as en or ru
form-not-a-format = `{ $format }` is not one of in-person, online, hybrid
form-title = Title
form-kind = Kind
form-date = Date
form-end-date = Last day
form-end-date-hint = empty for one day
form-end-date-before = the last day { $end } is before the session's date { $date }: give a day on or after it, or leave it empty for one day
form-start = Start
form-start-hint = 11:00, 11, 1100, 3pm
form-end = End or length
form-end-hint = 12:30, or +90m for a length
form-end-hint-short = 12:30, or +90m
form-new-meeting-in = New meeting in { $folder }
form-this-folder = this folder
form-room = Room
form-link = Link
form-link-hint = for online sessions
form-chair = Chair
form-speakers = Speakers
form-lead = Lead organization
form-floor = Floor language
form-interpretation = Interpreted into
form-session-tentative = Whole session not confirmed
form-notes = Notes
form-id = Id
form-session-id-hint = made from the title when empty
form-booth-team = Booth { $lang }: interpreters
form-booth-retour = Booth { $lang }: two-way (retour)
form-booth-relay = Booth { $lang }: relay from
form-booth-relay-hint = empty: works from the floor
form-doc-title = Document { $n }: title
form-doc-kind = Document { $n }: kind
form-doc-language = Document { $n }: language
form-doc-url = Document { $n }: link
form-edit-meeting = Edit the meeting `{ $meeting }`
form-edit-meeting-label = edit the meeting
form-first-day = First day
form-last-day = Last day
form-last-day-hint = empty for a one-day meeting
form-timezone = Time zone
form-timezone-hint = IANA, such as Asia/Almaty
form-working-languages = Working languages
form-format = Format
form-short-title = Short title
form-short-title-hint = for lists: vCASIE 2020
form-theme = Theme
form-venue = Venue
form-description = Description
form-audience = Audience
form-city = City
form-country = Country
form-series = Series
form-series-hint = meetings of one series share it
form-organizer = Organizer { $n }
form-host = Host { $n }
form-partner = Partner { $n }
form-objective = Objective { $n }
form-yes = yes
form-no = no
form-value-not-on-roster = { $id } (not on the roster)
form-edit-session = Edit `{ $id }`
form-add-session = Add a session
form-add-break = Add a break
form-move-session = Move `{ $id }`
form-new-date = New date
form-new-start = New start
form-push-later = Shift the rest of the day
form-resize-session = Shorten or lengthen `{ $id }`
form-new-end = New end or length
form-shift-rest = Shift the rest of the day by as much
picker-people = Pick a participant (type a few letters of a name)
picker-languages = Pick a language (code or name)
picker-kinds = Pick a kind of session
picker-roles = Pick a role
picker-statuses = Pick a status
picker-formats = Pick a format
picker-doc-kinds = Pick a kind of document
picker-add-new = + Ctrl-a: add “{ $name }” as a new participant
picker-nothing = nothing matches
picker-keys-new = ↑↓ move · Enter pick · Ctrl-a add as new · Esc back
picker-keys = ↑↓ move · Enter pick · Esc back
picker-search = search:

ui-move-up-from-the-first-row-to-the-last = move up (from the first row: to the last)
ui-pick-the-selected-row = pick the selected row
ui-pick = pick
ui-add-what-you-typed-as-a-new-participant = add what you typed as a new participant
ui-add-new = add new
ui-close-the-picker = close the picker
ui-the-first-answer = the first answer
ui-the-safe-answer-nothing-is-changed = the safe answer (nothing is changed)
ui-run-the-command = run the command
ui-run = run
ui-close-the-command-line = close the command line
ui-next-format-html-md-ics-frab-xml-schedule-json = next format: html, md, ics, frab-xml, schedule-json
ui-format = format
ui-previous-format = previous format
ui-next-scope-the-whole-meeting-the-selected-session-or-person-each-room = next scope: the whole meeting, the selected session or person, each room
ui-scope = scope
ui-previous-scope = previous scope
ui-write-the-file-asks-before-replacing-one = write the file (asks before replacing one)
ui-write = write
ui-close-writing-nothing = close, writing nothing
ui-add-an-item-presentation = add an item (presentation)
ui-add = add
ui-edit-the-item-title-speakers-minutes = edit the item: title, speakers, minutes
ui-edit = edit
ui-delete-the-item = delete the item
ui-delete = delete
ui-move-the-item-earlier = move the item earlier
ui-reorder = reorder
ui-move-the-item-later = move the item later
ui-redo = redo
ui-back-to-the-schedule = back to the schedule
ui-Follow-ups-commitments-by-due-date = Follow-ups: commitments by due date
ui-review-the-open-ones-oldest-due-first = review the open ones, oldest due first
ui-review = review
ui-next-status-open-in-progress-waiting-done-dropped = next status: open, in progress, waiting, done, dropped
ui-change-the-due-date-YYYY-MM-DD-plus-14d-plus-2w = change the due date (YYYY-MM-DD, +14d, +2w)
ui-edit-title-owner-a-participant-or-an-organization-due-date-tags = edit: title, owner (a participant or an organization), due date, tags
ui-carry-the-open-follow-ups-of-the-series-previous-meeting-into-this-one = carry the open follow-ups of the series' previous meeting into this one
ui-search-titles-owners-tags-and-notes-any-script-words-in-any-order = search titles, owners, tags and notes (any script, words in any order)
ui-group-by-state-meeting-owner-status-or-due-month = group by state, meeting, owner, status or due month
ui-group = group
ui-this-meeting-only-or-every-meeting = this meeting only, or every meeting
ui-all-one = all/one
ui-owed-only-or-every-status = owed only, or every status
ui-filter-by-status-choose-from-a-list-with-counts-several-at-once = filter by status: choose from a list with counts, several at once
ui-filter-by-status-press-again-for-the-next = filter by status (press again for the next)
ui-filter-by-owner-press-again-for-the-next = filter by owner (press again for the next)
ui-filter-by-meeting-press-again-for-the-next = filter by meeting (press again for the next)
ui-filter-by-tag-press-again-for-the-next = filter by tag (press again for the next)
ui-filter-by-the-owner-s-country-press-again-for-the-next = filter by the owner's country (press again for the next)
ui-clear-the-search-and-every-filter = clear the search and every filter
ui-clear-search-and-filters-with-none-back-to-the-meetings = clear search and filters; with none, back to the meetings
ui-Interpretation-booths-interpreters-and-their-load-day-by-day = Interpretation: booths, interpreters and their load, day by day
ui-add-an-interpreter-to-the-selected-booth-best-fit-first = add an interpreter to the selected booth (best fit first)
ui-take-an-interpreter-out-of-the-selected-booth = take an interpreter out of the selected booth
ui-remove = remove
ui-make-the-booth-two-way-retour-or-one-way = make the booth two-way (retour) or one-way
ui-same-team-all-day-or-all-meeting-the-selected-booth-s-interpreters-staff-that-language-s-booth-in-every-session-of-the-day-in-its-room-or-of-every-day-asks-which-when-both-differ-one-edit-u-undoes-it = same team all day or all meeting: the selected booth's interpreters staff that language's booth in every session of the day in its room, or of every day (asks which when both differ; one edit, u undoes it)
ui-two-way = two-way
ui-take-the-booth-s-source-from-the-floor-or-another-booth-relay = take the booth's source from the floor or another booth (relay)
ui-relay = relay
ui-add-a-channel-interpret-the-session-into-another-language = add a channel: interpret the session into another language
ui-channel = channel
ui-remove-the-selected-booth-s-channel = remove the selected booth's channel
ui-write-the-session-s-turn-plan-beside-the-agenda-file-session-turns-txt = write the session's turn plan beside the agenda (<file>-<session>-turns.txt)
ui-print = print
ui-show-times-in-the-next-zone-as-in-the-Schedule = show times in the next zone (as in the Schedule)
ui-back-to-the-meetings = back to the meetings
ui-Meetings-every-meeting-in-the-folder = Meetings: every meeting in the folder
ui-open-the-meeting-s-schedule = open the meeting's schedule
ui-open = open
ui-create-a-new-meeting-file-from-a-short-form = create a new meeting file from a short form
ui-new = new
ui-edit-the-meeting-title-dates-languages-venue-organizers-objectives-notes = edit the meeting: title, dates, languages, venue, organizers, objectives, notes...
ui-Problems-errors-and-warnings-from-the-checks = Problems: errors and warnings from the checks
ui-go-to-the-session-participant-or-follow-up-it-is-about = go to the session, participant or follow-up it is about
ui-go-to = go to
ui-Roster-the-meeting-s-participants = Roster: the meeting's participants
ui-search-names-organizations-and-countries-any-script-words-in-any-order = search names, organizations and countries (any script, words in any order)
ui-sort-by-the-next-column = sort by the next column
ui-sort = sort
ui-reverse-the-sort-order = reverse the sort order
ui-filter-by-country-choose-from-a-list-with-counts-several-at-once = filter by country: choose from a list with counts, several at once
ui-country = country
ui-filter-by-role-choose-from-a-list-with-counts-several-at-once = filter by role: choose from a list with counts, several at once
ui-role = role
ui-add-a-participant = add a participant
ui-edit-the-participant = edit the participant
ui-remove-the-participant-asks-and-says-where-they-appear = remove the participant (asks, and says where they appear)
ui-next-status-invited-confirmed-attended-declined = next status: invited, confirmed, attended, declined
ui-status-plus = status+
ui-merge-with-a-likely-twin-flagged-both-names-kept-references-rewritten = merge with a likely twin (flagged =): both names kept, references rewritten
ui-import-registrations-Indico-Zoom-Forms-Excel-CSV-with-a-preview = import registrations (Indico, Zoom, Forms, Excel CSV) with a preview
ui-Schedule-of-the-selected-meeting-day-by-day = Schedule of the selected meeting, day by day
ui-show-times-in-the-next-zone-the-meeting-s-UTC-the-participants = show times in the next zone: the meeting's, UTC, the participants'
ui-zone = zone
ui-show-times-in-a-zone-you-type-IANA-name-e-g-Europe-Paris = show times in a zone you type (IANA name, e.g. Europe/Paris)
ui-back-to-the-meeting-s-zone-in-it-back-to-the-meetings = back to the meeting's zone; in it, back to the meetings
ui-show-the-day-as-a-grid-of-rooms-side-by-side-or-as-the-list-again = show the day as a grid of rooms side by side, or as the list again
ui-list-grid = list/grid
ui-add-a-follow-up-this-session-produced = add a follow-up this session produced
ui-follow-up = follow-up
ui-add-a-session = add a session
ui-add-a-break = add a break
ui-edit-the-session-title-times-room-chair-languages = edit the session (title, times, room, chair, languages...)
ui-duplicate-the-session = duplicate the session
ui-delete-the-session-asks-first = delete the session (asks first)
ui-move-the-session-to-another-day-or-time = move the session to another day or time
ui-shorten-the-session-by-15-minutes = shorten the session by 15 minutes
ui-lengthen-the-session-by-15-minutes = lengthen the session by 15 minutes
ui-shorten-the-session-by-5-minutes = shorten the session by 5 minutes
ui-lengthen-the-session-by-5-minutes = lengthen the session by 5 minutes
ui-set-the-session-s-end-or-length-optionally-shifting-the-rest-of-the-day = set the session's end or length, optionally shifting the rest of the day
ui-the-session-s-items-presentations-add-edit-delete-reorder = the session's items (presentations): add, edit, delete, reorder
ui-items = items
ui-Everywhere = Everywhere
ui-In-every-list = In every list
ui-While-typing-a-search = While typing a search
ui-Editing-a-line-of-text-searches-prompts-form-fields = Editing a line of text (searches, prompts, form fields)
ui-In-this-help = In this help
ui-Reviewing-follow-ups-R = Reviewing follow-ups (R)
ui-The-Schedule-as-a-day-grid-v = The Schedule as a day grid (v)
ui-In-a-form = In a form
ui-In-a-picker-type-to-filter = In a picker (type to filter)
ui-In-a-question = In a question
ui-On-the-command-line-w-save-q-quit-wq-q = On the : command line (w save, q quit, wq, q!)
ui-In-a-session-s-items = In a session's items
ui-In-a-choice-list-type-to-filter = In a choice list (type to filter)
ui-Typing-a-time-zone = Typing a time zone
ui-Typing-a-note-or-a-due-date = Typing a note or a due date
ui-In-the-Export-dialog-X-type-the-file-s-path = In the Export dialog (X; type the file's path)
ui-Merging-twins-M-in-the-Roster = Merging twins (M in the Roster)
ui-Importing-registrations-I-in-the-Roster-type-the-CSV-TSV-file-s-path = Importing registrations (I in the Roster; type the CSV/TSV file's path)
ui-The-import-s-preview-differing-values-chosen-one-by-one = The import's preview (differing values chosen one by one)
ui-people-across-every-loaded-meeting-one-row-each-again-back = people across every loaded meeting, one row each (again: back)
ui-across = across
ui-Meetings = Meetings
ui-Schedule = Schedule
ui-Roster = Roster
ui-Follow-ups = Follow-ups
ui-Problems = Problems
ui-Interpretation = Interpretation
ui-Meeting = Meeting
ui-Dates = Dates
ui-Where = Where
ui-People = People
ui-Sessions = Sessions
ui-Due = Due
ui-Status = Status
ui-Owner = Owner
ui-Follow-up = Follow-up
ui-Time = Time
ui-Session-booth = Session / booth
ui-Session = Session
ui-Chair = Chair
ui-Lang = Lang
ui-Name = Name
ui-Organization = Organization
ui-Ctry = Ctry
ui-Role = Role
ui-What = What
ui-Participant = Participant
ui-Summary = Summary
ui-Problem = Problem
ui-Booth = Booth
ui-Theme = Theme
ui-When = When
ui-Languages = Languages
ui-Organizers = Organizers
ui-Hosts = Hosts
ui-Partners = Partners
ui-File = File
ui-Objectives = Objectives
ui-Notes = Notes
ui-Countries = Countries
ui-Organizations = Organizations

## The TUI's Meetings view: the list's title and the meeting's summary
## (src/tui/views/meetings.rs)

tui-meetings-in = — { $n } in { $path }
tui-files-unopened = x { $n } { $n ->
    [one] file
   *[other] files
} could not be opened: see 5 Problems
tui-meeting-hint = Enter opens the schedule; 3 the roster, 4 the follow-ups.
tui-when = { $dates } · times in { $zone }
tui-zone-not-confirmed = ~ (zone not confirmed yet)
tui-on-roster = { $n } on the roster
tui-from-countries = , from { $n ->
    [one] { $n } country
   *[other] { $n } countries
}
tui-attendance = attendance { $n }
tui-attendance-about = attendance about { $n }
tui-sessions-label = Sessions
tui-sessions-over = { $n } over { $days ->
    [one] { $days } day
   *[other] { $days } days
}
tui-follow-ups-counts = { $n } · { $open } open, { $over } overdue { $overdue_mark }, { $soon } due soon { $soon_mark }
tui-problems-counts = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
tui-problems-checking = checking…
tui-open-n = { $n } open
tui-legend-errors = { $mark } errors
tui-legend-warnings = { $mark } warnings
tui-legend-overdue = { $mark } overdue follow-ups

## The TUI's list titles (src/tui/views/*.rs)

tui-over-days = — { $what } over { $days ->
    [one] { $days } day
   *[other] { $days } days
}
count-booths = { $n ->
    [one] { $n } booth
   *[other] { $n } booths
}
ui-every-organization-with-its-count-the-summary-s-plus-N-more-to-filter-by = every organization with its count (the summary's +N more), to filter by
ui-tick-or-untick-the-value-on-all-untick-every-one = tick or untick the value (on "all": untick every one)
ui-tick = tick
ui-show-the-people-with-any-ticked-value = show the people with any ticked value
ui-In-a-Roster-filter-list-c-o-r-t-type-to-narrow-it = In a Roster filter list (c, o, r, t; type to narrow it)

## The Schedule's day grid (src/tui/views/schedule_grid.rs, src/tui/app/grid_state.rs)

tui-grid-day = Day { $n }/{ $days }
tui-grid-nothing = nothing scheduled
tui-grid-cursor = cursor { $place } { $time }
tui-grid-cell-of = { $k } of { $n } here (Enter)
tui-grid-rows = { $step }-min rows (s)
tui-grid-zone = times in { $zone }
tui-grid-online = online
tui-grid-no-room = no room
tui-grid-alongside = alongside
tui-grid-more = { $n } more
tui-grid-opened = the day as a grid: hjkl cursor, a add, J K H L move, < > resize, v list
tui-grid-closed = the schedule as a list (v: grid)
tui-grid-step = { $step }-minute rows: j/k, moves and resizes go by it
tui-grid-selected = selected: e edits it, v shows it in the list
tui-grid-selected-of = selected { $k } of { $n } here: Enter again for the next, e edits it
tui-grid-nothing-at = nothing in { $place } at { $time }
tui-grid-add-alongside = Add a session alongside at { $time }
# A new break's title, written into the file in each working language.
break-title = Coffee break
tui-grid-add-break = Add a break at { $time }
tui-grid-add-session = Add a session in { $room } at { $time }
tui-schedule-empty = no sessions yet: a adds a session, b a break
tui-meeting-created = created { $file }; a adds a session
tui-grid-band-no-rooms = a session alongside stays in the band: A puts it in its room's column
tui-grid-moved-alone = moved alone: m moves it with the rest of the day
tui-grid-let-go-band = let go: `{ $id }` at { $time }, alongside
tui-grid-no-session-here = no session here: put the cursor on a block (or click one), or a adds one
tui-grid-needs-times = set the session's start and end first (e)
tui-grid-no-room-further = no room further that way
tui-grid-before-midnight = that would start before midnight: it stays
tui-grid-ends-by-midnight = a session ends by 23:59
tui-grid-let-go = let go: `{ $id }` to { $place } at { $time }
tui-grid-let-go-end = let go: `{ $id }` ends at { $time }
tui-grid-opened-no-rooms = day grid: a adds a session here; the room typed in its form becomes a column

## The TUI's frame: title bar, status line, start-up and empty screens
## (src/tui/views/frame.rs)

tui-unsaved = unsaved
tui-loading = loading { $done }/{ $total }
tui-too-small = Terminal too small: { $w }x{ $h }. Plenary needs at least { $min_w }x{ $min_h }; enlarge the window, or press q to quit.
tui-nothing-to-open = Nothing to open here.
tui-run-inside = Run plenary in a folder of meeting files (*.yaml) or beside agendas/,
tui-or-name-path = or name a folder or file: plenary PATH.   plenary --help lists every command.   q quits.
tui-loading-from = Loading meetings from { $path } …
tui-reading = reading { $path }
tui-no-meeting-opened = No meeting could be opened.
tui-files-have-errors = { $n ->
    [one] { $n } file in { $path } has errors: press 5 to see them and fix it in your editor; plenary opens it again when you save it.
   *[other] { $n } files in { $path } have errors: press 5 to see them and fix them in your editor; plenary opens each again when you save it.
}
tui-no-meeting-files = No meeting files in { $path }.
tui-meeting-is-yaml = A meeting is one YAML file (*.yaml). Press n to create one here, put meeting files in this folder, or open another:
tui-plenary-path = plenary PATH (a folder or one file).   plenary --help lists every command.   q quits.
tui-n-of-files = { $done } of { $total } files

## The TUI's ? screen (src/tui/views/help.rs)

tui-marker-selected = the selected row (also shown reversed)
tui-marker-error = error
tui-marker-warning = warning: the session is involved in one (details in its pane)
tui-marker-tentative = not confirmed yet (tentative), after a time or room, or before a row
tui-marker-duplicate = may be the same person as another entry
tui-marker-overdue = follow-up overdue
tui-marker-due-soon = follow-up due within two weeks
tui-marker-done = follow-up done
tui-marker-dropped = follow-up dropped
tui-marker-floor = Interpretation: the session is held in this language
tui-marker-staffed = Interpretation: interpreters in the booth / what the norm asks
tui-marker-two-way = Interpretation: a two-way booth (also works back into the floor language)
tui-marker-open = Interpretation: a channel nobody is assigned to yet
tui-marker-none = Interpretation: neither floor nor channel in this language
tui-help-no-match = No key's description has "{ $query }" (Esc: every key again).
tui-help-markers = Markers
tui-help-search-note = Search ignores case and script: "umankulova" finds Уманкулова, "li fan" finds Fan Li.
tui-help-title-search = Search the keys: { $input }▏ (Enter keeps, Esc drops)
tui-help-title-query = Keys with "{ $query }" — / changes, Esc shows all
tui-help-title = Keys, here first — / searches, Esc closes, j/k scroll

# Files changed on disk (tui::app::editing::disk_watch): noticed, reloaded
# off the UI thread, or asked about.
tui-disk-reloaded = { $path } changed on disk; reloaded
tui-disk-reloading = reloading { $path }…
tui-disk-does-not-load = { $path } changed on disk and does not load now ({ $why }); still showing the version before · 5 Problems lists { $n ->
    [one] the error
   *[other] all { $n } errors
}
tui-disk-deleted = { $path } was deleted or moved on disk; what is shown here is kept until you quit
tui-disk-deleted-unsaved = { $path } was deleted or moved on disk; what is shown here is kept until you quit (Ctrl-s offers to save it under another name)
tui-disk-editor-reloaded = reloaded { $path } after editing; { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}
tui-disk-editor-unchanged = { $path } is unchanged after editing; { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}
tui-disk-editor-does-not-load = { $path } does not load now, so the version before is still shown: { $why } (E to fix it)
tui-disk-asked-reloaded = reloaded { $path } from disk
tui-disk-asked-failed = could not reload { $path }: { $why }; nothing changed here
tui-disk-now-a-roster = it is now a participant list, not a meeting
tui-disk-bug = plenary failed on this file (a bug, please report it): { $what }
tui-disk-fallback = the system cannot tell Plenary when files change ({ $why }); their size and time are compared every second instead
tui-disk-new-opened = { $path } appeared on disk; opened
tui-disk-fixed-opened = { $path } loads now; opened
tui-disk-new-failed = { $path } changed on disk and does not load: { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}, see 5 Problems
tui-disk-back = { $path } is on disk again as it was loaded
tui-disk-undo-cleared = undo history cleared: its steps were for the version before
tui-disk-theirs-broken = Their version does not load, so it can be neither merged nor reloaded:
tui-disk-theirs-more = and { $n ->
    [one] { $n } more error
   *[other] { $n } more errors
}: 5 Problems lists them
tui-disk-theirs-not-reloaded = Keep yours (nothing is lost), or Esc and fix their file: Ctrl-s then merges.
tui-disk-loads-again-unsaved = { $path } loads again on disk; your unsaved edits are kept (Ctrl-s merges them with it)
tui-disk-fix-at = the file on disk does not load: fix it at { $place } (E opens it there); the version before is shown until it loads
tui-problems-on-disk = { $path } on disk does not load; showing the version before
tui-problem-place-on-disk = on disk: { $place }
tui-problem-on-disk = The file on disk does not load, so the version before is shown (nothing is lost). This is what plenary check says of it: E opens it at this line, and it is loaded again once fixed.
tui-meeting-on-disk = the file on disk does not load; showing the version before

## TUI: saving, quitting, a file changed on disk (src/tui/app/editing/saving.rs)

tui-quit-title = Quit with unsaved changes?
tui-quit-unsaved = These meetings have edits that are not saved:
tui-quit-save = save them and quit
tui-quit-discard = discard the edits and quit
tui-quit-cancel = cancel: keep working
tui-saved = saved { $files }
tui-no-meeting-to-save = no meeting open to save
tui-file-no-changes = { $file }: no changes to save
tui-no-changes = no changes to save
tui-comments-kept = comments kept in { $files }
tui-not-saved = not saved: { $error }
tui-disk-changed-title = The file changed on disk
tui-disk-changed-1 = { $file } was changed outside Plenary (a git pull, another editor)
tui-disk-changed-2 = and you have unsaved edits here. Nothing has been written yet.
tui-disk-merge-3 = Merging keeps both: changes to different fields need no question;
tui-disk-merge-4 = a field changed on both sides is shown and you pick one.
tui-disk-merge = merge theirs with mine, then save
tui-disk-keep-both = keep both: save mine as { $file }
tui-disk-deleted-title = The file was deleted on disk
tui-disk-deleted-1 = { $file } was deleted or moved outside Plenary,
tui-disk-recreate = recreate { $file } with my version
tui-disk-save-mine-as = save mine as { $file }
tui-disk-discard = discard my edits (the file stays gone)
tui-disk-cannot-merge = It cannot be merged: { $why }.
tui-disk-reload = reload theirs and lose my edits
tui-disk-overwrite = keep mine and overwrite (theirs is kept as .theirs)
tui-unsaved-kept = unsaved edits kept in { $file }
tui-unsaved-lost = unsaved edits to { $file } are lost: { $error }
tui-not-a-command = `:{ $line }` is not a command; :w saves, :q quits, :wq does both, :q! quits without saving
tui-recreated = recreated { $file } with your version
tui-dropped-edits = dropped your edits; { $file } stays gone from disk and is shown until you quit
tui-saved-over = saved mine over { $file } · theirs kept in { $theirs }
tui-saving-over = saving mine over { $file }…
tui-saving = saving { $files }…
tui-quit-when-saved = saving { $files }…; Plenary quits once it is written
tui-not-quitting = still open: the edits are not saved
tui-save-when-saved = { $file } is still being saved; it is saved again once that is done
tui-still-saving = { $file } is still being saved; wait for it, then save again
tui-saved-as = saved mine as { $file }; { $theirs } is theirs, unchanged
tui-save-later = the file on disk differs from yours; Ctrl-s will ask again what to keep

## TUI: dialogs' frames, pickers, questions, items, merge, import (src/tui/app/editing/draw.rs)

tui-not-on-roster = { $id } (not on the roster)
tui-search-label = search:
tui-nothing-matches = nothing matches
tui-confirm-hint = Enter: the first answer · Esc: change nothing
tui-merge-same-person = { $name } ({ $id }) may be the same person as:
tui-merge-hint = j/k: twin · Tab: keep the other id · Enter: merge · Esc: nothing
tui-merge-title = Merge twins
tui-import-path-hint = Enter: read and preview · Esc: nothing
tui-import-title = Import registrations
tui-import-preview-hint = o: ours · t: the file's · j/k: next · Enter: import · Esc: nothing
tui-import-preview-hint-suggest = o: ours · t: the file's · a: accept the suggestion · j/k: next · Enter: import · Esc: nothing
tui-import-preview-title = Import registrations · preview
tui-import-file-label = The registrations file (CSV or TSV; UTF-8, UTF-16 or Windows-1251):
tui-import-recognised = Indico, Zoom webinar reports, Google Forms and Russian headers are recognised.
tui-items-none = No items yet: a adds one.
tui-items-title = Items of `{ $id }`
tui-items-hint = a add · e edit · d delete · J/K reorder · u undo · Esc close

## TUI: edits and undo (src/tui/app/editing/mod.rs)

tui-nothing-changed = nothing changed
tui-problems-new = { $n ->
    [one] { $n } new problem
   *[other] { $n } new problems
}: see 5 Problems
tui-problems-gone = { $n ->
    [one] { $n } problem resolved
   *[other] { $n } problems resolved
}
tui-problems-new-gone = { $new ->
    [one] { $new } new problem
   *[other] { $new } new problems
}, { $gone } resolved: see 5 Problems
tui-undid = undid: { $what }
tui-redid = redid: { $what }
tui-nothing-to-undo = nothing to undo
tui-nothing-to-redo = nothing to redo
tui-across-read-only = the roster across meetings is for reading: A goes back to this meeting's roster to edit

## TUI: a session's items (src/tui/app/editing/items.rs)

tui-item-minutes-such-as = `{ $value }` is not a number of minutes, such as 15
tui-item-speakers = Speakers
tui-item-minutes = Minutes
tui-item-notes = Notes
tui-item-title-needed = a title is needed (in at least one language), or a speaker
tui-item-untitled = (no title: who speaks)
tui-id-not-on-roster = `{ $id }` is not on the roster
tui-item-not-minutes = `{ $value }` is not a number of minutes
tui-item-add-title = Add an item to `{ $id }`
tui-item-edit-title = Edit item { $n } of `{ $id }`
tui-item-delete-label = delete item { $n } of `{ $id }`
tui-item-delete-title = Delete item { $n }?
tui-u-undoes-it = u undoes it.
tui-keep-it = keep it
tui-delete = delete
tui-item-reorder-label = reorder the items of `{ $id }`
tui-item-edit-label = edit item { $n } of `{ $id }`
tui-item-add-label = add an item to `{ $id }`

## TUI: merging twins (src/tui/app/editing/merge_twin.rs)

tui-open-meeting-first = open a meeting first
tui-select-participant-first = select a participant first
tui-merge-no-twin = { $name } ({ $id }) has no likely twin: only people flagged = can be merged
tui-nothing-merged = nothing merged
tui-merge-meeting-gone = the meeting is no longer open; nothing merged
tui-merge-one-gone = One of the two is no longer on the roster; Esc closes.
tui-merge-keeps-id = Keeps id `{ $keep }`; `{ $other }` is removed.
tui-merge-name = Name: { $names }
tui-merge-from-other = From `{ $other }`: { $fields }
tui-merge-differs = Differs, kept as on `{ $keep }`: { $fields }
tui-merge-no-refs = No reference to `{ $other }` to rewrite.
tui-merge-refs = { $n ->
    [one] { $n } reference
   *[other] { $n } references
} to `{ $other }` rewritten to `{ $keep }`: { $what }
tui-merge-rest = Everything else stays as on `{ $keep }`; u undoes the merge.
tui-merge-not = { $what } { $ours } (not { $theirs })
tui-field-honorific = honorific
tui-field-position = position
tui-field-organization = organization
tui-field-country = country
tui-field-email = e-mail
tui-field-time-zone = time zone
tui-field-interpreting = interpreting
tui-field-notes = notes
tui-field-languages = languages
tui-field-role = role
tui-field-status = status

## TUI: importing registrations (src/tui/app/editing/roster_import.rs)

tui-nothing-imported = nothing imported
tui-import-type-path = type the path of a CSV or TSV file
tui-meeting-gone = the meeting is no longer open
tui-meeting-gone-esc = The meeting is no longer open; Esc closes.
tui-cannot-read = { $file }: cannot read: { $error }
tui-import-read = read; Enter imports, Esc imports nothing
tui-import-read-differ = read; { $n ->
    [one] { $n } value differs
   *[other] { $n } values differ
}: o keeps ours, t takes the file's
tui-import-map-hint = (--map is on the command line: plenary roster import FILE --into AGENDA --map ...)
tui-import-nothing-to-choose = nothing to choose: no value differs
tui-import-left = { $n ->
    [one] { $n } differing value
   *[other] { $n } differing values
} not chosen yet: o keeps ours, t takes the file's (j/k moves)
tui-import-meeting-gone = the meeting is no longer open; nothing imported
tui-import-nothing-new = nothing to import: the roster already holds everyone
tui-import-problems = Problems in the file ({ $n })
tui-import-different = Different values ({ $n }; { $left } to choose): o keeps ours, t takes the file's
tui-import-mark-open = [ ? ]
tui-import-mark-ours = [ours]
tui-import-mark-file = [file's]
tui-import-problems-suggest = Problems in the file ({ $n }; suggestions: { $s }): a accepts the one under the cursor
tui-import-mark-suggested = [ a? ]
tui-import-mark-accepted = [accepted]
tui-import-read-suggest = read; suggestions to accept: { $n } (a accepts, j/k moves); Enter imports, Esc imports nothing
tui-import-on-suggestion = this is a suggestion: a accepts it (o and t choose between differing values)
tui-import-no-suggestion-here = no suggestion under the cursor: j/k moves to one (a misspelt country)
tui-import-accepted = line { $line }: country { $value } accepted
tui-import-taken-back = line { $line }: country { $value } taken back; left empty
tui-import-accept-refused = line { $line }: another row of this person gives { $other }; kept that

## TUI: the Export dialog (src/tui/app/editing/export_dialog.rs)

tui-export-whole = the whole meeting
tui-export-session = session { $id } · { $title }
tui-export-person = person { $id } · { $name }
tui-export-room = room { $room }
tui-export-no-meeting = no meeting open to export
tui-nothing-exported = nothing exported
tui-export-no-name = export: no file name · type where to write it
tui-export-error = export: { $error }
tui-file-exists-title = The file exists
tui-file-exists = { $file } already exists. Write the export over it?
tui-file-exists-no = no: back to the dialog
tui-file-exists-overwrite = overwrite it
tui-export-meeting-zone = the meeting's { $error } · { $hint }
tui-export-sequence-lost = calendar versions not remembered ({ $error }); SEQUENCE will not grow
tui-exported = exported to { $file }
tui-export-note = note: { $notes }
tui-export-appeared = not exported: { $file } appeared meanwhile · Enter again asks to overwrite
tui-not-exported = not exported: { $error }
tui-export-format = Format
tui-export-scope = Scope
tui-export-write-to = Write to
tui-export-hint = Tab format · ↑↓ scope · Enter write · Esc cancel
tui-export-title = Export the meeting

## TUI: unsaved copies, the outside editor, a person added from a picker
## (src/tui/app/editing/restore_unsaved.rs, external.rs, dialogs.rs)

tui-does-not-load = { $file } does not load; open it in an editor
tui-restore-holds = { $kept } holds edits to { $file } that were never saved
tui-restore-stopped = (Plenary was stopped with them). What it changes:
tui-and-more = … and { $n } more
tui-restore-title = Unsaved edits from an earlier session
tui-restore-them = restore them (one edit: u undoes; Ctrl-s saves)
tui-restore-keep-file = keep the file as it is ({ $kept } is renamed .seen)
tui-restore-later = later: ask again next time
tui-restore-kept = kept the file as it is; the unsaved edits stay in { $file }
tui-restore-removed = removed { $file }: its edits are in the file now
tui-restore-not-removed = could not remove { $file } ({ $error }): its edits are in the file now, so it may be deleted
tui-cannot-read-now = { $file } cannot be read now
tui-restore-label = restore unsaved edits from { $file }
tui-no-meeting-open = no meeting open
tui-external-still-saving = { $file } is still being saved; open it in the editor once that is done
tui-external-save-first = save first (Ctrl-s): the editor opens the file as it is on disk
tui-editor-ended = the editor ended with { $status }
tui-editor-not-started = could not start the editor ({ $error }); set EDITOR to the editor you use
tui-added-to-roster = added { $name } to the roster as `{ $id }` ({ $role }, invited): add position and organization in 3 Roster, e; u undoes
tui-added-interpreter = added { $name } to the roster as `{ $id }`, an interpreter for this booth ({ $languages }): check their languages in 3 Roster, e; u undoes

## TUI: values the files write in English, as the interface shows them
## (src/tui/format.rs `value`); English shows the value itself.

tui-value-speaker = speaker
tui-value-participant = participant
tui-value-expert = expert
tui-value-official = official
tui-value-organizer = organizer
tui-value-moderator = moderator
tui-value-chair = chair
tui-value-interpreter = interpreter
tui-value-observer = observer
tui-value-donor = donor
tui-value-rapporteur = rapporteur
tui-value-staff = staff
tui-value-press = press
tui-value-invited = invited
tui-value-confirmed = confirmed
tui-value-declined = declined
tui-value-attended = attended
tui-value-open = open
tui-value-in-progress = in-progress
tui-value-waiting = waiting
tui-value-done = done
tui-value-dropped = dropped
tui-value-in-person = in-person
tui-value-online = online
tui-value-hybrid = hybrid
tui-value-session = session
tui-value-opening = opening
tui-value-plenary = plenary
tui-value-panel = panel
tui-value-webinar = webinar
tui-value-presentation = presentation
tui-value-training = training
tui-value-discussion = discussion
tui-value-round-table = round-table
tui-value-side-meeting = side-meeting
tui-value-closing = closing
tui-value-break = break
tui-value-workshop = workshop
tui-value-break-out = break-out
tui-value-exhibition = exhibition
tui-value-poster = poster
tui-value-registration = registration
tui-value-reception = reception
tui-value-excursion = excursion
tui-value-consultation = consultation
tui-value-document = document
tui-value-concept-note = concept-note
tui-value-programme = programme
tui-value-recording = recording
tui-value-report = report
tui-value-owed = owed
tui-value-all = all

## TUI: dates, zones, people as the views write them (src/tui/format.rs)

tui-unknown-zone = { $zone } (unknown time zone)
tui-time-tbc = time tbc
tui-not-on-roster-mark = (not on the roster)

## TUI: the Schedule's banner, day rows and session panel (src/tui/views/schedule.rs)

tui-zone-type-iana = type an IANA name: Europe/Paris, UTC, Asia/Seoul
tui-zone-enter-shows = Enter shows { $zone }
tui-zone-show-in = Show times in zone:
tui-times-in = times in
tui-written-in = (written in { $zone }; Esc)
tui-zone-not-confirmed-short = ~ zone not confirmed
tui-day-of = Day { $n }/{ $days }
tui-doc-document = document
tui-doc-concept-note = concept note
tui-doc-programme = programme
tui-doc-presentation = presentation
tui-doc-recording = recording
tui-doc-report = report
tui-whole-session = the whole session
tui-not-confirmed-what = not confirmed yet: { $what }
tui-documents = Documents
tui-in-zone = in { $zone }: { $day } · { $range }
tui-past-midnight = (runs past midnight there)
tui-floor = floor { $languages }
tui-interpreted-into = interpreted into { $languages }
tui-items-n = Items ({ $n })
tui-minutes-n = ({ $n } min)
tui-speaker = Speaker
tui-presenter = Presenter
tui-on-behalf-of = On behalf of
tui-produced = Follow-ups it produced ({ $n })
tui-f-adds-one = f adds one
tui-local-times = Local times
tui-plus-one-day = (+1 day)
tui-from-country = from their country
tui-in-the-room = in the room
tui-outside-day = outside 07:00–22:00 their time
tui-time-unknown-why = time unknown: { $why }
tui-time-unknown = time unknown
ui-Room = Room
ui-Link = Link
ui-Lead = Lead

## TUI: the Roster's search and filter line, choice lists, summary and person panel
## (src/tui/views/roster.rs)

tui-search-keeps = Enter keeps · Esc drops
tui-search-edits = (/ edits, Esc clears)
tui-roster-search-idle = / search names, organizations, countries
tui-field-sort = sort
tui-field-name = name
tui-roster-empty = nobody on the roster yet
tui-roster-no-match = nobody matches; Esc clears the search and filters
tui-roster-elsewhere = nobody here; in other meetings: { $names } (1 Meetings, Enter, then 3)
tui-show-people-by = Show people by { $facet }
tui-filter-label = filter:
tui-choice-hint = Space ticks · Enter shows them · Esc cancels
tui-n-more = +{ $n } more
tui-summary-none = (none)
tui-n-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
tui-from-n-countries = { $n ->
    [one] { " " }from { $n } country
   *[other] { " " }from { $n } countries
}
tui-sessions-n = Sessions ({ $n })
tui-follow-ups-n = Follow-ups ({ $n })
tui-whole-entry = the whole entry
tui-may-be-twin = may be the same person as { $name } (id: { $id }; M merges)
tui-more-same-name = and { $n } more with the same name
tui-speaks = speaks: { $title }
tui-interprets = interprets
ui-Roles = Roles
ui-Also-written = Also written
ui-Position = Position
ui-Country = Country
ui-Role-status = Role · status
ui-E-mail = E-mail
ui-Time-zone = Time zone
ui-Interpreting = Interpreting

## TUI: the Follow-ups view, its filter line and panel (src/tui/views/followups.rs,
## src/tui/app/followups/state.rs)

tui-no-date = no date
tui-slash-search = / search
tui-grouped-by = by { $group }
tui-field-owner = owner
tui-field-meeting = meeting
tui-field-tag = tag
tui-field-month = month
tui-field-state = state
tui-followups-empty = none here; a for every meeting, o for done ones too, x clears filters
tui-carried-on = (carried on)
tui-every-meeting = every meeting
tui-followups-title = { $scope }: { $total }, { $overdue } overdue, { $soon } due soon · today { $today }
tui-followups-title-no-today = { $scope }: { $total }, { $overdue } overdue, { $soon } due soon
tui-nobody-yet = nobody yet
tui-closed-on = closed { $date }
tui-not-confirmed = not confirmed yet
tui-no-due-date = no due date
tui-due-line-none = no due date
tui-zone-unknown-typed = { $error }: { $hint }
tui-overdue-by = overdue by { $n ->
    [one] { $n } day
   *[other] { $n } days
}
tui-overdue-by-proposed = overdue by { $n ->
    [one] { $n } day
   *[other] { $n } days
} (proposed date)
tui-due-today = due today
tui-due-in = due in { $n ->
    [one] { $n } day
   *[other] { $n } days
}
tui-no-such-session = `{ $id }` (no such session)
tui-no-progress = No progress noted yet (n adds a note)
tui-progress = Progress ({ $n }, oldest first)
tui-any-status = any status
tui-section-overdue = overdue
tui-section-due-soon = due within { $n } days
tui-section-later = later
tui-section-closed = closed
tui-fu-every-meeting = follow-ups of every meeting
tui-fu-this-meeting = follow-ups of this meeting
tui-grouped-by-status = grouped by { $group }
tui-fu-filters-cleared = every filter cleared: owed follow-ups
tui-press-again = (press again for the next)
tui-any = any
ui-From-session = From session
ui-Tags = Tags
ui-Carried-from = Carried from

## TUI: the Interpretation view and the Problems panel (src/tui/views/interpretation.rs,
## problems.rs)

tui-booth-open = open
tui-booth-two-way-mark = 2w
tui-interp-times-in-other = times in { $zone } (days as written, in { $written })
tui-interp-times-in-other-short = times in { $zone }; days in { $written }
tui-no-sessions-yet = no sessions yet
tui-floor-cell = floor
tui-not-staffed = not staffed yet
tui-via = via { $booth }
tui-warnings = Warnings
tui-floor-not-set = floor language not set (`language` in the file; e to edit in the Schedule)
tui-no-channels = No channels: a adds one.
tui-booth-not-confirmed = the booth plan is not confirmed yet
tui-booth-empty = Nobody in the booth yet: i adds an interpreter.
tui-two-way-into = two-way: also into { $languages }
tui-one-way = one-way
tui-relay-from = relay from the { $booth } booth
tui-from-floor = from the floor
tui-booth-of = { $language } booth ({ $code })
tui-team = Team: { $n } of { $need } for { $min } min — { $reason }
tui-turn-plan = Turn plan ({ $min } min turns; p writes it to a file)
tui-interpreters-on = Interpreters on { $day }
tui-interpreter-load = booth { $booth } min, mic { $mic } min, { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
tui-interp-choice-hint = Enter takes · Esc cancels · ↑↓ move · type to filter
tui-nothing-matches-filter = nothing matches the filter
tui-no-problems = no problems found
tui-checking = checking…
tui-problem-at = at
tui-problem-in-document = in the document
tui-problem-file-failed = This file could not be opened. Fix it in your editor: plenary opens it again when you save it.
tui-problem-enter-goes = Enter goes to the session, participant or follow-up it is about.
tui-field-language = language
tui-field-start = start
tui-field-end = end
tui-field-room = room
tui-field-chair = chair
tui-field-date = date
tui-field-title = title
tui-field-speakers = speakers
tui-field-timezone = timezone
tui-field-interpretation = interpretation
tui-field-due = due

## TUI: the participant form and the Roster's edits (src/tui/app/editing/roster_edit.rs)

tui-did-you-mean = ; did you mean { $value }?
tui-not-country = `{ $value }` is not an ISO 3166 country code such as KZ{ $hint }
tui-field-tidied = { $field }: `{ $was }` written as { $now }
tui-not-email = `{ $value }` is not an e-mail address
tui-not-language = `{ $value }` is not an ISO 639-1 language code such as ru or kk{ $hint }
tui-not-zone = `{ $value }` is not an IANA time zone such as Asia/Almaty{ $hint }
tui-pf-name = Name
tui-pf-id = Id
tui-pf-id-hint = made from the name when empty; renaming follows every reference
tui-pf-honorific = Honorific
tui-pf-honorific-hint = Mr, Ms, Dr...
tui-pf-organization = Organization
tui-pf-position = Position
tui-pf-country = Country
tui-pf-timezone = Time zone
tui-pf-timezone-hint = only when it differs from the country's: Asia/Almaty
tui-pf-languages = Languages
tui-pf-role = Role
tui-pf-status = Status
tui-pf-email = E-mail
tui-pf-notes = Notes
tui-pf-interp-a = Interprets into (A)
tui-pf-interp-b = Also into (B)
tui-pf-interp-c = From (C)
tui-pf-needs-a = an interpreter with B or C languages needs the A language they work into
tui-pf-needs-name = a participant needs a name
tui-pf-id-taken = `{ $id }` is taken by another participant
tui-pf-keeps-id = an existing participant keeps an id
tui-pf-not-role = `{ $value }` is not a role
tui-pf-not-status = `{ $value }` is not a status
tui-pf-add-title = Add a participant
tui-pf-select-first = select a participant first (a to add one)
tui-pf-edit-title = Edit `{ $id }`
tui-pf-status-label = { $id }: status { $status }
tui-pf-not-booked = They are not booked anywhere in this meeting.
tui-pf-appears = They appear here, which will then name someone not on the roster:
tui-pf-remove-title = Remove `{ $id }` from the roster?
tui-pf-keep-them = keep them
tui-pf-remove = remove
tui-pf-edit-label = edit participant `{ $id }`

## TUI: follow-up edits and review (src/tui/app/followups/edits.rs)

tui-fu-none-selected = no follow-up selected
tui-select-session-first = select a session first
tui-fu-nothing-to-review = nothing to review: no open follow-up here
tui-fu-reviewing = reviewing { $n ->
    [one] { $n } open follow-up
   *[other] { $n } open follow-ups
}, oldest due first
tui-fu-note-on = Note on `{ $id }` (dated today)
tui-fu-due-of = Due date of `{ $id }` (YYYY-MM-DD, +14d, +2w, none)
tui-fu-leaves-when-you-move = leaves the list when you move on
tui-fu-no-series = this meeting has no `series`: carry-over links meetings of one series
tui-fu-no-earlier = no earlier meeting of series `{ $series }` is loaded
tui-fu-nothing-to-carry = nothing to carry from `{ $from }`: { $n } already here, no other open follow-up
tui-fu-carried = { $n ->
    [one] carried { $n } open follow-up from `{ $from }`
   *[other] carried { $n } open follow-ups from `{ $from }`
}
tui-fu-already-here = { $n } already here
tui-fu-owner-named = { $n ->
    [one] { $n } owner
   *[other] { $n } owners
} not on this roster named in owner_org
tui-unsaved-hint = (unsaved: Ctrl-s saves, u undoes)

## TUI: staffing booths in the Interpretation view (src/tui/app/interp.rs)

tui-popup-add-interpreter = Add an interpreter to the booth
tui-popup-remove-interpreter = Take an interpreter out of the booth
tui-popup-relay = Where the booth takes its source from
tui-popup-add-channel = Add a channel (interpret into)
tui-label-two-way = { $language } booth two-way
tui-label-one-way = { $language } booth one-way
tui-same-team-empty = nobody is in this { $language } booth yet: add its team (i), then T gives it to the whole day
tui-same-team-already = every { $language } booth that day already has this team
tui-same-team-title = Same team in the { $language } booth
tui-same-team-which = { $team }: for this day, or for every day of the meeting?
tui-same-team-rest = { $n ->
    [one] { $team } already staffs this day: every other day of the meeting too?
   *[other] { $team } already staff this day: every other day of the meeting too?
}
tui-same-team-day = this day, { $day } ({ $n ->
    [one] { $n } session
   *[other] { $n } sessions
})
tui-same-team-meeting = every day of the meeting ({ $n ->
    [one] { $n } session
   *[other] { $n } sessions
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
})
tui-label-remove-channel = remove the { $language } channel
tui-label-add-to-booth = add { $name } to the booth
tui-label-out-of-booth = take { $name } out of the booth
tui-label-from-floor = booth works from the floor
tui-label-relay = booth takes relay from { $language }
tui-label-add-channel = add a { $language } channel
tui-no-languages-stated = no languages stated
tui-already-in-booth = already in the { $booths } booth of this session
tui-booked-same-time = booked in `{ $id }` at the same time ({ $time })
tui-over-day-limit = would be in the booth { $min } min that day; the norm is up to { $limit }
tui-no-session-selected = no session selected
tui-booth-gone = that booth is gone; select another
tui-select-booth-first = select a booth (the lines under a session) first
tui-no-interpreters = no other participant with role interpreter on the roster: add one (role: interpreter, with `interpreting` languages)
tui-booth-nobody = nobody is in this booth yet
tui-every-language-offered = every language is offered already
tui-meeting-zone-unknown = the meeting's time zone `{ $zone }` is unknown: fix `timezone` first
tui-turn-plan-written = turn plan written to { $file }

## TUI: pickers (src/tui/app/editing/picker.rs)


## TUI: the roster across meetings (src/tui/views/roster_across.rs)

tui-across-search-idle = / search people
tui-across-banner = across { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
} · A: this meeting's roster
tui-across-title = People across meetings
tui-n-of-total = { $n } of { $total }
tui-across-col-name = Name
tui-across-col-n = { " " }#
tui-across-col-meetings = Meetings
tui-across-col-roles = Roles
tui-across-col-sessions = Sess
tui-across-col-followups = F-up
tui-across-empty = nobody matches; Esc clears the search
tui-across-person = Person
tui-across-people-in = { $n ->
    [one] { $n } person
   *[other] { $n } people
} in { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}
tui-across-by-meeting = By meeting and country
tui-across-meetings-n = Meetings ({ $n })
tui-owns-follow-ups = owns follow-ups

## TUI: reviewing follow-ups (src/tui/views/review.rs, src/tui/app/followups/review.rs)

tui-review = Review
tui-review-title = { $n } of { $total } · oldest due first · today { $today }
tui-review-gone = `{ $id }` is no longer in its meeting (undone?)
tui-review-in-progress = in progress
tui-review-next-status = next status
tui-review-note = note
tui-review-due = due (+2w)
tui-review-skip = skip
tui-review-back = back
tui-review-end = end
tui-review-undo = undo
tui-review-done = Review done
tui-review-seen = { $seen } of { $total } seen, { $changed } changed
tui-review-nothing-changed = Nothing changed.
tui-review-not-saved = Not saved yet: Ctrl-s saves, u undoes one change at a time. Enter or Esc: back to the list.
tui-review-back-to-list = Enter or Esc: back to the list.
tui-review-due-change = due { $from } → { $to }
tui-review-notes = { $n ->
    [one] 1 note
   *[other] { $n } notes
}

## TUI: the follow-up form and one-line prompts (src/tui/app/followups/form.rs,
## src/tui/views/prompt.rs)

tui-fu-needs-title = a follow-up needs a title: what is owed
tui-ff-title = Title
tui-ff-owner = Owner (participant)
tui-ff-owner-hint = type a few letters of a name
tui-ff-org = Or organization
tui-ff-org-hint = when no one person owes it: a ministry, a country
tui-ff-due = Due
tui-ff-due-hint = YYYY-MM-DD, +14d, +2w, +1m
tui-ff-tags = Tags
tui-ff-tags-hint = separated by commas
tui-ff-edit-title = Edit follow-up `{ $id }`
tui-ff-new-title = New follow-up from `{ $id }`
tui-ff-not-both = name a participant or an organization, not both
tui-ff-owner-not-on-roster = `{ $id }` is not on this meeting's roster; pick a participant
tui-ff-added = added follow-up `{ $id }` ({ $n } in this meeting), linked to this session; u undoes
tui-ff-edit-label = edit follow-up `{ $id }`
tui-prompt-hint = Enter applies · Esc drops

## TUI: zones, the language key, the roster's modes, going to a problem
## (src/tui/zone_view.rs, src/tui/app/mod.rs)

tui-zone-meeting-unknown = the meeting's time zone `{ $zone }` is unknown: fix `timezone` in the file first
tui-zone-no-other = no other zone to show
tui-zone-meeting-own = times in the meeting's zone, { $zone }
tui-zone-shown = times in { $zone } — Esc: the meeting's zone again
tui-zone-none-typed = no zone typed; still showing the same times
tui-zone-did-you-mean = { $error }: did you mean `{ $zone }`? Filled in: Enter shows it, Esc keeps the zone shown now
tui-roster-found = { $n } found; / to change the search, Esc to drop it
tui-across-no-filters = sorting and filters are for one meeting's roster: A goes back to it
tui-zone-own-again = times in the meeting's own zone again
tui-one-language = this meeting has only one working language
tui-texts-in = showing texts in { $language } where the file has them
tui-texts-in-none = showing texts in { $language }: this file has none yet, so they stay as written
tui-roster-again = this meeting's roster again
tui-across-on = { $n ->
    [one] { $n } person
   *[other] { $n } people
} across { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
}, one row each; A goes back
tui-file-not-opened = this file could not be opened: fix it at { $place }; plenary opens it again when you save it
tui-problem-whole-meeting = this problem is about the meeting as a whole

## TUI: merging a file changed on disk (src/tui/app/editing/disk_merge.rs)


tui-merge-kept-mine = kept mine at { $place }: theirs does not fit ({ $error })
tui-merge-ask-1 = { $file } changed on disk while you had unsaved edits here; their other
tui-merge-ask-2 = changes merge with yours. Changed on both sides: { $n }. Nothing is written yet.
tui-merge-ask-at = { $at } of { $n }: { $place }
tui-merge-mine = mine
tui-merge-theirs = theirs
tui-merge-before = before
tui-merge-ask-title = Changed here and on disk ({ $at }/{ $n })
tui-merge-keep-mine = keep mine
tui-merge-take-theirs = take theirs
tui-merge-stop = stop merging, keep both: save mine as { $file }
tui-merge-deleted = (none: deleted)
tui-merge-more-lines = … { $n ->
    [one] { $n } more line
   *[other] { $n } more lines
}
tui-merge-none-both = no field changed on both sides
tui-merge-decided = { $n } decided: { $mine } mine, { $theirs } theirs
tui-merge-saved = merged the changes on disk with yours and saved { $file } ({ $how })
tui-merge-changed-again = { $file } changed on disk again while merging; nothing written, Ctrl-s merges again
tui-merge-no-base = the unsaved edits could not be taken back to the version last loaded or saved

## TUI: a meeting replaced on the disk worker (src/tui/app/editing/replacing.rs)

tui-busy-keeping-both = saving mine as { $file }…
tui-busy-merging = merging { $file } with the version on disk…
tui-busy-saving-merge = saving the merge of { $file }…
tui-busy-discarding = dropping your edits to { $file }…
tui-busy-no-edit = not changed: { $doing } make the edit again once that is done
tui-busy-wait = { $doing } wait for it to finish
tui-busy-failed = { $why } · your edits are still here, unsaved
tui-quit-when-done = { $doing } Plenary quits once that is done

## Where a participant appears (src/edit/usage.rs), for the remove and merge questions

usage-chair = chair of `{ $session }`
usage-speaker = speaker in `{ $session }`
usage-interpreter = interpreter ({ $booth } booth) in `{ $session }`
usage-owner = owner of follow-up `{ $id }`

## TUI: the Schedule's edits, delete, move and resize dialogs (src/tui/app/editing/schedule_edit.rs;
## the session form's fields are in its own section)

tui-se-select-first = select a session first (a to add one)
tui-se-with-items = with its { $n ->
    [one] { $n } item
   *[other] { $n } items
}
tui-se-followups-unlinked = { $n ->
    [one] { $n } follow-up loses its link to it
   *[other] { $n } follow-ups lose their link to it
}
tui-se-delete-title = Delete `{ $id }`?
tui-se-date-hint = YYYY-MM-DD
tui-se-needs-times = set the session's start and end first (e)
tui-se-edit-label = edit session `{ $id }`
tui-se-move-rest-title = Move `{ $id }` and the rest of the day?
tui-se-one-edit = One edit whichever you choose: u undoes it.
# $n: how many sessions are held back (fixed, or would cross midnight).
tui-se-leave-fixed = { $n ->
    [1] leave that one where it is, shift the rest
   *[other] leave those where they are, shift the rest
}
# $n: how many of them are fixed.
tui-se-move-fixed = { $n ->
    [1] move the fixed one too
   *[other] move the fixed ones too
}
tui-se-cancel = cancel: change nothing
tui-se-past-midnight = { $start } plus { $n } minutes runs past midnight
tui-se-start-first = set a start time first (e)
tui-se-resize-rest-title = Change the end of `{ $id }` and shift the rest?

## What an edit is called in the status line and after undo (src/edit, src/followups)

edit-add-session = add session `{ $id }`
edit-staff-day = staff the { $lang } booth on { $date } with { $team }
edit-staff-meeting = staff the { $lang } booth on every day with { $team }
edit-duplicate-session = duplicate session as `{ $id }`
edit-delete-session = delete session `{ $id }`
edit-move-session = move session `{ $id }`
edit-moved-with-others = { $what } ({ $n ->
    [one] 1 more session moved with it
   *[other] { $n } more sessions moved with it
})
edit-resize-session = resize session `{ $id }`
edit-add-participant = add participant `{ $id }`
edit-remove-participant = remove participant `{ $id }`
edit-add-follow-up = add follow-up `{ $id }`
edit-delete-follow-up = delete follow-up `{ $id }`
edit-mark-follow-up = mark `{ $id }` { $status }
edit-note-on = note on `{ $id }`
edit-move-due = move `{ $id }` to { $date }
edit-clear-due = clear the due date of `{ $id }`
edit-place-session = place session `{ $id }`
edit-shift-day = shift { $day } from { $from } by { $by }m
edit-merge-people = merge { $other } into { $keep }
edit-carry-over = carry over open follow-ups from `{ $previous }`
edit-import-registrations = import registrations
edit-run-alongside = run `{ $id }` alongside
edit-stop-alongside = no longer run `{ $id }` alongside
edit-stale = the edit no longer fits the document (it changed underneath); nothing was applied
edit-no-such = there is no { $kind ->
   *[other] { $kind }
} number { $n }
edit-id-taken-session = the id `{ $id }` is taken by another session
edit-id-taken-participant = the id `{ $id }` is taken by another participant
edit-move-past-midnight = starting at { $start }, a { $len }-minute session would run past midnight
edit-start-first = set a start time first
edit-end-before-start = the end ({ $end }) must be after the start ({ $start })
merge-unknown = no participant `{ $id }` in this meeting
merge-same = `{ $id }` cannot be merged with itself; pick the other record of the person
fu-error-no-follow-up = there is no follow-up number { $n } in this meeting
fu-error-no-session = there is no session `{ $id }` in this meeting
fu-error-empty-note = a progress note needs some text
fu-error-empty-title = a follow-up needs a title
carry-no-series = the new meeting has no `series`; carry-over links meetings of one series
carry-other-series = `{ $previous }` is of series `{ $found }`, not `{ $expected }`
carry-not-earlier = `{ $previous }` does not start before the new meeting

## Why a shift of the later sessions stops short (src/edit/shift.rs); the parts are joined by "; "

edit-shift-fixed = { $n ->
   *[other] { $ids } is marked fixed
}
edit-shift-past-midnight = { $n ->
   *[other] { $ids } would run past midnight and stays where it is
}
edit-shift-refused = { $question }: move it first, or do not shift the rest


## A due date typed in a prompt (src/followups/when.rs)

due-help = type a date as YYYY-MM-DD, or +14d, +2w, +1m from today, or `none` to clear it
due-none-given = no due date given; { $help }
due-not-distance = `{ $text }` is not a distance; { $help }
due-unknown-unit = unknown unit `{ $unit }` in `{ $text }`; { $help }
due-too-far = `{ $text }` is too far ahead
due-not-date = `{ $text }` is not a date; { $help }

tui-no-meetings = no meetings

## The slot finder in the TUI (F on a session; src/tui/app/editing/slot_finder.rs)

ui-In-the-slot-finder-F-on-a-session = In the slot finder (F on a session)
ui-the-free-time-above = the free time above
ui-the-free-time-below = the free time below
ui-choose = choose
ui-move-the-session-to-the-chosen-time-u-undoes-it = move the session to the chosen time (u undoes it)
ui-move-there = move there
ui-close-the-slot-finder-changing-nothing = close the slot finder, changing nothing
ui-find-a-free-time-for-the-session-ranked-slots-near-misses-and-why = find a free time for the session: ranked slots, near misses and why
ui-find-slot = find slot
tui-slot-title = Free times for `{ $id }`
tui-slot-hint = ↑↓ choose · Enter move there · Esc close
tui-slot-heading = { $n ->
    [one] { $n } free time
   *[other] { $n } free times
} for { $minutes } min, best first:
tui-slot-none-free = No free time on the meeting's days.
tui-slot-near = Near misses, each ruled out by one thing:
tui-slot-why-now = where it is now
tui-slot-why-same-day = same day, { $minutes } min off
tui-slot-why-other-day = another day
tui-slot-why-spare = an hour to spare
tui-slot-why-tight = { $minutes } min to someone's hours' edge
tui-slot-room-taken = room `{ $room }` is taken by `{ $session }` ({ $span })
tui-slot-break = the break `{ $session }` ({ $span })
tui-slot-booked = { $name } is in `{ $session }` ({ $span })
tui-slot-local-time = { $name } would be at { $local } in { $zone }, outside { $hours }
tui-slot-interpreter-day = interpreter { $name } would be in the booth { $minutes } min that day, over { $max }

## A country's name by its ISO 3166-1 code (domain::codes::country_said): the English
## is the name Plenary printed before (celes); Russian in its usual short form

country-AD = Andorra
country-AE = The United Arab Emirates
country-AF = Afghanistan
country-AG = Antigua And Barbuda
country-AI = Anguilla
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antarctica
country-AR = Argentina
country-AS = American Samoa
country-AT = Austria
country-AU = Australia
country-AW = Aruba
country-AX = Aland Islands
country-AZ = Azerbaijan
country-BA = Bosnia And Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Belgium
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Bahrain
country-BI = Burundi
country-BJ = Benin
country-BL = Saint Barthelemy
country-BM = Bermuda
country-BN = Brunei Darussalam
country-BO = Bolivia
country-BQ = Bonaire
country-BR = Brazil
country-BS = The Bahamas
country-BT = Bhutan
country-BV = Bouvet Island
country-BW = Botswana
country-BY = Belarus
country-BZ = Belize
country-CA = Canada
country-CC = The Cocos Keeling Islands
country-CD = The Democratic Republic Of The Congo
country-CF = The Central African Republic
country-CG = The Congo
country-CH = Switzerland
country-CI = Coted Ivoire
country-CK = The Cook Islands
country-CL = Chile
country-CM = Cameroon
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cabo Verde
country-CW = Curacao
country-CX = Christmas Island
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DJ = Djibouti
country-DK = Denmark
country-DM = Dominica
country-DO = The Dominican Republic
country-DZ = Algeria
country-EC = Ecuador
country-EE = Estonia
country-EG = Egypt
country-EH = Western Sahara
country-ER = Eritrea
country-ES = Spain
country-ET = Ethiopia
country-FI = Finland
country-FJ = Fiji
country-FK = The Falkland Islands Malvinas
country-FM = Federated States Of Micronesia
country-FO = The Faroe Islands
country-FR = France
country-GA = Gabon
country-GB = The United Kingdom Of Great Britain And Northern Ireland
country-GD = Grenada
country-GE = Georgia
country-GF = French Guiana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Greenland
country-GM = The Gambia
country-GN = Guinea
country-GP = Guadeloupe
country-GQ = Equatorial Guinea
country-GR = Greece
country-GS = South Georgia And The South Sandwich Islands
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea Bissau
country-GY = Guyana
country-HK = Hong Kong
country-HM = Heard Island And Mc Donald Islands
country-HN = Honduras
country-HR = Croatia
country-HT = Haiti
country-HU = Hungary
country-ID = Indonesia
country-IE = Ireland
country-IL = Israel
country-IM = Isle Of Man
country-IN = India
country-IO = British Indian Ocean Territory
country-IQ = Iraq
country-IR = Islamic Republic Of Iran
country-IS = Iceland
country-IT = Italy
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordan
country-JP = Japan
country-KE = Kenya
country-KG = Kyrgyzstan
country-KH = Cambodia
country-KI = Kiribati
country-KM = The Comoros
country-KN = Saint Kitts And Nevis
country-KP = The Democratic Peoples Republic Of Korea
country-KR = The Republic Of Korea
country-KW = Kuwait
country-KY = The Cayman Islands
country-KZ = Kazakhstan
country-LA = The Lao Peoples Democratic Republic
country-LB = Lebanon
country-LC = Saint Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-LY = Libya
country-MA = Morocco
country-MC = Monaco
country-MD = The Republic Of Moldova
country-ME = Montenegro
country-MF = French Part Saint Martin
country-MG = Madagascar
country-MH = The Marshall Islands
country-MK = Republic Of North Macedonia
country-ML = Mali
country-MM = Myanmar
country-MN = Mongolia
country-MO = Macao
country-MP = The Northern Mariana Islands
country-MQ = Martinique
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldives
country-MW = Malawi
country-MX = Mexico
country-MY = Malaysia
country-MZ = Mozambique
country-NA = Namibia
country-NC = New Caledonia
country-NE = The Niger
country-NF = Norfolk Island
country-NG = Nigeria
country-NI = Nicaragua
country-NL = The Netherlands
country-NO = Norway
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = New Zealand
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = French Polynesia
country-PG = Papua New Guinea
country-PH = The Philippines
country-PK = Pakistan
country-PL = Poland
country-PM = Saint Pierre And Miquelon
country-PN = Pitcairn
country-PR = Puerto Rico
country-PS = State Of Palestine
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Qatar
country-RE = Reunion
country-RO = Romania
country-RS = Serbia
country-RU = The Russian Federation
country-RW = Rwanda
country-SA = Saudi Arabia
country-SB = Solomon Islands
country-SC = Seychelles
country-SD = The Sudan
country-SE = Sweden
country-SG = Singapore
country-SH = Ascension And Tristan Da Cunha Saint Helena
country-SI = Slovenia
country-SJ = Svalbard And Jan Mayen
country-SK = Slovakia
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Suriname
country-SS = South Sudan
country-ST = Sao Tome And Principe
country-SV = El Salvador
country-SX = Dutch Part Sint Maarten
country-SY = Syrian Arab Republic
country-SZ = Eswatini
country-TC = The Turks And Caicos Islands
country-TD = Chad
country-TF = The French Southern Territories
country-TG = Togo
country-TH = Thailand
country-TJ = Tajikistan
country-TK = Tokelau
country-TL = Timor Leste
country-TM = Turkmenistan
country-TN = Tunisia
country-TO = Tonga
country-TR = Türkiye
country-TT = Trinidad And Tobago
country-TV = Tuvalu
country-TW = Taiwan, Republic Of China
country-TZ = United Republic Of Tanzania
country-UA = Ukraine
country-UG = Uganda
country-UM = The United States Minor Outlying Islands
country-US = The United States Of America
country-UY = Uruguay
country-UZ = Uzbekistan
country-VA = The Holy See
country-VC = Saint Vincent And The Grenadines
country-VE = Bolivarian Republic Of Venezuela
country-VG = British Virgin Islands
country-VI = US Virgin Islands
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis And Futuna
country-WS = Samoa
country-XK = Kosovo
country-YE = Yemen
country-YT = Mayotte
country-ZA = South Africa
country-ZM = Zambia
country-ZW = Zimbabwe
