# Сообщения Plenary по-русски. Ключи те же, что в en.ftl
# (tests/i18n_catalogue.rs проверяет, что ни один не пропущен).
# Имена полей, идентификаторы и значения из файлов не переводятся:
# это интерфейс данных.

## Общие слова

at-line = строка { $line }
severity-error = ошибка
severity-warning = предупреждение
hint-label = подсказка
count-errors = { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}
count-warnings = { $n ->
    [one] { $n } предупреждение
    [few] { $n } предупреждения
   *[many] { $n } предупреждений
}
count-participants = { $n ->
    [one] { $n } участник
    [few] { $n } участника
   *[many] { $n } участников
}
count-sessions = { $n ->
    [one] { $n } заседание
    [few] { $n } заседания
   *[many] { $n } заседаний
}
did-you-mean = может быть, `{ $name }`?
did-you-mean-named = может быть, `{ $code }` ({ $name })?

## plenary check: значения, неверные сами по себе

meeting-empty-title = у встречи пустое название
meeting-ends-before-start = встреча заканчивается ({ $end }) раньше, чем начинается ({ $start })
meeting-ends-before-start-hint = поменяйте местами `start_date` и `end_date`
speaking-hours-reversed = `speaking_hours` заканчиваются в { $to }, не позже начала в { $from }
speaking-hours-reversed-hint = укажите часы дня выступающего, например {"{"}from: "07:00", to: "22:00"{"}"}
participant-empty-id = у участника пустой `id`
participant-empty-name = у участника `{ $id }` пустое имя
email-looks-wrong = `{ $email }` не похоже на адрес электронной почты
session-empty-id = у заседания пустой `id`
session-empty-title = у заседания `{ $id }` пустое название
session-outside-days = заседание { $session } назначено на { $date }, вне дней встречи (с { $start } по { $end })
session-outside-days-hint = перенесите заседание или расширьте дни встречи (`start_date` / `end_date`)
item-empty-title = у пункта пустое название
session-ends-before-start = заседание { $session } заканчивается в { $end }, не позже начала в { $start }
session-ends-before-start-hint = заседание, которое идёт после полуночи, записывается как два заседания, по одному на день
session-start-without-end = у заседания { $session } есть время начала, но нет времени окончания
session-end-without-start = у заседания { $session } есть время окончания, но нет времени начала
session-end-date-not-after = у заседания { $session } `end_date` { $end } не позже его `date` { $date }
session-end-date-not-after-hint = для однодневного заседания не указывайте `end_date`; это последний день многодневного
session-past-last-day = заседание { $session } идёт до { $end }, после последнего дня встречи { $last }
session-past-last-day-hint = сократите `end_date` заседания или продлите `end_date` встречи
followup-empty-id = у поручения пустой `id`
followup-empty-title = у поручения `{ $id }` пустое название

## plenary check: идентификаторы и ссылки

role-participant = участника
role-session = заседания
role-follow-up = поручения
role-chair = председатель
role-speaker = докладчик
role-interpreter = переводчик
duplicate-id = повторный id { $kind } `{ $id }`: первый — { $first }
duplicate-id-hint = id должны быть уникальны в пределах встречи; переименуйте один из них
not-on-roster = { $role } `{ $id }` отсутствует в списке участников
not-on-roster-hint = сначала добавьте его в `participants` или исправьте id
owner-not-on-roster = ответственный `{ $id }` отсутствует в списке участников
owner-not-on-roster-hint = `owner` — это id участника; организацию или страну укажите в `owner_org`
followup-no-owner = у поручения `{ $id }` нет ответственного
followup-no-owner-hint = укажите `owner` (id участника) или `owner_org` (организацию или страну)
session-does-not-exist = заседания `{ $id }` в этой встрече нет
session-does-not-exist-hint = укажите `id` одного из заседаний этой встречи

## plenary check: коды

unknown-language = неизвестный код языка `{ $code }`
unknown-language-hint = укажите двухбуквенный код ISO 639-1, например `en`, `ru`, `kk`
unknown-country = неизвестный код страны `{ $code }`
unknown-country-hint = укажите двухбуквенный код ISO 3166-1, например `KZ`, `KG`, `UZ`

## plenary check: поручения

word-due = был
word-due-proposed = предположительно был
followup-overdue = срок поручения `{ $id }` { $due_word } { $due }, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад, а его статус всё ещё { $status }
followup-overdue-owned = срок поручения `{ $id }` { $due_word } { $due }, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад, а его статус всё ещё { $status } (ответственный: { $owner })
followup-overdue-hint = отметьте его выполненным (done) или снятым (dropped) либо перенесите срок
followup-overdue-proposed-hint = срок был только предложен: утвердите дату либо отметьте поручение выполненным (done) или снятым (dropped)
followup-closed-but-open = у поручения `{ $id }` есть дата `closed`, но его статус { $status }
followup-carried-from-bad = `carried_from` поручения `{ $id }` равно `{ $value }` и не указывает ни на одно поручение
followup-carried-from-bad-hint = пишите `имя-файла#id-поручения`, например `2022-10-casie#action-plan-kz`
followup-log-out-of-order = журнал поручения `{ $id }` не по порядку: { $later } идёт после { $earlier }
followup-log-out-of-order-hint = записи о ходе работы идут от старых к новым

## plenary check: языки

session-language-not-working = заседание { $session } проходит на языке { $language } (`{ $code }`), который не является рабочим языком встречи ({ $languages })
session-language-not-working-hint = добавьте `{ $code }` в `languages` встречи или смените язык заседания
interpreted-into-floor = заседание { $session } переводится на `{ $code }`, но это уже его язык
participant-no-language = { $name } (`{ $id }`) говорит на { $languages }, но ни одно заседание не ведётся и не переводится на эти языки
participant-no-language-hint = добавьте канал перевода или проверьте языки участника

## plenary check: накладки

room-double-booked = зал `{ $room }` занят дважды: { $a } и { $b } пересекаются { $date }
room-double-booked-hint = перенесите одно из заседаний или дайте ему другой зал; если зал общий намеренно, отметьте одно `alongside: true`
person-double-booked = { $name } (`{ $id }`) занят(а) в двух заседаниях одновременно: { $a } и { $b }
person-double-booked-hint = человек может вести одно заседание или выступать в одном заседании одновременно; отметьте заседание `alongside: true`, если оно намеренно идёт параллельно (выставка)
chair-declined = председатель `{ $id }` заседания { $session } отказался
chair-declined-hint = выберите другого председателя или обновите статус участника
speaker-declined = докладчик `{ $id }` заседания { $session } отказался
speaker-declined-hint = найдите другого докладчика или обновите статус участника

## Файл настроек

config-not-utf8 = файл настроек не в кодировке UTF-8; ничего из него не использовано
config-syntax = синтаксическая ошибка TOML: { $what }; ничего из файла не использовано
config-syntax-hint = каждая настройка — одна строка `ключ = значение`, текст в кавычках, например `ui_lang = "ru"`
config-unknown-key = неизвестная настройка `{ $key }`
config-known-keys = настройки: { $keys }
config-bad-value = `{ $key }` не может быть { $value }
config-plain-hint = { $text }
config-ui-lang-hint = укажите "en" или "ru"
config-speaking-hours-hint = укажите окно местного времени выступающих, например "07:00-22:00" (конец после начала)
config-display-zone-hint = укажите название часового пояса IANA в кавычках, например "Asia/Almaty"
config-colours-hint = укажите true или false (без кавычек)
config-agendas-hint = укажите папку в кавычках, например "/srv/agendas"
config-file-read = файл настроек: { $file }
config-file-missing = файл настроек: { $file } (его нет: у всех настроек значения по умолчанию; docs/config.md)
config-file-none = файла настроек нет: не заданы ни XDG_CONFIG_HOME, ни HOME
config-zone-unset = display_zone не задан: каждая встреча показывается в своём часовом поясе
config-from-default = по умолчанию
config-from-file = из { $place }
config-from-env = из окружения, { $var }
config-from-flag = из командной строки, { $flag }

## plenary check: итог

check-summary = проверено: { $meetings } в { $files }: { $errors }, { $warnings }
check-no-files = файлов встреч (*.yaml) не найдено в { $paths }
count-meetings = { $n ->
    [one] { $n } встреча
    [few] { $n } встречи
   *[many] { $n } встреч
}
count-files = { $n ->
    [one] { $n } файле
   *[other] { $n } файлах
}

## Справка командной строки (src/cli/help.rs)

cli--today = Дата, которую считать сегодняшней (ГГГГ-ММ-ДД), для воспроизводимых отчётов
cli--path = Папка с программами или файл одной встречи (по умолчанию agendas/)
cli--no_cache = Читать каждый файл целиком, без кэша загруженных встреч (он хранится в $PLENARY_CACHE_DIR, иначе в папке кэша пользователя)
cli--tz = Открыть интерфейс с временем расписания в этом поясе IANA (`z`, `Z` и Esc меняют его)
cli--ui_lang = Язык интерфейса, важнее файла настроек и локали (LC_ALL, LC_MESSAGES, LANG)
cli-check = Проверить программы встреч; каждая проблема выводится как файл:строка:столбец
cli-check-paths = Файлы встреч или папки с ними (по умолчанию agendas/)
cli-check-deny_warnings = Считать неудачей и предупреждения
cli-fmt = Переписать программы в каноническом виде (как cargo fmt)
cli-fmt-check = Только сообщить о файлах не в каноническом виде; код выхода 1, если такие есть
cli-fmt-drop_comments = Переписать, даже если комментарию не к чему привязаться (копия `.bak` их сохранит)
cli-fmt-paths = Файлы встреч или папки с ними (по умолчанию agendas/)
cli-followups = Поручения по всем встречам, по сроку; просроченные отмечены
cli-followups-paths = Файлы встреч или папки с ними (по умолчанию agendas/)
cli-followups-overdue = Только просроченные (вместе с --due-within: любые из двух)
cli-followups-due_within = Только со сроком от сегодня до DAYS дней вперёд (вместе с --overdue: любые из двух)
cli-followups-owner = Id или имя участника, организация или owner_org; регистр, письменность и порядок слов не важны
cli-followups-status = open, in-progress, waiting, done, dropped (через запятую), либо owed (по умолчанию), closed, all
cli-followups-tag = Только с этим тегом (регистр не важен)
cli-followups-meeting = Имя файла, название или серия встречи (нестрогое совпадение, как --owner)
cli-followups-country = Страна ответственного: KZ, KAZ или Kazakhstan
cli-followups-include_carried = Показать и поручения, перенесённые в более позднюю встречу
cli-followups-group_by = Разделы таблицы
cli-followups-format = Таблица по ширине терминала или CSV / JSON со столбцами из docs/followups.md
cli-agenda = Вывести расписание встречи простым текстом, в любом часовом поясе
cli-agenda-file = Файл встречи
cli-agenda-tz = Показывать время в этом поясе IANA (например, UTC, Europe/Paris); по умолчанию — пояс встречи
cli-agenda-lang = Язык названий и подписей (ISO 639-1; подписи есть на en и ru)
cli-agenda-width = Переносить строки на этой ширине; 0 — не переносить
cli-interpretation = Вывести план устного перевода встречи: кабины, нагрузка, смены
cli-interpretation-file = Файл встречи
cli-interpretation-session = Только это заседание (его id), с планом смен
cli-interpretation-turns = Вывести план смен каждой укомплектованной кабины
cli-interpretation-tz = Показывать время в этом поясе IANA; по умолчанию — пояс встречи
cli-interpretation-lang = Язык названий и имён (ISO 639-1)
cli-interpretation-width = Переносить строки на этой ширине; 0 — не переносить
cli-roster = Регистрации на вход (импорт из Indico, Zoom, Google Forms, Excel) и список участников на выход (экспорт)
cli-people = По строке на человека по всем встречам: встречи, роли, заседания, поручения
cli-people-args = Папки или файлы встреч (по умолчанию agendas/), затем необязательный поиск (любое слово, не являющееся существующим путём): имя в любой письменности, организация, страна
cli-merge = Слить две версии программы с их общим предком (драйвер слияния git: %O %A %B)
cli-merge-base = Общий предок (%O в git)
cli-merge-ours = Наша версия (%A в git); результат слияния пишется сюда
cli-merge-theirs = Их версия (%B в git)
cli-slots = Найти свободное время для заседания: по рангу, в поясе встречи, с почти подходящими
cli-slots-file = Файл встречи
cli-slots-session = Заседание, для которого искать время (его id); не указывайте для нового
cli-slots-with = Для нового заседания: кого оно занимает (id через запятую)
cli-slots-room = Для нового заседания: его зал
cli-slots-length = Длительность, например 90m, 1h30 (по умолчанию — длительность заседания, иначе 60m)
cli-slots-step = Шаг перебора времени начала, например 15m, 30m
cli-slots-limit = Сколько свободных вариантов вывести
cli-slots-near = Сколько почти подходящих вариантов вывести
cli-export = Опубликовать встречу: программа (html, md), календарь (ics), ленты для приложений (frab-xml, schedule-json)
cli-export-file = Файл встречи
cli-export-format = html, md, ics, frab-xml или schedule-json
cli-export-lang = Языки названий и подписей, первый — основной: en, ru или en,ru
cli-export-tz = Показывать время в этом поясе IANA (например, UTC); по умолчанию — пояс встречи
cli-export-session = Только это заседание (по id)
cli-export-room = Только заседания в этом зале (по названию)
cli-export-person = Только заседания, которые этот участник ведёт, где выступает или переводит (по id)
cli-export-tzid = Календари: местное время с TZID и VTIMEZONE вместо UTC
cli-export-output = Записать сюда, а не в стандартный вывод
cli-import = Прочитать расписание pretalx или frab (schedule.json / schedule.xml) в новый файл программы
cli-import-file = schedule.json или schedule.xml, который прочитать
cli-import-output = Файл программы, который записать (его ещё не должно быть)
cli-schema = Вывести JSON Schema (draft-07) формата программы, для редакторов
cli-config = Вывести действующие настройки и откуда взялась каждая (docs/config.md)

## plenary followups: таблица; столбцы CSV и JSON остаются английскими

fu-col-due = СРОК
fu-col-state = СОСТОЯНИЕ
fu-col-status = СТАТУС
fu-col-meeting = ВСТРЕЧА
fu-col-id = ID
fu-col-owner = ОТВЕТСТВЕННЫЙ
fu-col-title = НАЗВАНИЕ
fu-state-overdue-proposed = срок (предложен) { $days } дн. назад
fu-state-overdue = ПРОСРОЧЕНО { $days } дн.
fu-state-today = сегодня
fu-state-in = через { $days } дн.
fu-state-closed = закрыто
fu-state-no-date = без срока
fu-proposed = (предложено)
fu-summary-none = подходящих поручений нет (сегодня { $today })
fu-summary = { $total }: { $parts } (сегодня { $today })
fu-part-overdue = просрочено: { $n }
fu-part-due-soon = со сроком в ближайшие { $days } дн.: { $n }
fu-part-later = позже: { $n }
fu-part-no-date = без срока: { $n }
fu-part-closed = закрыто: { $n }
count-follow-ups = { $n ->
    [one] { $n } поручение
    [few] { $n } поручения
   *[many] { $n } поручений
}

## Чтение файла: поля и значения

unknown-field = неизвестное поле `{ $field }`
known-fields = поля, известные здесь: { $fields }
unknown-value = неизвестное значение `{ $value }`
expected-one-of = ожидается одно из: { $values }
missing-field = нет обязательного поля `{ $field }`
missing-field-hint = добавьте здесь `{ $field }: ...`; в docs/format.md сказано, что нужно каждой записи
field-twice = поле `{ $field }` указано дважды
field-twice-hint = оставьте одно из них
merge-key = ключ слияния YAML (`<<: *name`) в программах не поддерживается
merge-key-hint = выпишите поля в каждой записи (ссылка `*name` на значение целиком по-прежнему работает)

## plenary check: местное время выступающего

local-role-chair = председатель
local-role-speaker = докладчик
local-from-timezone = по его `timezone`
local-from-country = по стране, { $country }
local-from-room = в зале
local-time-outside = { $role } { $name } (`{ $id }`) занят(а) в { $when } по своему времени ({ $zone }, { $from }) на заседании { $session }: вне окна { $window_from }-{ $window_to } (правило: местное время выступающего)
local-time-outside-hint = перенесите заседание или проверьте `timezone` / `country` участника

## plenary check: предварительные поля

tent-of-meeting = встречи
tent-of-participant = участника
tent-of-session = заседания
tent-of-item = пункта
tent-of-channel = канала перевода
tent-of-follow-up = поручения
tentative-fields-here = поля, которые здесь могут быть предварительными: { $fields }
tentative-not-single = `{ $name }` не может быть предварительным: так отмечаются только отдельные значения { $what }
tentative-no-field = `{ $name }` в `tentative` не называет ни одного поля { $what }
