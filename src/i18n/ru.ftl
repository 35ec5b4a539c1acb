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
item-empty-title = у пункта нет ни названия, ни выступающего
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
} назад, а его статус всё ещё «{ $status }»
followup-overdue-owned = срок поручения `{ $id }` { $due_word } { $due }, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад, а его статус всё ещё «{ $status }» (ответственный: { $owner })
followup-overdue-hint = отметьте его выполненным (done) или снятым (dropped) либо перенесите срок
followup-overdue-proposed-hint = срок был только предложен: утвердите дату либо отметьте поручение выполненным (done) или снятым (dropped)
followup-closed-but-open = у поручения `{ $id }` есть дата `closed`, но его статус «{ $status }»
followup-carried-from-bad = `carried_from` поручения `{ $id }` равно `{ $value }` и не указывает ни на одно поручение
followup-carried-from-bad-hint = пишите `имя-файла#id-поручения`, например `2022-10-casie#action-plan-kz`
followup-log-out-of-order = журнал поручения `{ $id }` не по порядку: { $later } идёт после { $earlier }
followup-log-out-of-order-hint = записи о ходе работы идут от старых к новым

## plenary check: языки

session-language-not-working = язык заседания { $session } — { $language } (`{ $code }`), а он не рабочий язык встречи ({ $languages })
session-language-not-working-hint = добавьте `{ $code }` в `languages` встречи или смените язык заседания
interpreted-into-floor = заседание { $session } переводится на `{ $code }`, но это уже его язык
participant-no-language = { $name } (`{ $id }`) говорит на { $languages }, но ни одно заседание не ведётся и не переводится на эти языки
participant-no-language-hint = добавьте канал перевода или проверьте языки участника

## plenary check: накладки

room-double-booked = зал `{ $room }` занят дважды: { $a } и { $b } пересекаются { $date }
room-double-booked-hint = перенесите одно из заседаний или дайте ему другой зал; если зал общий намеренно, отметьте одно `alongside: true`
break-overlap-room = { $session } пересекается с перерывом { $brk } с { $from } до { $to } в зале `{ $room }` { $date }
break-overlap-all = { $session } пересекается с перерывом { $brk } с { $from } до { $to } { $date }; у перерыва нет зала, значит, он общий для всех
break-overlap-hint = закончите заседание до перерыва или начните его после, перенесите перерыв или отметьте заседание `alongside: true`, если оно намеренно идёт во время перерыва
person-double-booked = { $name } (`{ $id }`) занят(а) в двух заседаниях одновременно: { $a } и { $b }
person-double-booked-hint = человек может вести одно заседание или выступать в одном заседании одновременно; отметьте заседание `alongside: true`, если оно намеренно идёт параллельно (выставка)
chair-declined = у председателя `{ $id }` заседания { $session } статус «отказ»
chair-declined-hint = выберите другого председателя или обновите статус участника
speaker-declined = у докладчика `{ $id }` заседания { $session } статус «отказ»
speaker-declined-hint = найдите другого докладчика или обновите статус участника

## Файл настроек

config-not-utf8 = файл настроек не в кодировке UTF-8; ничего из него не использовано
config-syntax = синтаксическая ошибка TOML: { $what }; ничего из файла не использовано
config-syntax-hint = каждая настройка — одна строка `ключ = значение`, текст в кавычках, например `ui_lang = "ru"`

## Причины синтаксических ошибок TOML в файле настроек (src/settings/toml_words.rs)

toml-reason-expected = { $what }, ожидается: { $list }
toml-dotted = значение типа «{ $kind }» нельзя дополнить ключом с точкой
list-more = { $first }, { $rest }
toml-d-underscore = `_` можно ставить только между цифрами
toml-d-basic-string = неверная строка в кавычках
toml-d-multiline-string = неверная многострочная строка
toml-d-recursion = слишком глубокая вложенность
toml-d-recursion-limit = слишком глубокая вложенность
toml-d-carriage-return = за возвратом каретки (CR) должен идти перевод строки
toml-d-extra-equals = лишний `=`
toml-d-extra-assignment = лишнее присваивание между парами «ключ = значение»
toml-d-extra-comma-array = лишняя запятая в массиве
toml-d-extra-comma-table = лишняя запятая во встроенной таблице
toml-d-radix-signed = у числа с основанием (0x, 0o, 0b) не бывает знака
toml-d-comment-char = недопустимый символ в комментарии
toml-d-inline-element = неверный элемент встроенной таблицы
toml-d-key-value = неверная пара «ключ = значение»
toml-d-unquoted-key = недопустимый ключ без кавычек
toml-d-value = недопустимое значение
toml-d-key-no-value = ключ без значения
toml-d-key-multiline-basic = ключ не может быть многострочной строкой
toml-d-key-multiline-literal = ключ не может быть многострочной строкой
toml-d-array-opening = не хватает открывающей `[` массива
toml-d-assignment = не хватает `=` между ключом и значением
toml-d-comma-array = не хватает запятой между элементами массива
toml-d-comma-pairs = не хватает запятой между парами «ключ = значение»
toml-d-comment-start = не хватает `#` в начале комментария
toml-d-escape = после `\` не хватает символа
toml-d-inline-opening = не хватает открывающей `{"{"}` встроенной таблицы
toml-d-inline-key = у элемента встроенной таблицы нет ключа
toml-d-opening-quote = не хватает открывающей кавычки
toml-d-table-open = не хватает открывающей `[` таблицы
toml-d-missing-value = не хватает значения
toml-d-missing-value-for-key = у ключа нет значения
toml-d-radix-lowercase = основание числа пишется строчной буквой (0x, 0o, 0b)
toml-d-redundant-prefix = лишний префикс числа
toml-d-redundant-sign = лишний знак числа
toml-d-unquoted-string = текст нужно брать в кавычки
toml-d-unicode-digits = слишком мало цифр в коде символа Юникода
toml-d-unclosed-array = массив не закрыт `]`
toml-d-unclosed-array-table = заголовок массива таблиц не закрыт `]]`
toml-d-unclosed-inline-table = встроенная таблица не закрыта `{"}"}`
toml-d-unclosed-table = заголовок таблицы не закрыт `]`
toml-d-equals-in-array = неожиданный `=` в массиве
toml-d-content = неожиданное содержимое
toml-d-after-comment = неожиданное содержимое между комментарием и концом строки
toml-d-key-or-value = неожиданный ключ или значение
toml-d-leading-zero = неожиданный ноль в начале числа
toml-d-sign = неожиданный знак
toml-d-empty-key = ключ без кавычек не может быть пустым
toml-d-duplicate-key = ключ указан дважды
toml-d-empty-table = ожидается пустая таблица
toml-d-empty-array = ожидается пустой массив
toml-d-integer-overflow = целое число слишком большое
toml-d-float-overflow = дробное число слишком большое
toml-d-string-or-table = ожидается текст или таблица
toml-e-key = ключ
toml-e-value = значение
toml-e-numbers = цифры
toml-e-digits = цифры
toml-e-literal-string = строка в одинарных кавычках
toml-e-basic-string = строка в кавычках
toml-e-multiline-basic = многострочная строка
toml-e-letters = буквы
toml-e-unicode-hex = шестнадцатеричный код символа Юникода
toml-e-printable = печатные символы
toml-e-visible-no-single = видимые символы, кроме одинарной кавычки
toml-e-no-single = символы, кроме одинарной кавычки
toml-e-visible-no-double = видимые символы, кроме двойной кавычки
toml-e-characters = символы
toml-e-newline = конец строки
toml-e-nothing = ничего
toml-t-string = текст
toml-t-integer = целое число
toml-t-float = дробное число
toml-t-boolean = логическое значение
toml-t-datetime = дата и время
toml-t-array = массив
toml-t-table = таблица
toml-t-inline-table = встроенная таблица

## Слова toml_datetime о дате или времени, которых не бывает (src/settings/toml_words.rs)

toml-dt-date = неверная дата
toml-dt-time = неверное время
toml-dt-offset = неверный сдвиг от UTC
toml-dt-datetime = неверные дата и время
toml-dt-day-range = день от 01 до { $max }
toml-dt-e-year-or-hour = год или час
toml-dt-e-dash-or-colon = `-` (ГГГГ-ММ) или `:` (ЧЧ:ММ)
toml-dt-e-month = месяц
toml-dt-e-dash-day = `-` (ММ-ДД)
toml-dt-e-day = день
toml-dt-e-year-digits = год из четырёх цифр (ГГГГ)
toml-dt-e-month-digits = месяц из двух цифр (ММ)
toml-dt-e-day-digits = день из двух цифр (ДД)
toml-dt-e-month-range = месяц от 01 до 12
toml-dt-e-t = `T` между датой и временем
toml-dt-e-hour = час
toml-dt-e-colon = `:` (ЧЧ:ММ)
toml-dt-e-minute = минуты
toml-dt-e-second = секунды
toml-dt-e-nanosecond = доли секунды
toml-dt-e-hour-digits = час из двух цифр (ЧЧ)
toml-dt-e-minute-digits = минуты из двух цифр (ММ)
toml-dt-e-second-digits = секунды из двух цифр (СС)
toml-dt-e-hour-range = час от 00 до 23
toml-dt-e-minute-range = минуты от 00 до 59
toml-dt-e-second-range = секунды от 00 до 60
toml-dt-e-nanoseconds-overflow = слишком много цифр в долях секунды
toml-dt-e-offset-hours = часы от 00 до 23
toml-dt-e-offset-minutes = минуты от 00 до 59
toml-dt-e-zone = `Z`, +СДВИГ или -СДВИГ

## Таблица plenary people (src/cli/people.rs); её CSV и JSON остаются английскими

people-col-name = ИМЯ
people-col-country = СТР.
people-col-organization = ОРГАНИЗАЦИЯ
people-col-rest = ВСТРЕЧИ (РОЛЬ); ЗАСЕДАНИЯ; ПОРУЧЕНИЯ
people-owns = поручения: { $ids }
people-count = { $n ->
    [one] { $n } человек
    [few] { $n } человека
   *[many] { $n } человек
}
people-per-meeting = Людей по встречам и странам:
people-chair-of = председатель `{ $id }`
people-speaker-in = докладчик в `{ $id }`
people-interpreter-in = переводчик в `{ $id }`
people-json-failed = не удалось записать JSON: { $why }
sheet-lang-unknown = неизвестный язык `{ $lang }`
sheet-lang-hint-one = укажите двухбуквенный код ISO 639-1, например `en` или `ru`
sheet-lang-hint-many = укажите двухбуквенные коды ISO 639-1, например `en` или `en,ru`
sheet-lang-none = в --lang не указан ни один язык
sheet-lang-none-hint = напишите `en`, `ru` или `en,ru`
sheet-format-unknown = неизвестный формат `{ $format }`
sheet-format-hint = используйте один из: { $formats }
export-over-agenda = { $file } — это сам файл встречи; экспорт не должен его заменять
export-over-roster = { $file } — это список участников встречи; экспорт не должен его заменять
export-over-source-hint = запишите экспорт в отдельный файл, например `-o { $file }`
export-over-foreign = { $file } уже есть и не является прежним экспортом; не перезаписываю его
export-over-foreign-hint = выберите другое имя или добавьте `--force`, чтобы заменить его
generate-over-existing = { $file } уже есть; не перезаписываю его
generate-over-existing-hint = выберите другое имя или добавьте `--force`, чтобы заменить его
tui-export-over-source = не экспортировано: { $why } · введите другое имя файла

## plenary slots и ненайденное заседание (src/cli/slots.rs, interpretation.rs)

sheet-no-session = заседания `{ $id }` нет
sheet-no-session-hint = укажите `id` одного из заседаний встречи
slots-no-participant = участника `{ $id }` нет
slots-no-participant-hint = укажите id участников из списка
slots-new-session = новое заседание
slots-header = Время для `{ $id }` ({ $title }, { $minutes } мин), время в поясе { $zone }; часы выступлений — с { $from } до { $to } по местному времени.
slots-none-free = В дни встречи свободного времени нет.
slots-more = ... и ещё { $n } (--limit)
slots-near-misses = Почти подходящие, каждому мешает одно:
slots-room-taken = зал `{ $room }` занят заседанием `{ $session }` ({ $span })
slots-break = перерыв `{ $session }` ({ $span })
slots-booked = { $name } (`{ $id }`) занят(а) в `{ $session }` ({ $span })
slots-local-time = у { $name } (`{ $id }`) будет { $local } ({ $zone }), вне часов { $hours }
slots-interpreter-day = { $minutes ->
    [one] переводчик { $name } (`{ $id }`) пробудет в кабине { $minutes } минуту за день, больше { $max }
    [few] переводчик { $name } (`{ $id }`) пробудет в кабине { $minutes } минуты за день, больше { $max }
   *[many] переводчик { $name } (`{ $id }`) пробудет в кабине { $minutes } минут за день, больше { $max }
}
select-none = во встрече таких нет
select-known = есть: { $names }
select-no-session = нет заседания с id `{ $id }`
select-no-room = нет заседаний в зале `{ $room }`
select-no-person = нет участника с id `{ $id }`
merge-nothing-written = ничего не записано; слейте этот файл вручную
merge-cannot-write = слитую встречу не удаётся записать
merge-conflict-in = { $path }: конфликт в { $place }
config-unknown-key = неизвестная настройка `{ $key }`
config-known-keys = настройки: { $keys }
config-bad-value = `{ $key }` не может быть { $value }
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
settings-notice = { $n ->
    [one] в файле настроек { $n } ошибка
    [few] в файле настроек { $n } ошибки
   *[many] в файле настроек { $n } ошибок
}: { $first } (все — при выходе)

## plenary check: итог

check-summary = проверено: { $meetings } в { $files }: { $errors }, { $warnings }
check-no-files = файлов встреч (*.yaml) не найдено в { $paths }
check-more-after-parse = примечание: накладки, люди, повторы id и другие проверки встречи выполняются, когда её файл читается; сначала исправьте эти ошибки
count-meetings = { $n ->
    [one] { $n } встреча
    [few] { $n } встречи
   *[many] { $n } встреч
}
count-files = { $n ->
    [one] { $n } файле
   *[other] { $n } файлах
}
discover-missing = { $path }: нет такого файла или папки
discover-default-missing = здесь нет файлов встреч: нет папки { $folder }, и в этой папке нет файлов *.yaml; перейдите в папку с программами встреч или укажите её: { $command }
discover-default-setting-missing = { $folder } (настройка `agendas`, { $place }): нет такой папки; исправьте настройку (её показывает plenary config) или укажите папку или файл: { $command }
discover-default-empty = в { $folder } нет файлов встреч (*.yaml); положите их туда или укажите другую папку или файл: { $command }
discover-broken-link = { $path }: символическая ссылка никуда не ведёт (петля или её цель удалена); направьте её на файл встречи или укажите сам файл
discover-unreadable = { $path }: не удаётся прочитать: { $why }
discover-outside = примечание: { $name }: ссылка на файл вне { $dir }; не прочитан (чтобы проверить его, укажите сам файл)
discover-dangling = примечание: { $name }: символическая ссылка никуда не ведёт (петля или её цель удалена); пропущена
check-unsaved-note = { $file }: примечание: несохранённые правки завершённого Plenary лежат в { $kept }; откройте встречу в plenary, чтобы увидеть различия и восстановить их, или удалите эту копию

## Справка командной строки (src/cli/help.rs)

cli--about = Подготовка встреч из терминала: программы, списки участников, устный перевод и поручения.
cli--today = Дата, которую считать сегодняшней (ГГГГ-ММ-ДД), для воспроизводимых отчётов
cli--path = Папка с программами или файл одной встречи (по умолчанию agendas/, а без неё эта папка, если в ней есть файлы *.yaml)
cli--no_cache = Читать каждый файл целиком, без кэша загруженных встреч (он хранится в $PLENARY_CACHE_DIR, иначе в папке кэша пользователя)
cli--tz = Открыть интерфейс с временем расписания в этом поясе IANA (`z`, `Z` и Esc меняют его)
cli--ui_lang = Язык интерфейса, важнее файла настроек и локали (LC_ALL, LC_MESSAGES, LANG)
cli-check = Проверить программы встреч; каждая проблема выводится как файл:строка:столбец
cli-check-paths = Файлы встреч или папки с ними (по умолчанию agendas/, а без неё эта папка, если в ней есть файлы *.yaml)
cli-check-deny_warnings = Считать неудачей и предупреждения
cli-fmt = Переписать программы в каноническом виде (как cargo fmt)
cli-fmt-check = Только сообщить о файлах не в каноническом виде; код выхода 1, если такие есть
cli-fmt-drop_comments = Переписать, даже если комментарию не к чему привязаться (копия `.bak` их сохранит)
cli-fmt-paths = Файлы встреч или папки с ними (по умолчанию agendas/, а без неё эта папка, если в ней есть файлы *.yaml)
cli-followups = Поручения по всем встречам, по сроку; просроченные отмечены
cli-followups-paths = Файлы встреч или папки с ними (по умолчанию agendas/, а без неё эта папка, если в ней есть файлы *.yaml)
cli-followups-overdue = Только просроченные (вместе с --due-within: любые из двух)
cli-followups-due_within = Только со сроком от сегодня до N дней вперёд (вместе с --overdue: любые из двух)
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
cli-roster-import = Внести регистрации (Indico, Zoom, Google Forms, Excel CSV/TSV) в список участников встречи
cli-roster-import-file = Файл CSV или TSV (UTF-8, UTF-16 или Windows-1251; разделитель `,` `;` или табуляция)
cli-roster-import-into = Файл встречи, в список участников которой вносятся люди
cli-roster-import-map = Столбцы, которые в файле названы иначе: "СТОЛБЕЦ=поле,..." (поля: name, first-name, last-name, middle-name, email, organization, position, country, languages, honorific, attended, ignore)
cli-roster-import-dry_run = Показать, что изменится, ничего не записывая
cli-roster-import-encoding = Читать файл в этой кодировке, а не определять её (например, windows-1251)
cli-roster-import-on_conflict = Если файл и список участников расходятся в поле: ask (в терминале — спросить о каждом; иначе перечислить и ничего не записывать), keep — оставить наше, theirs — взять из файла
cli-roster-import-accept_suggestions = Принять предложенную страну вместо написанной с опечаткой («Kazakstan» → KZ), а не оставлять поле пустым
cli-roster-export = Записать список участников для бейджей и рассылки
cli-roster-export-agenda = Файл встречи
cli-people = По строке на человека по всем встречам: встречи, роли, заседания, поручения
cli-people-args = Папки или файлы встреч (по умолчанию agendas/, а без неё эта папка, если в ней есть файлы *.yaml), затем необязательный поиск (любое слово, не являющееся существующим путём): имя в любой письменности, организация, страна
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
cli-export-force = С -o: заменить существующий файл, даже если это не прежний экспорт (но никогда не саму повестку)
cli-import = Прочитать расписание pretalx или frab (schedule.json / schedule.xml) в новый файл программы
cli-import-file = schedule.json или schedule.xml, который прочитать
cli-import-output = Файл программы, который записать (его ещё не должно быть)
cli-schema = Вывести JSON Schema (draft-07) формата программы, для редакторов
cli-generate = Записать большую созданную программу, для замеров скорости
cli-generate-output = Записать сюда, а не в стандартный вывод
cli-generate-force = С -o: заменить уже существующий файл
cli-config = Вывести действующие настройки и откуда взялась каждая (docs/config.md)

## plenary followups: таблица; столбцы CSV и JSON остаются английскими

fu-not-listed = поручения из { $file } не выведены
fu-cannot-write-json = не удаётся записать JSON: { $why }
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
did-you-mean-then = может быть, `{ $name }`? Если так, { $then }
field-belongs-on-item = у заседания нет поля `{ $field }`: оно относится к пунктам заседания (у каждого доклада в `items:` своё)
field-belongs-on-item-hint = перенесите его в `items:` заседания, в тот доклад, к которому оно относится: `- title: ...`, а под ним `{ $field }: ...` с тем же отступом, что у `title`
field-belongs-on-channel = у заседания нет поля `{ $field }`: оно относится к каналу перевода (в `interpretation:`)
field-belongs-on-channel-hint = перенесите его в `interpretation:` заседания, в ту кабину, к которой оно относится: `- to: ru`, а под ним `{ $field }: ...` с тем же отступом, что у `to`
session-languages = у заседания нет поля `languages`: заседание идёт на одном рабочем языке (`language`) и переводится через каналы `interpretation`
session-languages-hint = напишите `language: en` для языка, на котором говорят в зале, и `interpretation: [ru]` для языков, на которые заседание переводится
field-belongs-on-session = у пункта заседания нет поля `{ $field }`: оно задаётся заседанию и общее для всех его пунктов
field-belongs-on-session-hint = перенесите `{ $field }:` на уровень заседания, с тем же отступом, что у `title:` заседания; если у этого доклада оно своё, сделайте его отдельным заседанием
field-belongs-in-sessions = у встречи нет поля `{ $field }`: оно относится к заседанию
field-belongs-in-sessions-hint = перенесите его в то заседание в `sessions:`, к которому оно относится; в docs/format.md показано, где какое поле
field-belongs-in-interpreting = у участника нет поля `{ $field }`: рабочие языки переводчика пишутся в `interpreting:`
field-belongs-in-interpreting-hint = напишите `interpreting:`, а под ним `{ $field }: ...` с отступом на шаг больше (`a` — язык, на который переводчик переводит; `b`, `c` — языки, с которых)

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

## plenary check: перевод часов

dst-skipped = заседание { $session } { $field ->
    [end] заканчивается
   *[other] начинается
} в { $time } { $date }, но такого времени в поясе { $zone } нет (часы переводят вперёд); оно читается как { $read_as } (правило: перевод часов)
dst-repeated = заседание { $session } { $field ->
    [end] заканчивается
   *[other] начинается
} в { $time } { $date }, а это время в поясе { $zone } бывает дважды (часы переводят назад); берётся первое ({ $offset }) (правило: перевод часов)
dst-hint = укажите время вне перевода часов или проверьте `timezone` встречи

## plenary check: устный перевод

booth-language = `{ $code }` ({ $name })
semicolon-pair = { $a }; { $b }
interp-booth-empty = заседание { $session }: в кабине { $booth } пока нет переводчика (правило: численность бригады)
interp-booth-empty-norm = заседание { $session }: в кабине { $booth } пока нет переводчика; по норме на { $minutes } мин требуется { $need ->
    [one] { $need } переводчик
    [few] { $need } переводчика
   *[many] { $need } переводчиков
} ({ $reason }) (правило: численность бригады)
interp-booth-empty-hint = назначьте переводчиков в окне «Перевод» (6, клавиша i) или в `interpreters:` канала
interp-team-short = заседание { $session }: в кабине { $booth } { $n ->
    [one] { $n } переводчик
    [few] { $n } переводчика
   *[many] { $n } переводчиков
} на { $minutes } мин; по норме требуется { $need } ({ $reason }) (правило: численность бригады)
interp-team-short-hint = добавьте переводчиков в кабину или задайте `interpretation_norms` встречи, если в договоре сказано иначе
interp-day-short = кабина { $booth } работает { $total } мин { $date } ({ $sessions }), а переводчиков на весь день { $n }; по норме требуется { $need } ({ $reason }) (правило: численность бригады на день)
interp-day-short-hint = пригласите ещё одного переводчика на часть дня или задайте `interpretation_norms` встречи
interp-daily-load = переводчик { $name } (`{ $id }`) проводит в кабине { $minutes } мин { $date } ({ $sessions }), больше нормы в { $max } мин в день (правило: время в кабине за день)
interp-daily-load-hint = передайте часть дня другому переводчику
interp-two-booths = переводчик { $name } (`{ $id }`) одновременно в двух кабинах заседания { $session }: { $a } и { $b } (правило: переводчик занят дважды)
interp-two-sessions = переводчик { $name } (`{ $id }`) — два заседания одновременно: { $a } и { $b } (правило: переводчик занят дважды)
interp-double-booked-hint = переводчик работает в одной кабине за раз; назначьте на одну из них другого
interp-pair = переводчик { $name } (`{ $id }`) в кабине { $booth } заседания { $session } { $what } (правило: языковая пара)
interp-pair-theirs = переводчик { $name } (`{ $id }`) в кабине { $booth } заседания { $session } { $what }; языки переводчика: { $theirs } (правило: языковая пара)
interp-pair-no-languages-hint = добавьте `interpreting: {"{"}a: ..., b: [...], c: [...]{"}"}` в запись участника
interp-pair-languages-hint = `languages: [{ $languages }]` говорит, на каком языке участник слушает заседание; рабочие языки переводчика для кабины берутся из `interpreting:`: добавьте `interpreting: {"{"}a: ..., b: [...]{"}"}` в запись участника (`a` — язык, на который переводчик переводит; `b`, `c` — языки, с которых)
interp-pair-hint = назначьте переводчика, у которого язык канала — язык A, или сделайте кабину двусторонней (`retour: true`), если так задумано
interp-pair-two-way-hint = в двусторонней кабине каждый переводчик работает хотя бы в одну сторону: на язык кабины или обратно на язык зала, с другого из них (на свой язык A или B); назначьте того, кто так работает
interp-two-way-uncovered = в двусторонней кабине { $booth } заседания { $session } никто не переводит на язык { $language } (правило: языковая пара)
interp-two-way-uncovered-hint = добавьте переводчика, который работает на язык { $language } (его язык A или B)
interp-two-way-no-retour-hint = добавьте переводчика, который работает на язык { $language } (его язык A или B), или сделайте кабину односторонней (уберите `retour: true`), если ретура не будет
misfit-no-languages = не имеет в списке участников языков `interpreting`
misfit-not-into = не переводит на язык { $language }
misfit-into-b = будет переводить на язык { $language }, свой язык B, в односторонней кабине
misfit-not-from = не переводит с языка { $language }
misfit-no-retour = не может давать ретур на язык { $language }: это не язык A или B переводчика
interp-working-language = заседание { $session } ничего не даёт на языке { $language }, рабочем языке встречи: это ни язык зала, ни канал перевода (правило: рабочие языки)
interp-working-language-hint = добавьте `{ $code }` в `interpretation` заседания или в его `language`, если на нём говорят в зале
interp-relay-itself = кабина { $booth } заседания { $session } берёт реле сама у себя (правило: реле)
interp-relay-itself-hint = укажите кабину, которую она слушает, или уберите `relay`
interp-relay-floor = кабина { $booth } заседания { $session } берёт реле с языка { $from }, а это язык зала (правило: реле)
interp-relay-floor-hint = кабине, которая работает с зала, `relay` не нужен; уберите его
interp-relay-missing = кабина { $booth } заседания { $session } берёт реле с языка { $from }, но ни одна кабина заседания на него не переводит (правило: реле)
interp-relay-missing-hint = добавьте кабину, которую она слушает, или исправьте `relay`
interp-follows = { $role } { $name } (`{ $id }`) понимает { $languages }, но заседание { $session } идёт на { $offered } (правило: языки участников)
interp-follows-hint = добавьте канал на один из его языков ({ $languages }) или проверьте его `languages`
norm-solo-may = один переводчик может работать в одиночку до { $solo } мин
norm-solo-only = один переводчик работает в одиночку не дольше { $solo } мин
norm-two-way-four = двусторонней кабине свыше { $minutes } мин нужны четыре переводчика
norm-two-way-three = двусторонней кабине свыше { $minutes } мин нужны три переводчика
norm-pair-day = двое переводчиков покрывают день не дольше { $limit } мин
norm-pair-session = двое переводчиков покрывают заседание не дольше { $limit } мин
norm-relay-three = двусторонней кабине, которая даёт реле другим кабинам, нужны три переводчика

## plenary check: люди, записанные дважды, и непечатаемый текст

duplicate-person = { $first }, возможно, записан(а) несколько раз: ещё как { $others }
duplicate-person-more = { $first }, возможно, записан(а) несколько раз: ещё как { $others } и ещё { $more }
duplicate-person-hint = если это один человек, оставьте одну запись и укажите её id в заседаниях и поручениях
people-ambiguous-hint = они учтены по отдельности; чтобы их различать, впишите отчество в имя `{ $id }` или укажите e-mail (или id) того, кто это
duplicate-person-ambiguous = { $short } без отчества подходит { $n ->
    [one] { $n } человеку
   *[other] { $n } людям
} с разными отчествами: { $fathers }; ни с кем из них не объединён(а)
duplicate-person-ambiguous-hint = чтобы их различать, впишите отчество в имя `{ $id }` или укажите e-mail того, кто это; если это один из них, оставьте одну запись и укажите её id в заседаниях и поручениях
control-char = { $what } содержит управляющий символ (U+{ $code }), он показан как �
control-char-hint = удалите его; обычно он попадает из текста, скопированного из терминала или PDF
control-in-meeting-title = название встречи
control-in-name = имя `{ $id }`
control-in-organization = организация `{ $id }`
control-in-session-title = название заседания `{ $id }`
control-in-item-title = название пункта в заседании `{ $id }`
control-in-follow-up-title = название поручения `{ $id }`

## Названия языков в сообщениях

language-en = английский
language-ru = русский
language-kk = казахский
language-ky = кыргызский
language-tg = таджикский
language-uz = узбекский
language-tk = туркменский
language-zh = китайский
language-fr = французский
language-de = немецкий
language-es = испанский
language-ar = арабский
language-fa = персидский
language-tr = турецкий
language-mn = монгольский
language-uk = украинский
language-az = азербайджанский
language-hy = армянский
language-ka = грузинский
language-ja = японский
language-ko = корейский
language-it = итальянский
language-pt = португальский
language-hi = хинди
language-ur = урду
language-ps = пушту
language-aa = афарский
language-ab = абхазский
language-ae = авестийский
language-af = африкаанс
language-ak = акан
language-am = амхарский
language-an = арагонский
language-as = ассамский
language-av = аварский
language-ay = аймара
language-ba = башкирский
language-be = белорусский
language-bg = болгарский
language-bi = бислама
language-bm = бамбара
language-bn = бенгальский
language-bo = тибетский
language-br = бретонский
language-bs = боснийский
language-ca = каталанский
language-ce = чеченский
language-ch = чаморро
language-co = корсиканский
language-cr = кри
language-cs = чешский
language-cu = церковнославянский
language-cv = чувашский
language-cy = валлийский
language-da = датский
language-dv = мальдивский
language-dz = дзонг-кэ
language-ee = эве
language-el = греческий
language-eo = эсперанто
language-et = эстонский
language-eu = баскский
language-ff = фула
language-fi = финский
language-fj = фиджийский
language-fo = фарерский
language-fy = западнофризский
language-ga = ирландский
language-gd = шотландский гэльский
language-gl = галисийский
language-gn = гуарани
language-gu = гуджарати
language-gv = мэнский
language-ha = хауса
language-he = иврит
language-ho = хири-моту
language-hr = хорватский
language-ht = гаитянский
language-hu = венгерский
language-hz = гереро
language-ia = интерлингва
language-id = индонезийский
language-ie = интерлингве
language-ig = игбо
language-ii = носу
language-ik = инупиак
language-io = идо
language-is = исландский
language-iu = инуктитут
language-jv = яванский
language-kg = конго
language-ki = кикуйю
language-kj = кваньяма
language-kl = гренландский
language-km = кхмерский
language-kn = каннада
language-kr = канури
language-ks = кашмири
language-ku = курдский
language-kv = коми
language-kw = корнский
language-la = латинский
language-lb = люксембургский
language-lg = ганда
language-li = лимбургский
language-ln = лингала
language-lo = лаосский
language-lt = литовский
language-lu = луба-катанга
language-lv = латышский
language-mg = малагасийский
language-mh = маршалльский
language-mi = маори
language-mk = македонский
language-ml = малаялам
language-mr = маратхи
language-ms = малайский
language-mt = мальтийский
language-my = бирманский
language-na = науру
language-nb = норвежский букмол
language-nd = северный ндебеле
language-ne = непальский
language-ng = ндонга
language-nl = нидерландский
language-nn = норвежский нюнорск
language-no = норвежский
language-nr = южный ндебеле
language-nv = навахо
language-ny = ньянджа
language-oc = окситанский
language-oj = оджибве
language-om = оромо
language-or = ория
language-os = осетинский
language-pa = панджаби
language-pi = пали
language-pl = польский
language-qu = кечуа
language-rm = романшский
language-rn = рунди
language-ro = румынский
language-rw = киньяруанда
language-sa = санскрит
language-sc = сардинский
language-sd = синдхи
language-se = северносаамский
language-sg = санго
language-sh = сербохорватский
language-si = сингальский
language-sk = словацкий
language-sl = словенский
language-sm = самоанский
language-sn = шона
language-so = сомали
language-sq = албанский
language-sr = сербский
language-ss = свази
language-st = южный сото
language-su = сунданский
language-sv = шведский
language-sw = суахили
language-ta = тамильский
language-te = телугу
language-th = тайский
language-ti = тигринья
language-tl = тагальский
language-tn = тсвана
language-to = тонганский
language-ts = тсонга
language-tt = татарский
language-tw = тви
language-ty = таитянский
language-ug = уйгурский
language-ve = венда
language-vi = вьетнамский
language-vo = волапюк
language-wa = валлонский
language-wo = волоф
language-xh = коса
language-yi = идиш
language-yo = йоруба
language-za = чжуанский
language-zu = зулу

## Чтение файла: отказы до разбора YAML

source-unreadable = не удаётся прочитать файл: { $why }
source-is-folder = это папка, а не файл
source-is-fifo = это именованный канал (FIFO), а не файл
source-is-socket = это сокет, а не файл
source-is-device = это устройство, а не файл
source-is-other = это не обычный файл
source-not-found = такого файла нет
source-permission = нет прав на чтение
source-no-device = нет такого устройства или адреса
source-not-a-terminal = это не терминал
source-disk-full = на диске нет места
out-cannot-write = не удаётся писать в стандартный вывод: { $why }
tui-no-terminal = не удаётся занять этот терминал ({ $why }); `plenary check` работает и без него
tui-stdout-not-terminal = вывод направлен в файл или канал
tui-stdin-not-terminal = ввод идёт из файла или канала
source-empty = файл пуст; встрече нужны как минимум `title`, `timezone` и `start_date`
source-too-large = размер файла { $size } байт, больше предела в { $limit } байт для программы
source-binary = похоже, это двоичный файл (в нём есть байты NUL), а не программа в YAML
source-utf16 = файл в кодировке UTF-16 ({ $order }); сохраните его в UTF-8 (в большинстве редакторов: «Сохранить как», кодировка UTF-8)
source-little-endian = little-endian
source-big-endian = big-endian
source-nul = случайный байт NUL (U+0000), которого в тексте не бывает; удалите его (обычно он попадает при копировании из двоичного файла или файла в UTF-16)
source-not-utf8 = файл не является текстом в UTF-8; сохраните его в UTF-8 (строка { $line }, столбец { $column })

## Запись файла (src/save/atomic.rs, src/save/mod.rs); причины системы,
## которых каталог не знает, остаются её словами по-английски

save-changed-on-disk = { $file } изменён на диске после загрузки; не перезаписываю его
save-deleted-on-disk = { $file } удалён на диске после загрузки; без вопроса не создаю его заново
save-exists = { $file } уже есть; выберите другое имя
save-read-only = { $file } только для чтения; сохраните под другим именем или разрешите запись
save-io = не удаётся записать { $file }: { $why }
save-serialize = не удаётся записать встречу в YAML: { $why }
save-would-not-load = изменённый текст не загрузился бы: { $why }
save-not-read-back = изменённый текст не читается обратно как изменённая встреча
save-cannot-merge = слить нельзя: { $why }
save-why-permission = нет прав на запись
save-why-full = на диске нет места
save-why-read-only-fs = файловая система только для чтения
save-why-not-found = папки нет
save-why-quota = превышена квота на диске
save-why-locked = этот файл сейчас сохраняет другой Plenary (блокировка { $lock }); попробуйте ещё раз или удалите блокировку, если Plenary не запущен

## Чем различаются две версии встречи (src/save/diff.rs); имена полей —
## из файла и остаются английскими. `kind`: session, participant, follow-up.

diff-meeting = встреча
diff-record = { $kind ->
    [participant] участник
    [follow-up] поручение
   *[other] заседание
} { $id }
diff-removed = { $kind ->
    [participant] участник { $id }: удалён
    [follow-up] поручение { $id }: удалено
   *[other] заседание { $id }: удалено
}
diff-added = { $kind ->
    [participant] участник { $id }: добавлен
    [follow-up] поручение { $id }: добавлено
   *[other] заседание { $id }: добавлено
}
diff-changed = { $place }: { $field } { $before } → { $after }
diff-none = (нет)

## Где две версии файла расходятся (src/save/conflict.rs); `kind`: session,
## participant, follow-up или meeting

conflict-meeting-field = поле встречи `{ $field }`
conflict-deleted-changed = { $kind ->
    [participant] участник `{ $id }` (удалён с одной стороны, изменён с другой)
    [follow-up] поручение `{ $id }` (удалено с одной стороны, изменено с другой)
    [meeting] встреча `{ $id }` (удалена с одной стороны, изменена с другой)
   *[other] заседание `{ $id }` (удалено с одной стороны, изменено с другой)
}
conflict-field = { $kind ->
    [participant] участник
    [follow-up] поручение
    [meeting] встреча
   *[other] заседание
} `{ $id }`, поле `{ $field }`
too-deep = вложенность больше { $max } уровней; программе нужно всего несколько
too-deep-hint = поищите незакрытую `[` или `{"{"}` либо текст, которому нужны кавычки
yaml-tag = тег YAML (`{ $tag }`) здесь не поддерживается; при сохранении его значение потерялось бы
yaml-tag-hint = уберите тег и запишите значение простым текстом (в кавычках, если оно начинается с `!`)
merge-conflict = неразрешённый конфликт слияния (строки { $from }-{ $to })
merge-conflict-open = неразрешённый конфликт слияния (со строки { $from }, не закрыт `>>>>>>>`)
merge-conflict-hint = оставьте строки одной из сторон (наши — над `=======`, их — под ним), затем удалите три строки-маркера
roster-outside = файл участников должен лежать в папке { $folder }: `{ $path }` лежит вне её, поэтому ничего из него не прочитано
roster-outside-hint = перенесите список участников в папку программы (или во вложенную папку) и укажите путь относительно программы, например `participants: people/roster.yaml`
roster-unusable = список участников `{ $path }` нельзя использовать: { $why }
roster-unusable-hint = путь указывается относительно этого файла; искали { $full }
roster-is-meeting = `{ $path }` — файл встречи, а не список участников
roster-is-meeting-hint = укажите в `participants:` файл, верхний уровень которого — `participants:` (список людей), или перечислите участников в этом файле
roster-not-a-list = `{ $path }` — не список участников; ничего из него не показано
roster-not-a-list-hint = список участников — это файл YAML, верхний уровень которого — `participants:` (список людей); проверьте путь

## Чтение файла: значения и синтаксис YAML

value-null = здесь нет значения (`~`, `null` или пусто после двоеточия)
value-null-hint = укажите значение или удалите строку, если поле необязательное
complex-key = ключ должен быть простым именем, а не списком или словарём (`? [a, b]`)
complex-key-hint = запишите ключ как имя с двоеточием, например `title: ...`
number-negative = число { $number } здесь не может быть отрицательным
number-too-large = число { $number } здесь слишком велико
number-range-hint = укажите целое число от 0 до { $limit }
wrong-type = неверный тип: здесь { $found }, а ожидается { $expected }
wrong-type-entry = неверный тип в `{ $field }`: здесь запись `- { $key }: ...`, а ожидается { $expected }
wrong-type-indent-hint = проверьте отступ в строке { $line }: эта `- { $key }:` сдвинута правее, чем `- { $key }:` в строке { $other }, поэтому YAML читает её как часть `{ $field }` над ней; сдвиньте её влево, вровень со строкой { $other }
wrong-type-indent-generic-hint = проверьте отступ в строке { $line }: строка, сдвинутая на шаг правее, чем нужно, становится частью записи над ней
alias-bomb = файл разворачивается в слишком большой объём данных (вложенные ссылки или слишком глубокая вложенность)
alias-bomb-hint = уберите повторяющиеся ссылки `*alias`; программе они не нужны
several-documents = в файле больше одного документа YAML (`---`)
several-documents-hint = одна встреча — один файл; второй документ начинается с этого `---`
yaml-tab = синтаксическая ошибка YAML: для отступа использован символ табуляции
yaml-tab-hint = в YAML отступы делаются только пробелами; замените табуляцию пробелами
yaml-syntax = синтаксическая ошибка YAML: { $reason }
yaml-syntax-hint = проверьте отступы и кавычки рядом с этим местом; текст с `: ` или `#` нужно брать в кавычки
yaml-mapping-values-hint = обычно это ключ с отступом не как у соседних ключей или значение с `: `, которому нужны кавычки
yaml-reason = { $problem }
yaml-reason-while = { $problem } ({ $context })
yaml-at-position = { $problem } (байт { $offset } от начала файла)
yaml-p-cannot-start = найден символ, с которого не может начинаться элемент
yaml-p-end-of-stream = файл неожиданно закончился
yaml-p-expected-colon = не найдено ожидаемое ':'
yaml-p-escape = найдена неизвестная escape-последовательность
yaml-p-mapping-values = пара «ключ: значение» здесь недопустима
yaml-p-sequence-entries = элементы списка («- ») здесь недопустимы
yaml-p-expected-key = не найден ожидаемый ключ
yaml-p-expected-dash = не найден ожидаемый знак '-'
yaml-p-expected-bracket = не найдено ожидаемое ',' или ']'
yaml-p-expected-brace = не найдено ожидаемое ',' или '{"}"}'
yaml-p-node-content = не найдено ожидаемое значение
yaml-p-line-break = не найден ожидаемый комментарий или конец строки
yaml-p-alphanumeric = не найдена ожидаемая буква или цифра
yaml-p-tag-handle = найден неопределённый префикс тега
yaml-p-unexpected-colon = найдено неожиданное ':'
yaml-p-tab = символ табуляции нарушает отступы
yaml-c-next-token = при поиске следующего элемента
yaml-c-quoted = при разборе строки в кавычках
yaml-c-quoted-parsing = при разборе строки в кавычках
yaml-c-block-scalar = при разборе многострочного текста (| или >)
yaml-c-plain = при разборе текста без кавычек
yaml-c-simple-key = при разборе ключа
yaml-c-block-mapping = при разборе словаря с отступами
yaml-c-block-collection = при разборе списка
yaml-c-flow-sequence = при разборе списка в квадратных скобках
yaml-c-flow-mapping = при разборе словаря в фигурных скобках
yaml-c-node = при разборе значения
yaml-c-flow-node = при разборе значения в скобках
yaml-c-anchor = при разборе якоря (&имя)
yaml-c-alias = при разборе ссылки (*имя)
yaml-c-tag = при разборе тега

## Остальные причины libyaml и yaml_serde (src/load/libyaml_words.rs)

yaml-p-mapping-keys = ключ словаря («? ») здесь недопустим
yaml-p-tab-indent = найден символ табуляции там, где для отступа нужен пробел
yaml-p-indent-zero = показатель отступа многострочного текста равен 0 (нужна цифра от 1 до 9)
yaml-p-whitespace-or-break = не найден ожидаемый пробел или конец строки
yaml-p-whitespace = не найден ожидаемый пробел
yaml-p-expected-bang = не найден ожидаемый знак '!'
yaml-p-expected-angle = не найден ожидаемый знак '>'
yaml-p-directive-unknown = найдено неизвестное имя директивы
yaml-p-directive-name = не найдено ожидаемое имя директивы
yaml-p-non-alphabetical = найден неожиданный символ, не буква
yaml-p-document-indicator = найден неожиданный признак документа (--- или ...)
yaml-p-unicode-escape = найден неверный код символа Юникода после \
yaml-p-incompatible = найден документ несовместимой версии YAML
yaml-p-long-version = найден слишком длинный номер версии
yaml-p-duplicate-yaml = директива %YAML указана дважды
yaml-p-duplicate-tag = директива %TAG указана дважды
yaml-p-utf8-trailing-found = найден неверный завершающий байт UTF-8
yaml-p-utf8-leading-found = найден неверный начальный байт UTF-8
yaml-p-version = не найден ожидаемый номер версии
yaml-p-tag-uri = не найден ожидаемый URI тега
yaml-p-hex = не найдено ожидаемое шестнадцатеричное число
yaml-p-digit-or-dot = не найдена ожидаемая цифра или точка
yaml-p-stream-start = не найдено ожидаемое начало потока
yaml-p-document-start = не найдено ожидаемое начало документа (---)
yaml-p-uri-octet = не найден ожидаемый байт URI в виде %XX
yaml-p-control = управляющие символы недопустимы
yaml-p-utf8-leading = неверный начальный байт UTF-8
yaml-p-utf8-trailing = неверный завершающий байт UTF-8
yaml-p-utf8-length = неверная длина последовательности UTF-8
yaml-p-utf8-incomplete = неполная последовательность UTF-8
yaml-p-unicode = недопустимый символ Юникода
yaml-p-utf16-incomplete = неполный символ UTF-16
yaml-p-utf16-pair = неполная суррогатная пара UTF-16
yaml-p-utf16-low-expected = ожидалась вторая половина суррогатной пары UTF-16
yaml-p-utf16-low-unexpected = неожиданная вторая половина суррогатной пары UTF-16
yaml-p-too-long = файл слишком длинный
yaml-p-input = ошибка чтения
yaml-c-any-node = при разборе значения
yaml-c-tag-parsing = при разборе тега
yaml-c-directive = при разборе директивы
yaml-c-yaml-directive = при разборе директивы %YAML
yaml-c-tag-directive = при разборе директивы %TAG
yaml-c-tag-directive-parsing = при разборе директивы %TAG
yaml-c-tag-directive-scan = при разборе директивы тега
yaml-c-tag-directive-parse = при разборе директивы тега
yaml-s-eof = файл закончился посреди значения
yaml-s-unknown-anchor = ссылка (*имя) на якорь (&имя), которого нет выше в файле
yaml-s-merge-scalar = для слияния (<<) нужен словарь или список словарей, а здесь простое значение
yaml-s-merge-tagged = значение с тегом в слиянии (<<) недопустимо
yaml-s-merge-element-scalar = для слияния (<<) нужен словарь, а здесь простое значение
yaml-s-merge-element-sequence = для слияния (<<) нужен словарь, а здесь список
yaml-s-empty-tag = пустой тег YAML недопустим
yaml-s-number = не удалось прочитать число YAML
yaml-s-bytes = двоичные данные (байты) в YAML не поддерживаются
shape-sequence = список
shape-map = словарь
shape-a-sequence = список
shape-a-map = словарь
shape-a-string = строка
shape-a-boolean = true или false
shape-unit = пустое значение
shape-meeting = встреча: словарь с `title`, `timezone`, `start_date`, ...
shape-roster = список участников: словарь с `participants: [...]`
shape-date = дата в виде ГГГГ-ММ-ДД
shape-time = время в виде "ЧЧ:ММ"
shape-languages = код языка или список кодов, например `en` или `[en, ru]`
shape-participants = список участников или путь к файлу со списком
shape-tentative = true, false или список ещё не подтверждённых полей, например [start, end, room]
shape-channel = код языка, например `ru`, или {"{"}to: ru, interpreters: [...]{"}"}
shape-integer = целое число `{ $value }`
shape-float = дробное число `{ $value }`
shape-bool = логическое значение `{ $value }`
shape-string = строка "{ $value }"
shape-yaml-tag-start = простое значение (одно из допустимых) или тег YAML, начинающийся с '!'
shape-any-yaml = любое значение YAML
shape-yaml-tagged = значение YAML с тегом (!Тег)
shape-yaml-tag-string = строка тега YAML
shape-something-else = что-то другое
shape-a-borrowed-string = строка
shape-a-character = один символ
shape-an-integer = целое число
shape-a-float = дробное число
shape-a-number = число
shape-null = пустое значение (null)
shape-unit-type = пустое значение
shape-option = значение или пустое значение
shape-a-yaml-mapping = словарь YAML
shape-bytes = двоичные данные
shape-option-value = необязательное значение
shape-newtype = значение
shape-enum = одно из допустимых значений
shape-unit-variant = одно из допустимых значений
shape-variant = вариант со значением
shape-text = текст или словарь «код языка: текст», например {"{"}en: ..., ru: ...{"}"}
shape-char = символ `{ $value }`
shape-u8 = целое число от 0 до 255
shape-u16 = целое число от 0 до 65535
shape-u32 = целое число от 0 до 4294967295
shape-u64 = целое число от 0 до 18446744073709551615
shape-usize = целое число от 0 до 18446744073709551615
shape-i8 = целое число от -128 до 127
shape-i16 = целое число от -32768 до 32767
shape-i32 = целое число от -2147483648 до 2147483647
shape-i64 = целое число от -9223372036854775808 до 9223372036854775807
shape-isize = целое число от -9223372036854775808 до 9223372036854775807
shape-f32 = число
shape-f64 = число
shape-tuple = { $n ->
    [one] список из { $n } элемента
   *[other] список из { $n } элементов
}
shape-struct = словарь с полями
shape-named-enum = одно из допустимых значений
invalid-value = недопустимое значение: здесь { $found }, а ожидается { $expected }
invalid-length = { $n ->
    [one] неверная длина: { $n } элемент, а ожидается { $expected }
    [few] неверная длина: { $n } элемента, а ожидается { $expected }
   *[many] неверная длина: { $n } элементов, а ожидается { $expected }
}
date-shape = неверная дата `{ $value }`: ожидается ГГГГ-ММ-ДД, например 2020-09-25
date-year = неверная дата `{ $value }`: год должен быть от 1 до 9999 и записан четырьмя цифрами
date-day-zero = неверная дата `{ $value }`: дня 0 не бывает; даты пишутся ГГГГ-ММ-ДД
date-no-month = неверная дата `{ $value }`: месяца { $month } не бывает; даты пишутся ГГГГ-ММ-ДД
date-month-days = неверная дата `{ $value }`: в { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
} { $year } г. { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
time-bad = неверное время `{ $value }`: ожидается ЧЧ:ММ в 24-часовом формате, например "09:30"
time-number = неверное время `{ $value }`: ожидается ЧЧ:ММ в кавычках, например "{ $example }"
time-unquoted = неверное время `{ $value }`: без кавычек YAML читает его как число; напишите "{ $meant }" в кавычках
text-not-language = `{ $key }` — не код языка ISO 639-1; многоязычный текст записывается так: {"{"}en: ..., ru: ...{"}"}
text-language-twice = язык `{ $key }` указан дважды

## Часовые пояса

zone-hybrid-set-timezone = смешанная встреча: укажите `timezone`, если участник подключается удалённо
zone-no-timezone-or-country = нет ни `timezone`, ни `country`
zone-country-several = в { $country } тогда было несколько часовых поясов; укажите `timezone`
zone-country-unknown = для { $country } часовой пояс неизвестен; укажите `timezone`

zone-unknown = неизвестный часовой пояс `{ $name }`
zone-read-as = { $typed } понят как { $zone }
zone-read-as-offset = { $typed } понят как { $zone } (UTC{ $hours }, без перехода на летнее время)
zone-meeting-unknown = неизвестный часовой пояс встречи `{ $name }`
export-note-unscheduled = у заседания `{ $id }` ещё нет времени начала, поэтому его нет в выгрузке
export-sequence-unsaved = не удаётся запомнить версии календаря в { $path }: { $why }; SEQUENCE не будет расти
export-cannot-write = не удаётся записать: { $why }
zone-write-iana = укажите название пояса по IANA: `{ $zone }`
zone-several = `{ $name }` обозначает несколько поясов: { $zones }; укажите один из них
zone-part-hour = { $offset } — не целое число часов от UTC, такое смещение бывает только у именованных поясов; укажите название по IANA, например `Asia/Kolkata` для +05:30
zone-use-iana = укажите название часового пояса по IANA, например `Asia/Almaty`, `Europe/Paris` или `UTC`

## Слова самого clap: заголовки справки и ошибки командной строки

clap-usage = Использование
clap-arguments = Аргументы
clap-options = Параметры
clap-commands = Команды
clap-command-value = КОМАНДА
clap-help-flag = Показать справку
clap-help-command = Показать эту справку или справку по указанным командам
clap-version-flag = Показать версию
clap-default = по умолчанию
clap-possible = возможные значения
clap-tip = совет
clap-more-info = Подробнее: '--help'.
clap-unknown-argument = неожиданный аргумент '{ $arg }'
clap-tip-dashes = чтобы передать '{ $arg }' как значение, пишите '-- { $arg }'
clap-tip-similar = есть похожий аргумент: '{ $arg }'
clap-tip-subcommand = есть похожая команда: '{ $sub }'
clap-invalid-subcommand = неизвестная команда '{ $sub }'
clap-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
clap-missing-value = для '{ $arg }' нужно значение, но оно не указано
clap-possible-values = возможные значения: { $values }
did-you-mean-quoted = может быть, '{ $value }'?
clap-value-validation = недопустимое значение '{ $value }' для '{ $arg }': { $why }
clap-missing-required = не указаны обязательные аргументы:
clap-no-equals = значение для '{ $arg }' указывается через знак равенства
clap-too-many-values = лишнее значение '{ $value }' для '{ $arg }'

## Редкие ошибки clap, заполнители в строке использования и почему
## значение в командной строке не подошло (src/cli/clap_errors.rs, help.rs, value_reasons.rs)

clap-used-twice = аргумент '{ $arg }' нельзя указывать несколько раз
clap-conflict-with = аргумент '{ $arg }' нельзя использовать вместе с
clap-conflict-subcommand = команду '{ $sub }' нельзя использовать вместе с
clap-conflict-others = другими указанными аргументами
clap-missing-subcommand = '{ $cmd }' требует команду, но она не указана
clap-subcommands = команды: { $names }
clap-too-few-values = для '{ $arg }' нужно значений: { $min }, а указано только { $n }
clap-wrong-number-of-values = для '{ $arg }' нужно значений: { $expected }, а указано { $n }
clap-kind-invalid-value = одно из значений не подходит для аргумента
clap-kind-unknown-argument = неожиданный аргумент
clap-kind-invalid-subcommand = неизвестная команда
clap-kind-no-equals = значение одного из аргументов указывается через знак равенства
clap-kind-value-validation = недопустимое значение одного из аргументов
clap-kind-too-many-values = лишнее значение аргумента
clap-kind-too-few-values = аргументу нужно больше значений
clap-kind-wrong-number-of-values = у аргумента слишком много или слишком мало значений
clap-kind-argument-conflict = аргумент нельзя использовать вместе с другими указанными аргументами
clap-kind-missing-required = не указан один или несколько обязательных аргументов
clap-kind-missing-subcommand = нужна команда, но она не указана
clap-kind-invalid-utf8 = в одном или нескольких аргументах неверный UTF-8
clap-options-tag = ПАРАМЕТРЫ
clap-value-AGENDA = ПРОГРАММА
clap-value-ARGS = АРГУМЕНТЫ
clap-value-BASE = ПРЕДОК
clap-value-BY = ПО
clap-value-COUNTRY = СТРАНА
clap-value-DAYS = N
clap-value-ENC = КОДИРОВКА
clap-value-FILE = ФАЙЛ
clap-value-FOLLOW_UPS = ПОРУЧЕНИЯ
clap-value-FORMAT = ФОРМАТ
clap-value-IDS = ID
clap-value-LANG = ЯЗЫК
clap-value-LANGS = ЯЗЫКИ
clap-value-LENGTH = ДЛИТЕЛЬНОСТЬ
clap-value-LIMIT = ЧИСЛО
clap-value-MAP = СТОЛБЦЫ
clap-value-NAME = НАЗВАНИЕ
clap-value-NEAR = ЧИСЛО
clap-value-OURS = НАША
clap-value-OUT = ФАЙЛ
clap-value-OUTPUT = ФАЙЛ
clap-value-PARTICIPANTS = УЧАСТНИКИ
clap-value-PATH = ПУТЬ
clap-value-PATHS = ПУТИ
clap-value-ROOM = ЗАЛ
clap-value-SESSIONS = ЗАСЕДАНИЯ
clap-value-STATUS = СТАТУС
clap-value-STEP = ШАГ
clap-value-TAG = ТЕГ
clap-value-TEXT = ТЕКСТ
clap-value-THEIRS = ИХ
clap-value-TODAY = ДАТА
clap-value-WIDTH = ШИРИНА
clap-value-ZONE = ПОЯС
after-help-followups =
    Без фильтров выводятся все поручения, которые ещё не выполнены (open,
    in-progress, waiting), по всем встречам, по сроку (без срока — в конце),
    затем по встрече и по id. Поручение, перенесённое в более позднюю встречу,
    выводится один раз, в более поздней. Столбцы CSV и JSON: docs/followups.md.
    {""}
    Примеры:
      plenary followups --overdue
      plenary followups --due-within 14 --owner unesco
      plenary followups --overdue --format csv > overdue.csv
      plenary followups --status all --group-by meeting --today 2023-10-01
value-why-no-status = статус не указан; укажите, например, `open,in-progress`, `owed`, `closed` или `all`
value-why-unknown-status = неизвестный статус `{ $value }`; { $hint }
value-why-not-country = `{ $value }` — не страна; укажите код ISO (KZ, KAZ) или английское название (Kazakhstan)
value-why-not-duration = `{ $value }` — не длительность; пишите +90m, +1h30 или +1:30
value-why-duration-range = `{ $value }`: длительность должна быть от 1 минуты до 24 часов
value-why-not-number = это не целое число (недопустимая цифра)
value-why-empty-number = пустая строка вместо числа
value-why-number-too-large = число слишком большое
value-why-number-too-small = число слишком маленькое
value-why-out-of-range = { $value } вне диапазона { $low }..={ $high }

## plenary fmt (src/cli/fmt.rs) и отказ в сохранении (src/save)

fmt-cannot-serialize = { $path }: ошибка: не удалось записать встречу в YAML: { $why }
fmt-not-canonical = { $path }: не в каноническом виде (запустите `plenary fmt`)
fmt-formatted = переписан { $path }
fmt-backup-note = примечание: некоторым комментариям не к чему привязаться; исходный файл сохранён в { $path }
fmt-error = { $path }: ошибка: { $why }
format-comments = { $path }:{ $line }: { $n ->
    [one] { $n } комментарий, которому в каноническом виде нет места
    [few] { $n } комментария, которым в каноническом виде нет места
   *[many] { $n } комментариев, которым в каноническом виде нет места
} (первый: `{ $first }`): он не относится ни к одному записываемому полю; перенесите его на строку поля или на строку над ним либо запустите `plenary fmt --drop-comments` (копия .bak их сохранит)

## Подписи печатной программы (agenda, export)

label-not-confirmed-yet = * ещё не подтверждено
label-Working-languages = Рабочие языки
label-online = онлайн
label-hybrid = гибридный формат
label-in-person = очно
label-Times-in = Время:
label-the-programme-is-written-in = программа составлена по времени
label-The-time-zone-is-not-confirmed-yet = (Часовой пояс ещё не подтверждён.)
label-nothing-scheduled = ничего не запланировано
label-Crosses-midnight-ends = Переходит через полночь: заканчивается
label-Every-day-from = Ежедневно с
label-to = по
label-Runs-alongside-the-programme = Проходит параллельно с программой.
label-Lead = Ведущая организация
label-Room = Зал
label-Link = Ссылка
label-Chair = Председатель
label-Floor = Язык зала
label-Interpretation-into = Синхронный перевод на
label-two-way = в обе стороны
label-relay-from = через
label-Booth = Кабина
label-min = мин
label-on-behalf-of = от имени
label-delegation = делегация
label-Remarks = Выступления
label-proposed = предварительно
label-marks-a-value-that-is-not-confirmed-yet = — значение ещё не подтверждено.
label-Personal-brief = Личная программа
label-Time-not-set-yet = Время ещё не назначено
label-your-time = ваше время
label-chair = председатель
label-speaker = докладчик
label-interpreter = переводчик
label-Your-role = Ваша роль
label-with = с
label-document = документ
label-Organizers = Организаторы
label-Hosts = Принимающая сторона
label-Partners = Партнёры
label-Contact = Контакты
label-Where = Где
label-Online = Онлайн
label-To-be-announced = Место уточняется
label-Floor-language = Язык зала
label-Presentation = Презентация
label-Recording = Запись
label-Concept-note = Концептуальная записка
label-Programme = Программа
label-Report = Отчёт
label-Document = Документ
label-Your-turns-on-the-microphone = Ваши смены у микрофона

## Лист устного перевода, на языке листа (`--lang`)

sheet-interp-title = { $meeting } — план устного перевода
sheet-times-in = Время: { $zone }.
sheet-times-in-written = Время: { $shown }; программа составлена по времени { $written }.
sheet-norms = Нормы: один переводчик в одиночку — до { $solo } мин; двое в кабине — до { $pair } мин за заседание; двусторонней кабине нужны трое свыше { $pair } и четверо свыше { $trio } мин в день; время в кабине — до { $day } мин в день; смены по { $turn } мин.
sheet-col-session = заседание
sheet-col-time = время
sheet-booths = Кабины
sheet-not-staffed = пока никого
sheet-two-way = двусторонняя
sheet-relay-from = реле с { $code }
sheet-norm = норма: { $n }
sheet-interpreters-day = Переводчики (весь день)
sheet-word-booth = кабина
sheet-word-mic = микрофон
sheet-turn-plan = План смен: { $session }, кабина { $language } ({ $code })
sheet-warnings = Предупреждения
label-floor = зал
label-open = свободно
label-2-way = ретур
label-via = через

## Фразы календаря и лент (src/export/summary.rs, ics.rs): целые
## предложения на языке экспорта там, где страница печатает подписи

export-floor-language = Язык зала: { $languages }
export-interpretation-into = синхронный перевод на { $languages }
export-proposed = { $text } (предварительно)
export-person-not-confirmed = { $person } (ещё не подтверждено)
export-on-behalf-of = от имени { $organization }
export-chair = Председатель: { $person }
export-lead = Ведущая организация: { $organization }
export-not-confirmed-yet = Ещё не подтверждено: { $fields }.
export-tentative-title = { $title } (предварительно)
export-your-role = Ваша роль: { $role }.
label-the-whole-session = всё заседание
label-start-time = время начала
label-end-time = время окончания
label-floor-language = язык зала
label-date = дата
label-end-date = дата окончания
label-room = зал
label-link = ссылка
label-title = название
label-lead = ведущая организация
label-interpretation = синхронный перевод
label-description = описание

## Импорт регистраций: предпросмотр и ошибки файла

import-at = { $n ->
    [one] строка { $list }
   *[other] строки { $list }
}
import-tab = табуляция
import-ignored = пропущен
import-with-bom = с BOM
import-head = Импорт { $file } в { $into }
import-read-as = прочитан как { $encoding }{ $bom }, разделитель { $sep }, заголовок в строке { $line } ({ $source }); строк: { $rows }, людей: { $people }
import-columns = столбцы: { $list }
import-added = Добавлены
import-updated = Обновлены
import-unchanged = Без изменений
import-possible = Возможные дубликаты, не объединены (объедините их в окне «Участники», если это один человек)
import-problems = Ошибки в файле
import-diff-theirs = Различающиеся значения: взяты из файла
import-diff-keep = Различающиеся значения: оставлены наши
import-diff-choose = Различающиеся значения (выберите через --on-conflict keep|theirs)
import-entry-add = { $name } ({ $at }) как `{ $id }`
import-entry-update = { $ours } ← { $name } ({ $at }; { $why }): { $filled }
import-entry-same = { $ours } ({ $at }; { $why })
import-joined = Присоединены к человеку, которого добавляет или обновляет строка выше (ещё одна строка того же человека)
import-entry-join = { $name } ({ $at }) — тот же человек, что { $ours } ({ $ours_at }; { $why }): { $filled }
import-join-differs = только расходящиеся значения, см. ниже
import-in-lines = { $n ->
    [one] в строке { $list }
    [few] в строках { $list }
   *[other] в строках { $list }
}
import-conflict-rows = { $name }: { $field } — `{ $ours }` { $ours_in }, `{ $theirs }` { $theirs_in }
import-possible-line = { $name } ({ $at }), возможно, { $ours }: { $why }
import-conflict = { $name }: { $field } в списке участников — `{ $ours }`, в файле — `{ $theirs }` ({ $at })
import-bad-email = `{ $value }` — не адрес электронной почты; оставлено пустым
import-no-email = нет адреса почты: человека можно найти только по имени, и письмо ему не отправить
import-no-name = в строке нет имени; строка пропущена
import-bad-country = неизвестная страна `{ $value }`; оставлено пустым
import-bad-country-hint = неизвестная страна `{ $value }`, может быть, { $hint }?; оставлено пустым
import-country-accepted = `{ $value }` прочитано как { $code } (подсказка принята)
import-suggestions-hint = Предложенные страны оставлены пустыми: --accept-suggestions принимает их (в предпросмотре TUI — клавиша a).
import-bad-language = неизвестный язык `{ $value }`; оставлено пустым
import-bad-language-hint = неизвестный язык `{ $value }`, может быть, { $hint }?; оставлено пустым
import-did-you-mean = может быть, { $hint }?
import-bad-role = неизвестная роль `{ $value }`{ $mean }; оставлено как есть (роли: { $roles })
import-bad-status = неизвестный статус `{ $value }`{ $mean }; оставлено как есть (статусы: invited, confirmed, declined, attended)
import-dry-run = Ничего не записано (--dry-run).
import-conflicts-wait = Ничего не записано: { $n ->
    [one] различается { $n } значение
    [few] различаются { $n } значения
   *[many] различаются { $n } значений
}. В терминале о каждом спрашивается (оставить наше или взять из файла); здесь выберите для всех: --on-conflict keep (наши) или --on-conflict theirs (из файла).
import-nothing-written = Ничего не записано.
import-nothing-to-write = Записывать нечего: в списке участников уже есть все.
import-kept-copy = Копия с комментариями файла сохранена как { $path }
import-saved = Сохранено: { $path } (добавлено: { $added }, обновлено: { $updated }).
import-ask = o — оставить наше, t — взять из файла, q — остановиться и ничего не записывать
import-ask-again = ответьте o, t или q
import-doubt = { $short } может быть любым из них: { $fathers } — отчества у них разные, поэтому имя без отчества ни с кем не объединено и все сохранены; чтобы их различать, добавьте отчество (или e-mail того, кто это) там, где имя записано без него, и импортируйте снова
import-filled-in = { $field } ({ $lang })
import-filled-languages = языки { $list }
import-filled-role = роль: { $from } → { $to }
import-filled-status = статус: { $from } → { $to }
field-as-written = { $field }
import-unknown-encoding = неизвестная кодировка `{ $name }`; назовите одну из utf-8, utf-16le, utf-16be или windows-1251 (cp1251)
import-malformed = строка { $line } — не { $encoding }; если файл сохранён в другой кодировке, назовите её через --encoding (например, --encoding windows-1251)
import-unclosed-quote = строка { $line }, столбец { $column }: ячейка в кавычках не закрыта; добавьте закрывающую `"` или уберите открывающую
roster-import-empty = файл пуст; скачайте или выгрузите его ещё раз
import-empty-hint = расписание не скачалось: скачайте его ещё раз (из pretalx или frab, в JSON или XML)
roster-import-web-page = это веб-страница (HTML), а не таблица регистраций: видимо, вместо выгрузки сохранилась страница входа; войдите, выгрузите там регистрации в CSV и импортируйте этот файл
roster-import-workbook = это книга электронной таблицы (Excel или LibreOffice), а не текст CSV; сохраните её как CSV (Файл → Сохранить как → CSV UTF-8) и импортируйте CSV
roster-import-pdf = это документ PDF, а не текст CSV; выгрузите регистрации в CSV и импортируйте этот файл
import-no-header = строка заголовка не найдена (строка со столбцом имени и ещё одним, например Name, Email, Affiliation, Country или Фамилия, Имя). Первые строки файла:
    { $rows }
    Назовите столбцы через --map, например --map "Full name=name,Mail=email" (поля: { $fields })
import-first-row = {"  "}строка { $line }: { $cells }
import-map-syntax = --map: `{ $pair }` — не СТОЛБЕЦ=поле; пишите так: --map "Full name=name,Mail=email"
import-map-field = --map: неизвестное поле `{ $field }` для столбца `{ $column }`; поля: { $fields }
roster-cannot-read = не удаётся прочитать: { $why }
roster-export-json = не удалось записать JSON: { $why }

## plenary import: расписания pretalx / frab (src/import, src/cli/import.rs)

word-note = примечание
import-cannot-read = не удаётся прочитать { $file }: { $why }
import-too-large = больше 32 МБ; это не расписание
import-neither = это не schedule.json и не schedule.xml
import-neither-hint = выгрузите расписание из pretalx или frab в JSON или XML и импортируйте этот файл
import-not-xml = это некорректный XML: { $why }
import-not-json = это некорректный JSON: { $why }
import-empty = файл пуст
import-cut-off-hint = файл обрывается на середине — скачивание прервалось; скачайте его ещё раз
import-web-page = это веб-страница (HTML), а не schedule.json или schedule.xml
import-web-page-hint = видимо, вместо расписания сохранилась страница входа: войдите в pretalx или frab, выгрузите там расписание в JSON или XML и импортируйте этот файл
import-workbook = это книга электронной таблицы (Excel или LibreOffice), а не schedule.json или schedule.xml
import-pdf = это документ PDF, а не schedule.json или schedule.xml
import-json-mended-hint = pretalx так не пишет: файл изменили после выгрузки; выгрузите schedule.json заново или исправьте его в указанном месте
import-xml-mended-hint = frab и pretalx так не пишут: файл изменили после выгрузки; выгрузите schedule.xml заново или исправьте его в указанном месте
import-xml-entity-hint = в XML есть только &amp; &lt; &gt; &quot; и &apos;: напишите сам символ (вместо &nbsp; — неразрывный пробел) или выгрузите schedule.xml заново
import-xml-root = корневой элемент XML — <{ $root }>, а не <schedule>
import-xml-root-hint = schedule.xml из frab или pretalx начинается с <schedule>
import-no-conference = в этом JSON нет `schedule.conference`
import-no-conference-hint = в schedule.json из pretalx или frab есть {"{"}"schedule": {"{"}"conference": {"{"}...{"}"}{"}"}{"}"}
import-note-no-start = у события `{ $key }` ({ $title }) нет даты и времени начала; оно пропущено
import-note-past-midnight = событие `{ $key }` продолжается после полуночи; в программе оно кончается в 23:59, настоящее время окончания записано в заметках заседания
import-not-loaded-back = { $file } записан, но не загружается обратно:
import-wrote = записан { $file }: { $sessions ->
    [one] { $sessions } заседание
    [few] { $sessions } заседания
   *[other] { $sessions } заседаний
}, { $people ->
    [one] { $people } участник
    [few] { $people } участника
   *[other] { $people } участников
}

## Причины serde_json, если schedule.json — не JSON (src/import/why.rs)

import-json-at = { $what } (строка { $line }, столбец { $column })
import-json-eof-list = конец файла внутри списка
import-json-eof-object = конец файла внутри объекта
import-json-eof-string = конец файла внутри строки
import-json-eof-value = конец файла там, где ожидается значение
import-json-colon = ожидается `:`
import-json-comma-list = ожидается `,` или `]`
import-json-comma-object = ожидается `,` или `{"}"}`
import-json-ident = ожидается true, false или null
import-json-value = ожидается значение
import-json-quote = ожидается `"`
import-json-escape = неверная escape-последовательность
import-json-number = неверное число
import-json-range = число вне допустимого диапазона
import-json-code-point = неверный код символа Юникода
import-json-control = управляющий символ (\u0000-\u001F) внутри строки
import-json-key-string = ключ должен быть строкой
import-json-trailing-comma = лишняя запятая
import-json-trailing = лишние символы после конца
import-json-hex-end = escape-последовательность \u оборвана
import-json-recursion = слишком глубокая вложенность
import-json-surrogate = одиночный суррогат в escape-последовательности \u

## Причины roxmltree, если schedule.xml — не XML (src/import/why.rs)

import-xml-close-tag = ожидался закрывающий тег '{ $expected }', а не '{ $actual }' (строка { $row }, столбец { $col })
import-xml-stray-close = лишний закрывающий тег (строка { $row }, столбец { $col })
import-xml-bad-entity = неправильная ссылка на сущность (строка { $row }, столбец { $col })
import-xml-unknown-entity = неизвестная ссылка на сущность '{ $name }' (строка { $row }, столбец { $col })
import-xml-lt-in-attribute = неэкранированный '<' в значении атрибута (строка { $row }, столбец { $col })
import-xml-duplicate-attribute = атрибут '{ $name }' повторяется (строка { $row }, столбец { $col })
import-xml-unknown-namespace = неизвестный префикс пространства имён '{ $name }' (строка { $row }, столбец { $col })
import-xml-no-root = в документе нет корневого элемента
import-xml-unclosed-root = корневой элемент открыт, но не закрыт
import-xml-declaration = лишнее объявление XML (строка { $row }, столбец { $col })
import-xml-dtd = XML с DTD не принимается
import-xml-name = неверное имя (строка { $row }, столбец { $col })
import-xml-char = ожидается '{ $expected }', а не '{ $actual }' (строка { $row }, столбец { $col })
import-xml-char2 = ожидается { $expected }, а не '{ $actual }' (строка { $row }, столбец { $col })
import-xml-string = ожидается '{ $expected }' (строка { $row }, столбец { $col })
import-xml-comment = комментарий содержит '--' (строка { $row }, столбец { $col })
import-xml-token = непонятная конструкция (строка { $row }, столбец { $col })
import-xml-end = документ обрывается раньше конца
import-xml-want-space = пробел
import-xml-want-quote = кавычка
import-xml-want-bracket = '[' или '>'
import-xml-want-external = кавычка, SYSTEM или PUBLIC
ui-same-e-mail = та же электронная почта
ui-same-name = то же имя
ui-same-name-in-another-script = то же имя в другой письменности
ui-same-name-spelled-differently = то же имя в другом написании
ui-same-name-with-initials = то же имя с инициалами
ui-same-name-without-the-patronymic = то же имя без отчества
ui-also-matches = тоже подходит
ui-Zoom-attendee-report = отчёт Zoom об участниках
ui-Google-Forms = Google Forms
ui-Indico-registrations = регистрации Indico
ui-Russian-language-sheet = русскоязычная таблица
ui-sheet = таблица

## The TUI's fixed phrases: key descriptions and footer hints (the keymap
## and each view's SPEC), help section titles, view names, column headers
## and panel titles. The key is made from the English words
## (src/i18n/phrase.rs); the tables in the code keep the English.

ui-the-help-at-the-keys-of-where-you-are-even-in-a-dialog-or-while-typing = справка по клавишам того места, где вы, даже в диалоге или при вводе
ui-quit-asks-first-when-edits-are-unsaved-again-to-quit-without-saving = выход (сначала спросит, если правки не сохранены; ещё раз — выход без сохранения)
ui-close-the-help-Esc-first-drops-a-search = закрыть справку (Esc сначала сбрасывает поиск)
ui-close = закрыть
ui-search-the-help-only-the-keys-whose-words-match-stay-Enter-keeps-it = поиск по справке: остаются только клавиши с такими словами (Enter оставляет его)
ui-search = поиск
ui-scroll-up = прокрутить вверх
ui-scroll-down = прокрутить вниз
ui-scroll = листать
ui-page-up = страница вверх
ui-page-down = страница вниз
ui-to-the-top = в начало
ui-to-the-end = в конец
ui-keep-the-search-and-browse-the-results = оставить поиск и смотреть результаты
ui-keep = оставить
ui-drop-the-search = сбросить поиск
ui-drop = сбросить
ui-move-up-in-the-results = вверх по результатам
ui-move-down-in-the-results = вниз по результатам
ui-move = перенести
# Курсор вниз по списку (в таблице клавиш "move|through a list"); ui-move — перенос заседания
ui-move-through-a-list = по списку
ui-move-to-the-next-difference = далее
ui-cursor-left = курсор влево
ui-cursor-right = курсор вправо
ui-cursor-to-the-start = курсор в начало
ui-cursor-to-the-end = курсор в конец
ui-delete-the-character-before-the-cursor = удалить символ перед курсором
ui-delete-the-character-under-the-cursor = удалить символ под курсором
ui-delete-the-word-before-the-cursor = удалить слово перед курсором
ui-delete-the-whole-line = удалить всю строку
ui-apply-add-the-note-or-set-the-due-date = применить: добавить заметку или задать срок
ui-apply = применить
ui-drop-the-text-changing-nothing = отбросить текст, ничего не меняя
ui-quit-asks-first-when-edits-are-unsaved = выход (сначала спросит, если правки не сохранены)
ui-quit = выход
ui-show-every-key-this-screen-at-the-keys-of-where-you-are = все клавиши (этот экран), начиная с клавиш того места, где вы
ui-help = справка
ui-next-view = следующий вид
ui-views = виды
ui-previous-view = предыдущий вид
ui-switch-the-display-language-among-the-meeting-s-working-languages = переключить язык показа между рабочими языками встречи
ui-language = язык
ui-move-up = вверх
ui-move-down = вниз
ui-first-row = первая строка
ui-last-row = последняя строка
ui-scroll-the-detail-pane-up = прокрутить панель подробностей вверх
ui-scroll-the-detail-pane-down = прокрутить панель подробностей вниз
ui-detail = подробно
ui-take-the-selected-one-one-edit-u-undoes-it = взять выбранное (одна правка: u отменяет её)
ui-take = взять
ui-close-the-list-changing-nothing = закрыть список, ничего не меняя
ui-cancel = отмена
ui-back-to-the-list-on-the-session-selected-in-the-grid = назад к списку, на заседании, выбранном в сетке
ui-list = список
ui-cursor-to-the-room-on-the-left-rooms-page-sideways = курсор в зал слева (залы листаются вбок)
ui-rooms = залы
ui-cursor-to-the-first-session-in-this-room-that-day = курсор на первое заседание этого зала в этот день
ui-cursor-to-the-last-session-in-this-room-that-day = курсор на последнее заседание этого зала в этот день
ui-cursor-to-the-room-on-the-right-past-the-last-the-band-alongside = курсор в зал справа (за последним — полоса параллельных)
ui-cursor-a-slot-a-step-15-minutes-at-first-earlier = курсор на шаг (сначала 15 минут) раньше
ui-cursor-a-slot-later = курсор на шаг позже
ui-time = время
ui-the-meeting-s-previous-day = предыдущий день встречи
ui-the-meeting-s-next-day = следующий день встречи
ui-days = дни
ui-select-the-session-under-the-cursor-e-edits-it-v-shows-it-in-the-list = выбрать заседание под курсором (e правит его; v показывает его в списке)
ui-select = выбрать
ui-add-a-session-here-the-form-prefilled-in-the-band-an-exhibition = добавить заседание здесь (форма заполнена); в полосе — выставку
ui-add-here = добавить тут
ui-add-a-break-at-the-cursor-s-time-across-every-room = добавить перерыв во время курсора во всех залах
ui-move-the-session-under-the-cursor-else-the-selected-one-a-step-earlier = сдвинуть заседание под курсором (иначе выбранное) на шаг раньше
ui-move-it-a-step-later = сдвинуть его на шаг позже
ui-move-it-to-the-room-on-the-left = перенести его в зал слева
ui-move-it-to-the-room-on-the-right-L-switches-the-language-in-the-list = перенести его в зал справа (L переключает язык в списке)
ui-end-it-a-step-earlier = закончить его на шаг раньше
ui-end-it-a-step-later = закончить его на шаг позже
ui-the-step-5-10-15-30-or-60-minutes-a-row-moves-and-resizes-go-by-it = шаг: 5, 10, 15, 30 или 60 минут на строку; по нему идут сдвиги и изменения длины
ui-mark-it-as-running-alongside-the-rest-side-band-no-clash-or-not = отметить как идущее параллельно (боковая полоса, без конфликта) или снять отметку
ui-show-times-in-the-zone-typed-a-wrong-name-gets-a-hint = показать время в введённом поясе; неверное имя получит подсказку
ui-show = показать
ui-keep-the-zone-shown-now = оставить показанный сейчас пояс
ui-set-open = статус: открыто
ui-set-in-progress = статус: в работе
ui-set-waiting = статус: ожидает
ui-set-done-records-today-as-the-day-it-closed = статус: сделано (сегодня записывается днём закрытия)
ui-set-dropped = статус: снято
ui-next-status = следующий статус
ui-status = статус
ui-add-a-progress-note-dated-today = добавить заметку о ходе с сегодняшней датой
ui-note = заметка
ui-move-the-due-date-YYYY-MM-DD-plus-14d-plus-2w = перенести срок (ГГГГ-ММ-ДД, +14d, +2w)
ui-due = срок
ui-next-one-skip-this-one-as-it-is = следующее (оставить это как есть)
ui-next = далее
ui-previous-one = предыдущее
ui-back = назад
ui-end-the-review-the-summary-then-the-list-what-was-done-stays = закончить просмотр: итог, затем список (сделанное остаётся)
ui-end = конец
ui-undo-the-last-edit = отменить последнюю правку
ui-undo = отменить
ui-redo-what-was-undone = вернуть отменённое
ui-save-the-meeting-atomic-refuses-a-file-changed-on-disk = сохранить встречу (атомарно; не пишет поверх файла, изменённого на диске)
ui-save = сохранить
ui-command-line-w-save-q-quit-wq-save-and-quit-q-quit-without-saving = командная строка: :w сохранить, :q выйти, :wq сохранить и выйти, :q! выйти без сохранения
ui-export-the-meeting-a-session-a-room-or-a-person-to-a-file = экспорт встречи, заседания, зала или человека в файл
ui-export = экспорт
ui-open-the-meeting-file-in-EDITOR-at-the-selected-item-reload-on-return = открыть файл встречи в $EDITOR на выбранной записи; перечитать по возвращении
ui-read-the-file-and-preview-what-would-change-nothing-written-yet = прочитать файл и показать, что изменится (пока ничего не записано)
ui-read = читать
ui-close-importing-nothing = закрыть, ничего не импортируя
ui-previous-differing-value-or-suggestion-or-scroll-up = предыдущее различие или подсказка (или прокрутка вверх)
ui-next-differing-value-or-suggestion-or-scroll-down = следующее различие или подсказка (или прокрутка вниз)
ui-keep-the-roster-s-value-of-this-difference = оставить значение из списка участников
ui-ours = наше
ui-take-the-file-s-value-of-this-difference = взять значение из файла
ui-accept-the-suggested-value-of-this-problem-again-take-it-back = принять предложенное значение (повторно — отменить)
ui-theirs = их
ui-import-once-every-difference-is-chosen-one-edit-u-undoes-Ctrl-s-saves = импортировать, когда выбраны все различия (одна правка: u отменяет, Ctrl-s сохраняет)
ui-import = импорт
ui-back-to-the-file-s-path = назад к пути файла
ui-previous-twin = предыдущий двойник
ui-next-twin = следующий двойник
ui-twin = двойник
ui-keep-the-other-record-s-id = оставить id другой записи
ui-which-id = какой id
ui-merge-one-edit-u-undoes-it-Ctrl-s-saves-it = объединить (одна правка: u отменяет, Ctrl-s сохраняет)
ui-merge = объединить
ui-close-merging-nothing = закрыть, ничего не объединяя
ui-next-field = следующее поле
ui-previous-field = предыдущее поле
ui-check-the-form-and-apply-it = проверить форму и применить
ui-close-the-form-changing-nothing = закрыть форму, ничего не меняя
ui-delete-a-character-a-chosen-entry-in-a-list-field = удалить символ (выбранный элемент в поле-списке)
ui-keep-the-value-and-type-after-it-typing-on-entering-a-field-replaces-it = оставить значение и печатать после него (ввод при входе в поле заменяет его)
ui-mark-the-field-not-confirmed-yet-or-confirmed-again-by-its-label = отметить поле как ещё не подтверждённое или снова подтверждённое (~ у названия поля)
ui-not-confirmed = не подтверждено

## Формы: форма заседания и форма встречи

form-keys = Tab далее · Enter применить · Esc отмена · Ctrl-u очистить
form-keys-marks = Tab далее · Enter применить · Esc отмена · Ctrl-t не подтверждено
form-pick-hint = печатайте для поиска, пробел — список
form-add-hint = добавить
form-in-language = { $label } ({ $lang })
form-kind-alongside = идёт параллельно программе: на всех рабочих языках, без кабины
form-marked-tentative = отмечено как ещё не подтверждённое (~); Ctrl-t ещё раз подтверждает
form-marked-confirmed = отмечено как подтверждённое
form-suggestion-filled = `{ $was }` не распознано; подставлено `{ $now }` — скорее всего, имелось в виду это: Enter принимает, или наберите другое
form-discard-title = Отбросить изменения?
form-discard-line = { $form }: всё набранное в этой форме пропадёт, встреча останется как была.
form-discard-added = { $count ->
    [one] { $names }: эта запись добавлена в список участников из этой формы и будет снова убрана.
    [few] { $names }: эти записи добавлены в список участников из этой формы и будут снова убраны.
   *[many] { $names }: эти записи добавлены в список участников из этой формы и будут снова убраны.
}
form-discard-keep = продолжить правку
form-discard-yes = отбросить изменения
form-discard-kept-editing = правка продолжается: Enter применяет форму, Esc снова спросит, отбросить ли её
form-discarded = изменения формы отброшены: встреча осталась как была
form-discarded-added = изменения формы отброшены, { $names } снова убраны из списка участников: встреча осталась как была
form-discarded-kept = { $count ->
    [one] изменения формы отброшены, но { $names } остаётся в списке участников (встреча с тех пор изменилась): уберите вручную в 3 Участники
    [few] изменения формы отброшены, но { $names } остаются в списке участников (встреча с тех пор изменилась): уберите вручную в 3 Участники
   *[many] изменения формы отброшены, но { $names } остаются в списке участников (встреча с тех пор изменилась): уберите вручную в 3 Участники
}
tui-picker-enter-not-new = Enter выбирает участника из списка; Ctrl-a добавляет «{ $name }» как нового участника
form-not-markable = это поле нельзя отметить неподтверждённым (время, зал, название — можно)
form-title-needed = нужно название (хотя бы на одном языке)
form-not-on-roster = `{ $id }` нет в списке участников
form-not-a-language = `{ $code }` — не код языка ISO 639-1, как en или ru
form-not-a-country = `{ $code }` — не код страны ISO 3166, как KZ
form-document-title-needed = у документа должно быть название (чтобы убрать документ, очистите и ссылку)
form-not-a-document-kind = `{ $kind }` — не вид документа: document, concept-note, programme, presentation, recording, report
form-not-a-time = `{ $value }` — не время; наберите 11:00, 11 или 1100
form-not-a-duration = `{ $value }` — не длительность; наберите +90m, +1h30 или +1:30
form-duration-range = `{ $value }`: длительность должна быть от 1 минуты до 24 часов
form-not-a-session-kind = `{ $kind }` — не вид заседания
form-length-past-midnight = { $start } плюс { $len } мин — это уже после полуночи
form-length-needs-start = для длительности нужно время начала
form-not-iso-language = `{ $code }` — не код языка ISO 639-1
form-session-keeps-id = у заседания остаётся id (на него могут ссылаться поручения)
form-session-id-taken = `{ $id }` уже занят другим заседанием
form-meeting-title-needed = встрече нужно название
form-meeting-ends-before-start = встреча не может закончиться ({ $end }) раньше, чем начнётся ({ $start })
form-zone-did-you-mean = ; может быть, { $zone }?
form-not-iana-zone = `{ $zone }` — не часовой пояс IANA (например, Asia/Almaty){ $hint }
form-not-a-language-code = `{ $code }` — не код языка, как en или ru
form-not-a-format = `{ $format }` — не один из форматов in-person, online, hybrid
form-title = Название
form-kind = Вид
form-date = Дата
form-end-date = Последний день
form-end-date-hint = пусто — один день
form-end-date-before = последний день { $end } раньше даты сессии { $date }: укажите день не раньше её или оставьте пустым для одного дня
form-start = Начало
form-start-hint = 11:00, 11, 1100
form-end = Конец или длительность
form-end-hint = 12:30 или +90m для длительности
form-end-hint-short = 12:30 или +90m
form-new-meeting-in = Новая встреча в { $folder }
form-this-folder = этой папке
form-room = Зал
form-link = Ссылка
form-link-hint = для онлайн-заседаний
form-chair = Председатель
form-speakers = Выступающие
form-lead = Ведущая организация
form-floor = Язык заседания
form-interpretation = Перевод на
form-session-tentative = Всё заседание не подтверждено
form-notes = Заметки
form-id = Идентификатор
form-session-id-hint = пусто — составится из названия
form-booth-team = Кабина { $lang }: переводчики
form-booth-retour = Кабина { $lang }: в обе стороны
form-booth-relay = Кабина { $lang }: реле с
form-booth-relay-hint = пусто — с языка зала
form-doc-title = Документ { $n }: название
form-doc-kind = Документ { $n }: вид
form-doc-language = Документ { $n }: язык
form-doc-url = Документ { $n }: ссылка
form-edit-meeting = Изменить встречу `{ $meeting }`
form-edit-meeting-label = изменение встречи
form-first-day = Первый день
form-last-day = Последний день
form-last-day-hint = пусто для однодневной встречи
form-timezone = Часовой пояс
form-timezone-hint = IANA, например Asia/Almaty
form-working-languages = Рабочие языки
form-format = Формат
form-short-title = Краткое название
form-short-title-hint = для списков: vCASIE 2020
form-theme = Тема
form-venue = Место проведения
form-description = Описание
form-audience = Аудитория
form-city = Город
form-country = Страна
form-series = Серия
form-series-hint = у встреч одной серии она общая
form-organizer = Организатор { $n }
form-host = Принимающая сторона { $n }
form-partner = Партнёр { $n }
form-objective = Цель { $n }
form-yes = да
form-no = нет
form-value-not-on-roster = { $id } (нет в списке участников)
form-edit-session = Изменить `{ $id }`
form-add-session = Новое заседание
form-add-break = Новый перерыв
form-move-session = Перенести `{ $id }`
form-new-date = Новая дата
form-new-start = Новое начало
form-push-later = Сдвинуть и остаток дня
form-resize-session = Сократить или продлить `{ $id }`
form-new-end = Новый конец или длительность
form-shift-rest = Сдвинуть и остаток дня
picker-people = Выберите участника (наберите несколько букв имени)
picker-languages = Выберите язык (код или название)
picker-kinds = Выберите вид заседания
picker-roles = Выберите роль
picker-statuses = Выберите статус
picker-formats = Выберите формат
picker-doc-kinds = Выберите вид документа
picker-add-new = + Ctrl-a: добавить «{ $name }» как нового участника
picker-nothing = ничего не найдено
picker-keys-new = ↑↓ выбор · Enter взять · Ctrl-a добавить нового · Esc назад
picker-keys = ↑↓ выбор · Enter взять · Esc назад
picker-search = поиск:

ui-move-up-from-the-first-row-to-the-last = вверх (с первой строки — на последнюю)
ui-pick-the-selected-row = взять выбранную строку
ui-pick = взять
ui-add-what-you-typed-as-a-new-participant = добавить введённое как нового участника
ui-add-new = новый
ui-close-the-picker = закрыть выбор
ui-the-first-answer = первый ответ
ui-the-safe-answer-nothing-is-changed = безопасный ответ (ничего не меняется)
ui-run-the-command = выполнить команду
ui-run = выполнить
ui-close-the-command-line = закрыть командную строку
ui-next-format-html-md-ics-frab-xml-schedule-json = следующий формат: html, md, ics, frab-xml, schedule-json
ui-format = формат
ui-previous-format = предыдущий формат
ui-next-scope-the-whole-meeting-the-selected-session-or-person-each-room = следующий охват: вся встреча, выбранное заседание или человек, каждый зал
ui-scope = охват
ui-previous-scope = предыдущий охват
ui-write-the-file-asks-before-replacing-one = записать файл (спросит, прежде чем заменить)
ui-write = записать
ui-close-writing-nothing = закрыть, ничего не записывая
ui-add-an-item-presentation = добавить пункт (выступление)
ui-add = добавить
ui-edit-the-item-title-speakers-minutes = править пункт: название, докладчики, минуты
ui-edit = править
ui-delete-the-item = удалить пункт
ui-delete = удалить
ui-move-the-item-earlier = переместить пункт раньше
ui-reorder = порядок
ui-move-the-item-later = переместить пункт позже
ui-redo = вернуть
ui-back-to-the-schedule = назад к программе
ui-Follow-ups-commitments-by-due-date = Поручения: обязательства по срокам
ui-review-the-open-ones-oldest-due-first = просмотреть открытые, сначала самые старые по сроку
ui-review = просмотр
ui-next-status-open-in-progress-waiting-done-dropped = следующий статус: открыто, в работе, ожидает, сделано, снято
ui-change-the-due-date-YYYY-MM-DD-plus-14d-plus-2w = изменить срок (ГГГГ-ММ-ДД, +14d, +2w)
ui-edit-title-owner-a-participant-or-an-organization-due-date-tags = править: название, ответственный (участник или организация), срок, метки
ui-carry-the-open-follow-ups-of-the-series-previous-meeting-into-this-one = перенести открытые поручения с предыдущей встречи серии в эту
ui-search-titles-owners-tags-and-notes-any-script-words-in-any-order = искать в названиях, ответственных, метках и заметках (любое письмо, слова в любом порядке)
ui-group-by-state-meeting-owner-status-or-due-month = группировать по состоянию, встрече, ответственному, статусу или месяцу срока
ui-group = группы
ui-this-meeting-only-or-every-meeting = только эта встреча или все встречи
ui-all-one = все/одна
ui-owed-only-or-every-status = только невыполненные или любой статус
ui-filter-by-status-choose-from-a-list-with-counts-several-at-once = фильтр по статусу: выбор из списка с числом людей, можно несколько
ui-filter-by-status-press-again-for-the-next = фильтр по статусу (ещё раз — следующий)
ui-filter-by-owner-press-again-for-the-next = фильтр по ответственному (ещё раз — следующий)
ui-filter-by-meeting-press-again-for-the-next = фильтр по встрече (ещё раз — следующая)
ui-filter-by-tag-press-again-for-the-next = фильтр по метке (ещё раз — следующая)
ui-filter-by-the-owner-s-country-press-again-for-the-next = фильтр по стране ответственного (ещё раз — следующая)
ui-clear-the-search-and-every-filter = сбросить поиск и все фильтры
ui-clear-search-and-filters-with-none-back-to-the-meetings = сбросить поиск и фильтры; если их нет — назад к встречам
ui-Interpretation-booths-interpreters-and-their-load-day-by-day = Перевод: кабины, переводчики и их нагрузка по дням
ui-add-an-interpreter-to-the-selected-booth-best-fit-first = добавить переводчика в выбранную кабину (лучшие первыми)
ui-take-an-interpreter-out-of-the-selected-booth = убрать переводчика из выбранной кабины
ui-remove = убрать
ui-make-the-booth-two-way-retour-or-one-way = сделать кабину двусторонней (ретур) или односторонней
ui-same-team-all-day-or-all-meeting-the-selected-booth-s-interpreters-staff-that-language-s-booth-in-every-session-of-the-day-in-its-room-or-of-every-day-asks-which-when-both-differ-one-edit-u-undoes-it = та же бригада на день или на всю встречу: переводчики выбранной кабины работают в кабине этого языка на всех заседаниях дня в этом зале или всех дней (спрашивает, если это не одно и то же; одна правка, u отменяет)
ui-two-way = двусторон.
ui-take-the-booth-s-source-from-the-floor-or-another-booth-relay = брать источник кабины с зала или из другой кабины (реле)
ui-relay = реле
ui-add-a-channel-interpret-the-session-into-another-language = добавить канал: переводить заседание на другой язык
ui-channel = канал
ui-remove-the-selected-booth-s-channel = удалить канал выбранной кабины
ui-write-the-session-s-turn-plan-beside-the-agenda-file-session-turns-txt = записать план смен заседания рядом с программой (<файл>-<заседание>-turns.txt)
ui-print = печать
ui-show-times-in-the-next-zone-as-in-the-Schedule = показать время в следующем поясе (как в Программе)
ui-back-to-the-meetings = назад к встречам
ui-Meetings-every-meeting-in-the-folder = Встречи: все встречи в папке
ui-open-the-meeting-s-schedule = открыть программу встречи
ui-open = открыть
ui-create-a-new-meeting-file-from-a-short-form = создать файл новой встречи по короткой форме
ui-new = новая
ui-edit-the-meeting-title-dates-languages-venue-organizers-objectives-notes = править встречу: название, даты, языки, место, организаторы, цели, заметки...
ui-Problems-errors-and-warnings-from-the-checks = Проблемы: ошибки и предупреждения проверок
ui-go-to-the-session-participant-or-follow-up-it-is-about = перейти к заседанию, участнику или поручению, о котором речь
ui-go-to = перейти
ui-Roster-the-meeting-s-participants = Участники: люди встречи
ui-search-names-organizations-and-countries-any-script-words-in-any-order = искать имена, организации и страны (любое письмо, слова в любом порядке)
ui-sort-by-the-next-column = сортировать по следующему столбцу
ui-sort = сорт.
ui-reverse-the-sort-order = обратный порядок сортировки
ui-filter-by-country-choose-from-a-list-with-counts-several-at-once = фильтр по стране: выбор из списка с числом людей, можно несколько
ui-country = страна
ui-filter-by-role-choose-from-a-list-with-counts-several-at-once = фильтр по роли: выбор из списка с числом людей, можно несколько
ui-role = роль
ui-add-a-participant = добавить участника
ui-edit-the-participant = править участника
ui-remove-the-participant-asks-and-says-where-they-appear = удалить участника (спросит и скажет, где он упомянут)
ui-next-status-invited-confirmed-attended-declined = следующий статус: приглашение, подтверждено, участие, отказ
ui-status-plus = статус+
ui-merge-with-a-likely-twin-flagged-both-names-kept-references-rewritten = объединить с вероятным двойником (помечен =): оба имени сохраняются, ссылки переписываются
ui-import-registrations-Indico-Zoom-Forms-Excel-CSV-with-a-preview = импорт регистраций (Indico, Zoom, Forms, Excel CSV) с предпросмотром
ui-Schedule-of-the-selected-meeting-day-by-day = Программа выбранной встречи по дням
ui-show-times-in-the-next-zone-the-meeting-s-UTC-the-participants = показать время в следующем поясе: встречи, UTC, участников
ui-zone = пояс
ui-show-times-in-a-zone-you-type-IANA-name-e-g-Europe-Paris = показать время в поясе, который вы введёте (имя IANA, напр. Europe/Paris)
ui-back-to-the-meeting-s-zone-in-it-back-to-the-meetings = назад к поясу встречи; в нём — назад к встречам
ui-show-the-day-as-a-grid-of-rooms-side-by-side-or-as-the-list-again = показать день сеткой залов рядом или снова списком
ui-list-grid = список/сетка
ui-add-a-follow-up-this-session-produced = добавить поручение по итогам заседания
ui-follow-up = поручение
ui-add-a-session = добавить заседание
ui-add-a-break = добавить перерыв
ui-edit-the-session-title-times-room-chair-languages = править заседание (название, время, зал, председатель, языки...)
ui-duplicate-the-session = копировать заседание
ui-delete-the-session-asks-first = удалить заседание (сначала спросит)
ui-move-the-session-to-another-day-or-time = перенести заседание на другой день или время
ui-shorten-the-session-by-15-minutes = сократить заседание на 15 минут
ui-lengthen-the-session-by-15-minutes = удлинить заседание на 15 минут
ui-shorten-the-session-by-5-minutes = сократить заседание на 5 минут
ui-lengthen-the-session-by-5-minutes = удлинить заседание на 5 минут
ui-set-the-session-s-end-or-length-optionally-shifting-the-rest-of-the-day = задать конец или длину заседания, при желании сдвинув остаток дня
ui-the-session-s-items-presentations-add-edit-delete-reorder = пункты заседания (выступления): добавить, править, удалить, упорядочить
ui-items = пункты
ui-Everywhere = Везде
ui-In-every-list = В любом списке
ui-While-typing-a-search = При вводе поиска
ui-Editing-a-line-of-text-searches-prompts-form-fields = Правка строки текста (поиск, запросы, поля форм)
ui-In-this-help = В этой справке
ui-Reviewing-follow-ups-R = Просмотр поручений (R)
ui-The-Schedule-as-a-day-grid-v = Программа сеткой дня (v)
ui-In-a-form = В форме
ui-In-a-picker-type-to-filter = В выборе (печатайте, чтобы отфильтровать)
ui-In-a-question = В вопросе
ui-On-the-command-line-w-save-q-quit-wq-q = В командной строке : (w сохранить, q выйти, wq, q!)
ui-In-a-session-s-items = В пунктах заседания
ui-In-a-choice-list-type-to-filter = В списке выбора (печатайте, чтобы отфильтровать)
ui-Typing-a-time-zone = Ввод часового пояса
ui-Typing-a-note-or-a-due-date = Ввод заметки или срока
ui-In-the-Export-dialog-X-type-the-file-s-path = В диалоге экспорта (X; введите путь файла)
ui-Merging-twins-M-in-the-Roster = Объединение двойников (M в Участниках)
ui-Importing-registrations-I-in-the-Roster-type-the-CSV-TSV-file-s-path = Импорт регистраций (I в Участниках; введите путь файла CSV/TSV)
ui-The-import-s-preview-differing-values-chosen-one-by-one = Предпросмотр импорта (различия выбираются по одному)
ui-people-across-every-loaded-meeting-one-row-each-again-back = люди всех открытых встреч, по строке на человека (ещё раз — назад)
ui-across = все встречи
ui-Meetings = Встречи
ui-Schedule = Программа
ui-Roster = Участники
ui-Follow-ups = Поручения
ui-Problems = Проблемы
ui-Interpretation = Перевод
ui-Meeting = Встреча
ui-Dates = Даты
ui-Where = Где
ui-People = Люди
ui-Sessions = Засед.
ui-Due = Срок
ui-Status = Статус
ui-Owner = Ответственный
ui-Follow-up = Поручение
ui-Time = Время
ui-Session-booth = Заседание / кабина
ui-Session = Заседание
ui-Chair = Председатель
ui-Lang = Яз.
ui-Name = Имя
ui-Organization = Организация
ui-Ctry = Стр.
ui-Role = Роль
ui-What = Что
ui-Participant = Участник
ui-Summary = Сводка
ui-Problem = Проблема
ui-Booth = Кабина
ui-Theme = Тема
ui-When = Когда
ui-Languages = Языки
ui-Organizers = Организаторы
ui-Hosts = Принимающие
ui-Partners = Партнёры
ui-File = Файл
ui-Objectives = Цели
ui-Notes = Заметки
ui-Countries = Страны
ui-Organizations = Организации

## Вид «Встречи»: заголовок списка и сводка встречи (src/tui/views/meetings.rs)

tui-meetings-in = — { $n } в { $path }
tui-files-unopened = x не открылось файлов: { $n }; см. 5 Проблемы
tui-meeting-hint = Enter открывает программу; 3 — участников, 4 — поручения.
tui-when = { $dates } · время по { $zone }
tui-zone-not-confirmed = ~ (пояс ещё не подтверждён)
tui-on-roster = { $n } в списке
tui-from-countries = , из { $n ->
    [one] { $n } страны
   *[other] { $n } стран
}
tui-attendance = присутствовало { $n }
tui-attendance-about = присутствовало около { $n }
tui-sessions-label = Заседания
tui-sessions-over = { $n } за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
tui-follow-ups-counts = { $n } · открыто { $open }, просрочено { $over } { $overdue_mark }, скоро срок { $soon } { $soon_mark }
tui-problems-counts = ошибок: { $errors }, предупреждений: { $warnings }
tui-problems-checking = проверяю…
tui-open-n = { $n } откр.
tui-legend-errors = { $mark } ошибки
tui-legend-warnings = { $mark } предупреждения
tui-legend-overdue = { $mark } просроченные поручения

## Заголовки списков (src/tui/views/*.rs)

tui-over-days = — { $what } за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
count-booths = { $n ->
    [one] { $n } кабина
    [few] { $n } кабины
   *[many] { $n } кабин
}
ui-every-organization-with-its-count-the-summary-s-plus-N-more-to-filter-by = все организации с числом людей (полный список вместо «ещё N» в сводке), для фильтра
ui-tick-or-untick-the-value-on-all-untick-every-one = отметить значение или снять отметку (на строке «все»: снять все отметки)
ui-tick = отметить
ui-show-the-people-with-any-ticked-value = показать людей с любым из отмеченных значений
ui-In-a-Roster-filter-list-c-o-r-t-type-to-narrow-it = В списке фильтра участников (c, o, r, t; печатайте, чтобы сузить)

## The Schedule's day grid (src/tui/views/schedule_grid.rs, src/tui/app/grid_state.rs)

tui-grid-day = День { $n }/{ $days }
tui-grid-nothing = пока пусто
tui-grid-cursor = курсор: { $place } { $time }
tui-grid-cell-of = { $k } из { $n } здесь (Enter)
tui-grid-rows = шаг { $step } мин (s)
tui-grid-zone = время: { $zone }
tui-grid-online = онлайн
tui-grid-no-room = без зала
tui-grid-alongside = параллельно
tui-grid-more = ещё { $n }
tui-grid-opened = сетка дня: hjkl курсор, a добавить, JKHL сдвиг, <> длина, v список
tui-grid-closed = программа списком (v: сетка)
tui-grid-step = строки по { $step } мин: по ним ходят j/k, сдвиги и изменение длины
tui-grid-selected = выбрано: e изменить, v показать в списке
tui-grid-selected-of = выбрано { $k } из { $n } здесь: Enter — следующее, e изменить
tui-grid-nothing-at = в «{ $place }» в { $time } ничего нет
tui-grid-add-alongside = Добавить параллельное мероприятие в { $time }
# A new break's title, written into the file in each working language.
break-title = Кофе-брейк
tui-grid-add-break = Добавить перерыв в { $time }
tui-grid-add-session = Добавить заседание: { $room }, { $time }
tui-schedule-empty = заседаний пока нет: a добавит заседание, b — перерыв
tui-meeting-created = создан { $file }; a добавит заседание
tui-grid-band-no-rooms = параллельное мероприятие остаётся в полосе справа: A вернёт его в колонку зала
tui-grid-moved-alone = сдвинуто одно; m — вместе с остатком дня
tui-grid-let-go-band = отпустите: `{ $id }` в { $time }, параллельно
tui-grid-no-session-here = здесь нет заседания: поставьте курсор на блок (или щёлкните по нему), или a добавит новое
tui-grid-needs-times = сначала задайте начало и конец заседания (e)
tui-grid-no-room-further = дальше в эту сторону залов нет
tui-grid-before-midnight = тогда оно начнётся до полуночи: остаётся на месте
tui-grid-ends-by-midnight = заседание заканчивается не позже 23:59
tui-grid-let-go = отпустите: `{ $id }` в «{ $place }» в { $time }
tui-grid-let-go-end = отпустите: `{ $id }` закончится в { $time }
tui-grid-opened-no-rooms = сетка дня: a добавит заседание; зал из формы станет колонкой

## The TUI's frame: title bar, status line, start-up and empty screens
## (src/tui/views/frame.rs)

tui-unsaved = не сохранено
tui-loading = загрузка { $done }/{ $total }
tui-too-small = Терминал слишком мал: { $w }x{ $h }. Для Plenary нужно не меньше { $min_w }x{ $min_h }; увеличьте окно или нажмите q для выхода.
tui-nothing-to-open = Здесь нечего открыть.
tui-run-inside = Запустите plenary в папке с файлами встреч (*.yaml) или рядом с agendas/,
tui-or-name-path = или укажите папку или файл: plenary ПУТЬ.   plenary --help: все команды.   q: выход.
tui-loading-from = Загрузка встреч из { $path } …
tui-reading = чтение { $path }
tui-no-meeting-opened = Не удалось открыть ни одной встречи.
tui-files-have-errors = Файлов с ошибками в { $path }: { $n }. Нажмите 5, чтобы увидеть ошибки, и исправьте их в редакторе: plenary откроет файл снова, как только вы его сохраните.
tui-no-meeting-files = В { $path } нет файлов встреч.
tui-meeting-is-yaml = Встреча — это один файл YAML (*.yaml). Нажмите n, чтобы создать её здесь, положите файлы встреч в эту папку или откройте другую:
tui-plenary-path = plenary ПУТЬ (папка или один файл).   plenary --help: все команды.   q: выход.
tui-n-of-files = { $done } из { $total } файлов

## The TUI's ? screen (src/tui/views/help.rs)

tui-marker-selected = выбранная строка (также выделена инверсией)
tui-marker-error = ошибка
tui-marker-warning = предупреждение: заседание затронуто им (подробности в его панели)
tui-marker-tentative = ещё не подтверждено (после времени или зала либо перед строкой)
tui-marker-duplicate = возможно, тот же человек, что и в другой записи
tui-marker-overdue = поручение просрочено
tui-marker-due-soon = срок поручения — в ближайшие две недели
tui-marker-done = поручение выполнено
tui-marker-dropped = поручение снято
tui-marker-floor = Перевод: заседание ведётся на этом языке
tui-marker-staffed = Перевод: переводчиков в кабине / сколько требует норма
tui-marker-two-way = Перевод: двусторонняя кабина (переводит и обратно на язык зала)
tui-marker-open = Перевод: канал, на который ещё никто не назначен
tui-marker-none = Перевод: на этом языке нет ни зала, ни канала
tui-help-no-match = Ни в одном описании клавиш нет «{ $query }» (Esc: все клавиши).
tui-help-markers = Значки
tui-help-search-note = Поиск не различает регистр и письмо: «umankulova» найдёт Уманкулова, «li fan» — Fan Li.
tui-help-title-search = Поиск клавиш: { $input }▏ (Enter — оставить, Esc — сбросить)
tui-help-title-query = Клавиши с «{ $query }» — / изменить, Esc — все
tui-help-title = Сначала клавиши этого экрана — / поиск, Esc закрыть, j/k прокрутка

# Файлы, изменённые на диске (tui::app::editing::disk_watch).
tui-disk-reloaded = { $path } изменён на диске; загружен заново
tui-disk-reloading = загружается заново { $path }…
tui-disk-does-not-load = { $path } изменён на диске и теперь не загружается ({ $why }); показана прежняя версия · в 5 Проблемы { $n ->
    [one] эта ошибка
    [few] все { $n } ошибки
   *[many] все { $n } ошибок
}
tui-disk-deleted = { $path } удалён или перемещён на диске; то, что показано здесь, останется до выхода
tui-disk-deleted-unsaved = { $path } удалён или перемещён на диске; то, что показано здесь, останется до выхода (Ctrl-s предложит сохранить под другим именем)
tui-disk-editor-reloaded = { $path } загружен заново после правки; { $n ->
    [one] { $n } проблема
    [few] { $n } проблемы
   *[many] { $n } проблем
}
tui-disk-editor-unchanged = { $path } не изменился после правки; { $n ->
    [one] { $n } проблема
    [few] { $n } проблемы
   *[many] { $n } проблем
}
tui-disk-editor-does-not-load = { $path } теперь не загружается, поэтому показана прежняя версия: { $why } (E — исправить)
tui-disk-asked-reloaded = { $path } загружен с диска заново
tui-disk-asked-failed = не удалось заново загрузить { $path }: { $why }; здесь ничего не изменилось
tui-disk-now-a-roster = теперь это список участников, а не встреча
tui-disk-bug = plenary не справился с этим файлом (это ошибка, сообщите о ней): { $what }
tui-disk-fallback = система не сообщает Plenary об изменениях файлов ({ $why }); вместо этого раз в секунду сравниваются их размер и время
tui-disk-new-opened = { $path } появился на диске; открыт
tui-disk-fixed-opened = { $path } теперь загружается; открыт
tui-disk-new-failed = { $path } изменён на диске и не загружается: { $n ->
    [one] { $n } проблема
    [few] { $n } проблемы
   *[many] { $n } проблем
}, см. 5 Проблемы
tui-disk-back = { $path } снова на диске в том виде, в каком был загружен
tui-disk-undo-cleared = история отмены очищена: её шаги относились к прежней версии
tui-disk-theirs-broken = Их версия не загружается, поэтому её нельзя ни слить, ни загрузить:
tui-disk-theirs-more = и ещё { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}: все они в 5 Проблемы
tui-disk-theirs-not-reloaded = Оставьте свою (ничего не пропадёт) или нажмите Esc и исправьте их файл: тогда Ctrl-s сольёт их.
tui-disk-loads-again-unsaved = { $path } на диске снова загружается; ваши несохранённые правки на месте (Ctrl-s сольёт их с ним)
tui-disk-fix-at = файл на диске не загружается: исправьте его в { $place } (E откроет его там); до тех пор показана прежняя версия
tui-problems-on-disk = { $path } на диске не загружается; показана прежняя версия
tui-problem-place-on-disk = на диске: { $place }
tui-problem-on-disk = Файл на диске не загружается, поэтому показана прежняя версия (ничего не пропало). Так о нём говорит plenary check: E откроет его на этой строке, а исправленный файл загрузится заново.
tui-meeting-on-disk = файл на диске не загружается; показана прежняя версия

## Интерфейс: сохранение, выход, файл изменён на диске (src/tui/app/editing/saving.rs)

tui-quit-title = Выйти? Есть несохранённые правки
tui-quit-unsaved = В этих встречах есть несохранённые правки:
tui-quit-save = сохранить их и выйти
tui-quit-discard = отбросить правки и выйти
tui-quit-cancel = отмена: продолжить работу
tui-saved = сохранено: { $files }
tui-no-meeting-to-save = нет открытой встречи, нечего сохранять
tui-file-no-changes = { $file }: изменений для сохранения нет
tui-no-changes = изменений для сохранения нет
tui-comments-kept = комментарии сохранены в { $files }
tui-not-saved = не сохранено: { $error }
tui-disk-changed-title = Файл изменён на диске
tui-disk-changed-1 = { $file } изменён вне Plenary (git pull или редактор).
tui-disk-changed-2 = Здесь есть несохранённые правки; пока ничего не записано.
tui-disk-merge-3 = Слияние сохранит обе версии: правки разных полей — без вопросов;
tui-disk-merge-4 = поле, изменённое с обеих сторон, будет показано, и вы выберете.
tui-disk-merge = слить их версию с моей и сохранить
tui-disk-keep-both = оставить обе: моя — в { $file }
tui-disk-deleted-title = Файл удалён на диске
tui-disk-deleted-1 = { $file } удалён или перемещён вне Plenary,
tui-disk-recreate = заново создать { $file } с моей версией
tui-disk-save-mine-as = сохранить мою версию в { $file }
tui-disk-discard = отбросить мои правки (файла так и не будет)
tui-disk-cannot-merge = Слить нельзя: { $why }.
tui-disk-reload = загрузить их версию, потеряв мои правки
tui-disk-overwrite = записать мою поверх (их версия останется в .theirs)
tui-unsaved-kept = несохранённые правки сохранены в { $file }
tui-unsaved-lost = несохранённые правки к { $file } потеряны: { $error }
tui-not-a-command = `:{ $line }` — не команда; :w сохранить, :q выйти, :wq — оба, :q! — без сохранения
tui-recreated = { $file } создан заново с вашей версией
tui-dropped-edits = ваши правки отброшены; { $file } на диске нет, он виден до выхода
tui-saved-over = моя версия записана поверх { $file } · их версия — в { $theirs }
tui-saving-over = моя версия записывается поверх { $file }…
tui-saving = сохраняется: { $files }…
tui-quit-when-saved = сохраняется: { $files }…; Plenary закроется, когда запись закончится
tui-not-quitting = Plenary не закрыт: правки не сохранены
tui-save-when-saved = { $file } ещё сохраняется; после этого он будет сохранён снова
tui-still-saving = { $file } ещё сохраняется; дождитесь конца записи и сохраните снова
tui-saved-as = моя версия сохранена как { $file }; { $theirs } — их версия, без изменений
tui-save-later = файл на диске отличается от вашего; Ctrl-s снова спросит, что оставить

## Интерфейс: рамки диалогов, выбор, вопросы, пункты, объединение, импорт (src/tui/app/editing/draw.rs)

tui-not-on-roster = { $id } (нет в списке участников)
tui-search-label = поиск:
tui-nothing-matches = ничего не найдено
tui-confirm-hint = Enter: первый ответ · Esc: ничего не менять
tui-merge-same-person = { $name } ({ $id }) — возможно, тот же человек, что и:
tui-merge-hint = j/k: двойник · Tab: оставить другой id · Enter: объединить · Esc: ничего
tui-merge-title = Объединение двойников
tui-import-path-hint = Enter: прочитать и показать · Esc: ничего
tui-import-title = Импорт регистраций
tui-import-preview-hint = o: наше · t: из файла · j/k: далее · Enter: импорт · Esc: ничего
tui-import-preview-hint-suggest = o: наше · t: из файла · a: принять подсказку · j/k: далее · Enter: импорт · Esc: ничего
tui-import-preview-title = Импорт регистраций · предпросмотр
tui-import-file-label = Файл регистраций (CSV или TSV; UTF-8, UTF-16 или Windows-1251):
tui-import-recognised = Понимает Indico, отчёты Zoom, Google Forms и русские заголовки.
tui-items-none = Пунктов пока нет: a добавляет.
tui-items-title = Пункты заседания `{ $id }`
tui-items-hint = a новый · e править · d удалить · J/K порядок · u отмена · Esc закрыть

## Интерфейс: правки и отмена (src/tui/app/editing/mod.rs)

tui-nothing-changed = ничего не изменилось
tui-problems-new = { $n ->
    [one] { $n } новая проблема
    [few] { $n } новые проблемы
   *[many] { $n } новых проблем
}: см. 5 Проблемы
tui-problems-gone = { $n ->
    [one] ушла { $n } проблема
    [few] ушли { $n } проблемы
   *[many] ушло { $n } проблем
}
tui-problems-new-gone = { $new ->
    [one] { $new } новая проблема
    [few] { $new } новые проблемы
   *[many] { $new } новых проблем
}, { $gone ->
    [one] ушла { $gone }
    [few] ушли { $gone }
   *[many] ушло { $gone }
}: см. 5 Проблемы
tui-undid = отменено: { $what }
tui-redid = возвращено: { $what }
tui-nothing-to-undo = нечего отменять
tui-nothing-to-redo = нечего возвращать
tui-across-read-only = участники всех встреч — только для чтения: A вернёт к участникам этой встречи для правки

## Интерфейс: пункты заседания (src/tui/app/editing/items.rs)

tui-item-minutes-such-as = `{ $value }` — не число минут (например, 15)
tui-item-speakers = Докладчики
tui-item-minutes = Минуты
tui-item-notes = Заметки
tui-item-title-needed = нужно название (хотя бы на одном языке) или выступающий
tui-item-untitled = (без названия: кто выступает)
tui-id-not-on-roster = `{ $id }` нет в списке участников
tui-item-not-minutes = `{ $value }` — не число минут
tui-item-add-title = Новый пункт заседания `{ $id }`
tui-item-edit-title = Пункт { $n } заседания `{ $id }`
tui-item-delete-label = удаление пункта { $n } заседания `{ $id }`
tui-item-delete-title = Удалить пункт { $n }?
tui-u-undoes-it = u отменит это.
tui-keep-it = оставить
tui-delete = удалить
tui-item-reorder-label = перестановка пунктов заседания `{ $id }`
tui-item-edit-label = правка пункта { $n } заседания `{ $id }`
tui-item-add-label = новый пункт заседания `{ $id }`

## Интерфейс: объединение двойников (src/tui/app/editing/merge_twin.rs)

tui-open-meeting-first = сначала откройте встречу
tui-select-participant-first = сначала выберите участника
tui-merge-no-twin = у { $name } ({ $id }) нет вероятного двойника; объединяются только отмеченные =
tui-nothing-merged = ничего не объединено
tui-merge-meeting-gone = встреча больше не открыта; ничего не объединено
tui-merge-one-gone = Одного из двоих уже нет в списке участников; Esc закрывает.
tui-merge-keeps-id = Остаётся id `{ $keep }`; `{ $other }` удаляется.
tui-merge-name = Имя: { $names }
tui-merge-from-other = Из `{ $other }`: { $fields }
tui-merge-differs = Различается, остаётся как у `{ $keep }`: { $fields }
tui-merge-no-refs = Ссылок на `{ $other }` для замены нет.
tui-merge-refs = `{ $other }` заменяется на `{ $keep }` в { $n ->
    [one] { $n } ссылке
   *[other] { $n } ссылках
}: { $what }
tui-merge-rest = Всё остальное — как у `{ $keep }`; u отменит объединение.
tui-merge-not = { $what } { $ours } (не { $theirs })
tui-field-honorific = обращение
tui-field-position = должность
tui-field-organization = организация
tui-field-country = страна
tui-field-email = e-mail
tui-field-time-zone = часовой пояс
tui-field-interpreting = перевод
tui-field-notes = заметки
tui-field-languages = языки
tui-field-role = роль
tui-field-status = статус

## Интерфейс: импорт регистраций (src/tui/app/editing/roster_import.rs)

tui-nothing-imported = ничего не импортировано
tui-import-type-path = введите путь файла CSV или TSV
tui-meeting-gone = встреча больше не открыта
tui-meeting-gone-esc = Встреча больше не открыта; Esc закрывает.
tui-cannot-read = { $file }: не читается: { $error }
tui-import-read = прочитано; Enter импортирует, Esc — ничего не импортировать
tui-import-read-differ = прочитано; различий: { $n }. o — оставить наше, t — взять из файла
tui-import-map-hint = (--map есть в командной строке: plenary roster import ФАЙЛ --into ПРОГРАММА --map ...)
tui-import-nothing-to-choose = выбирать нечего: различий нет
tui-import-left = не выбрано различий: { $n }. o — оставить наше, t — взять из файла (j/k — переход)
tui-import-meeting-gone = встреча больше не открыта; ничего не импортировано
tui-import-nothing-new = импортировать нечего: все уже есть в списке участников
tui-import-problems = Проблемы в файле ({ $n })
tui-import-different = Различия ({ $n }; выбрать: { $left }): o — оставить наше, t — взять из файла
tui-import-mark-open = [ ? ]
tui-import-mark-ours = [наше]
tui-import-mark-file = [файл]
tui-import-problems-suggest = Проблемы в файле ({ $n }; подсказок: { $s }): a — принять подсказку под курсором
tui-import-mark-suggested = [ a? ]
tui-import-mark-accepted = [принято]
tui-import-read-suggest = прочитано; подсказок: { $n } (a — принять, j/k — переход); Enter импортирует, Esc — ничего не импортировать
tui-import-on-suggestion = это подсказка: a — принять её (o и t выбирают между различающимися значениями)
tui-import-no-suggestion-here = под курсором нет подсказки: j/k — перейти к ней (страна с опечаткой)
tui-import-accepted = строка { $line }: страна { $value } принята
tui-import-taken-back = строка { $line }: страна { $value } отменена; оставлено пустым
tui-import-accept-refused = строка { $line }: в другой строке этого человека указано { $other }; оставлено оно

## Интерфейс: диалог экспорта (src/tui/app/editing/export_dialog.rs)

tui-export-whole = вся встреча
tui-export-session = заседание { $id } · { $title }
tui-export-person = участник { $id } · { $name }
tui-export-room = зал { $room }
tui-export-no-meeting = нет открытой встречи, нечего экспортировать
tui-nothing-exported = ничего не экспортировано
tui-export-no-name = экспорт: нет имени файла · введите, куда записать
tui-export-error = экспорт: { $error }
tui-file-exists-title = Файл уже есть
tui-file-exists = { $file } уже существует. Записать экспорт поверх него?
tui-file-exists-no = нет: назад к диалогу
tui-file-exists-overwrite = перезаписать
tui-export-meeting-zone = у встречи { $error } · { $hint }
tui-export-sequence-lost = версии календаря не запомнены ({ $error }); SEQUENCE не будет расти
tui-exported = экспортировано в { $file }
tui-export-note = заметка: { $notes }
tui-export-appeared = не экспортировано: { $file } тем временем появился · Enter ещё раз спросит о перезаписи
tui-not-exported = не экспортировано: { $error }
tui-export-format = Формат
tui-export-scope = Охват
tui-export-write-to = Записать в
tui-export-hint = Tab формат · ↑↓ охват · Enter записать · Esc отмена
tui-export-title = Экспорт встречи

## Интерфейс: несохранённые копии, внешний редактор, новый участник из выбора
## (src/tui/app/editing/restore_unsaved.rs, external.rs, dialogs.rs)

tui-does-not-load = { $file } не загружается; откройте его в редакторе
tui-restore-holds = Правки к { $file }, которые так и не сохранили, лежат в { $kept }
tui-restore-stopped = (Plenary закрылся, не сохранив их). Что они меняют:
tui-and-more = … и ещё { $n }
tui-restore-title = Несохранённые правки прошлого сеанса
tui-restore-them = восстановить их (одна правка: u отменит; Ctrl-s сохранит)
tui-restore-keep-file = оставить файл как есть (копия получит окончание .seen)
tui-restore-later = позже: спросить в следующий раз
tui-restore-kept = файл оставлен как есть; несохранённые правки остаются в { $file }
tui-restore-removed = { $file } удалён: его правки теперь в файле
tui-restore-not-removed = не удалось удалить { $file } ({ $error }): его правки уже в файле, его можно удалить
tui-cannot-read-now = { $file } сейчас не читается
tui-restore-label = восстановление несохранённых правок из { $file }
tui-no-meeting-open = нет открытой встречи
tui-external-still-saving = { $file } ещё сохраняется; откройте его в редакторе, когда запись закончится
tui-external-save-first = сначала сохраните (Ctrl-s): редактор открывает файл таким, как он на диске
tui-editor-ended = редактор завершился: { $status }
tui-editor-not-started = не удалось запустить редактор ({ $error }); укажите свой редактор в EDITOR
tui-added-to-roster = { $name } теперь в списке участников как `{ $id }` ({ $role }); должность и организация — 3 Участники, e
tui-added-interpreter = { $name } теперь в списке участников как `{ $id }`, переводчик этой кабины ({ $languages }); языки можно уточнить в 3 Участники, e; u отменяет

## Интерфейс: значения, которые файлы пишут по-английски, как их показывает интерфейс
## (src/tui/format.rs `value`); в файле значение остаётся английским.

tui-value-speaker = докладчик
tui-value-participant = участник
tui-value-expert = эксперт
tui-value-official = офиц. лицо
tui-value-organizer = организатор
tui-value-moderator = модератор
tui-value-chair = председатель
tui-value-interpreter = переводчик
tui-value-observer = наблюдатель
tui-value-donor = донор
tui-value-rapporteur = протоколист
tui-value-staff = персонал
tui-value-press = пресса
tui-value-invited = приглашение
tui-value-confirmed = подтверждено
tui-value-declined = отказ
tui-value-attended = участие
tui-value-open = открыто
tui-value-in-progress = в работе
tui-value-waiting = ожидает
tui-value-done = сделано
tui-value-dropped = снято
tui-value-in-person = очно
tui-value-online = онлайн
tui-value-hybrid = гибридно
tui-value-session = заседание
tui-value-opening = открытие
tui-value-plenary = пленарное
tui-value-panel = панель
tui-value-webinar = вебинар
tui-value-presentation = презентация
tui-value-training = тренинг
tui-value-discussion = обсуждение
tui-value-round-table = круглый стол
tui-value-side-meeting = встреча на полях
tui-value-closing = закрытие
tui-value-break = перерыв
tui-value-workshop = семинар
tui-value-break-out = в группах
tui-value-exhibition = выставка
tui-value-poster = стендовый доклад
tui-value-registration = регистрация
tui-value-reception = приём
tui-value-excursion = экскурсия
tui-value-consultation = консультация
tui-value-document = документ
tui-value-concept-note = концептуальная записка
tui-value-programme = программа
tui-value-recording = запись
tui-value-report = отчёт
tui-value-owed = невыполненные
tui-value-all = все

## Интерфейс: даты, пояса, люди, как их пишут виды (src/tui/format.rs)

tui-unknown-zone = { $zone } (неизвестный часовой пояс)
tui-time-tbc = время уточняется
tui-not-on-roster-mark = (нет в списке участников)

## Интерфейс: шапка Программы, строки дней и панель заседания (src/tui/views/schedule.rs)

tui-zone-type-iana = введите имя IANA: Europe/Paris, UTC, Asia/Seoul
tui-zone-enter-shows = Enter покажет { $zone }
tui-zone-show-in = Время в поясе:
tui-times-in = время по
tui-written-in = (в файле — { $zone }; Esc)
tui-zone-not-confirmed-short = ~ пояс не подтверждён
tui-day-of = День { $n }/{ $days }
tui-doc-document = документ
tui-doc-concept-note = концепция
tui-doc-programme = программа
tui-doc-presentation = презентация
tui-doc-recording = запись
tui-doc-report = отчёт
tui-whole-session = всё заседание
tui-not-confirmed-what = ещё не подтверждено: { $what }
tui-documents = Документы
tui-in-zone = по { $zone }: { $day } · { $range }
tui-past-midnight = (там заходит за полночь)
tui-floor = язык зала: { $languages }
tui-interpreted-into = перевод на { $languages }
tui-items-n = Пункты ({ $n })
tui-minutes-n = ({ $n } мин)
tui-speaker = Докладчик
tui-presenter = Представляет
tui-on-behalf-of = От имени
tui-produced = Поручения по итогам ({ $n })
tui-f-adds-one = f добавляет
tui-local-times = Местное время
tui-plus-one-day = (+1 день)
tui-from-country = по стране
tui-in-the-room = как в зале
tui-outside-day = вне 07:00–22:00 по их времени
tui-time-unknown-why = время неизвестно: { $why }
tui-time-unknown = время неизвестно
ui-Room = Зал
ui-Link = Ссылка
ui-Lead = Ведёт

## Интерфейс: поиск и фильтры Участников, списки выбора, сводка и панель участника
## (src/tui/views/roster.rs)

tui-search-keeps = Enter — оставить · Esc — сбросить
tui-search-edits = (/ изменить, Esc сбросить)
tui-roster-search-idle = / поиск людей
tui-field-sort = порядок
tui-field-name = имя
tui-roster-empty = в списке участников пока никого нет
tui-roster-no-match = никто не подходит; Esc сбрасывает поиск и фильтры
tui-roster-elsewhere = здесь никого; в других встречах: { $names } (1 Встречи, Enter, затем 3)
tui-show-people-by = Фильтр: { $facet }
tui-filter-label = отбор:
tui-choice-hint = Space отметить · Enter показать · Esc отмена
tui-n-more = ещё { $n }
tui-summary-none = (не указано)
tui-n-participants = { $n ->
    [one] { $n } участник
    [few] { $n } участника
   *[many] { $n } участников
}
tui-from-n-countries = { $n ->
    [one] { " " }из { $n } страны
   *[other] { " " }из { $n } стран
}
tui-sessions-n = Заседания ({ $n })
tui-follow-ups-n = Поручения ({ $n })
tui-whole-entry = вся запись
tui-may-be-twin = возможно, тот же человек, что { $name } (id: { $id }; M объединит)
tui-more-same-name = и ещё { $n } с тем же именем
tui-speaks = выступает: { $title }
tui-interprets = переводит
ui-Roles = Роли
ui-Also-written = Также пишется
ui-Position = Должность
ui-Country = Страна
ui-Role-status = Роль · статус
ui-E-mail = E-mail
ui-Time-zone = Часовой пояс
ui-Interpreting = Языки перевода

## Интерфейс: вид «Поручения», строка фильтров и панель (src/tui/views/followups.rs,
## src/tui/app/followups/state.rs)

tui-no-date = без срока
tui-slash-search = / поиск
tui-grouped-by = группы: { $group }
tui-field-owner = ответственный
tui-field-meeting = встреча
tui-field-tag = метка
tui-field-month = месяц
tui-field-state = состояние
tui-followups-empty = поручений нет; a — все встречи, o — и выполненные, x — сбросить фильтры
tui-carried-on = (перенесено дальше)
tui-every-meeting = все встречи
tui-followups-title = { $scope }: { $total }, просрочено { $overdue }, скоро срок { $soon } · сегодня { $today }
tui-followups-title-no-today = { $scope }: { $total }, просрочено { $overdue }, скоро срок { $soon }
tui-nobody-yet = пока никто
tui-closed-on = закрыто { $date }
tui-not-confirmed = ещё не подтверждено
tui-no-due-date = срок не указан
tui-due-line-none = не указан
tui-zone-unknown-typed = { $error }; примеры: Asia/Almaty, Europe/Paris, UTC
tui-overdue-by = просрочено на { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
tui-overdue-by-proposed = просрочено на { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
} (срок только предложен)
tui-due-today = срок сегодня
tui-due-in = срок через { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
tui-no-such-session = `{ $id }` (такого заседания нет)
tui-no-progress = Хода работы пока нет (n — добавить заметку)
tui-progress = Ход работы ({ $n }, сначала старые)
tui-any-status = любой
tui-section-overdue = просрочено
tui-section-due-soon = срок в ближайшие { $n } дн.
tui-section-later = позже
tui-section-closed = закрыто
tui-fu-every-meeting = поручения всех встреч
tui-fu-this-meeting = поручения этой встречи
tui-grouped-by-status = группировка: { $group }
tui-fu-filters-cleared = все фильтры сброшены: невыполненные поручения
tui-press-again = (ещё раз — следующий)
tui-any = любой
ui-From-session = По итогам заседания
ui-Tags = Метки
ui-Carried-from = Перенесено из

## Интерфейс: вид «Перевод» и панель проблемы (src/tui/views/interpretation.rs,
## problems.rs)

tui-booth-open = никого
tui-booth-two-way-mark = рет
tui-interp-times-in-other = время по { $zone } (дни — как в файле, по { $written })
tui-interp-times-in-other-short = время по { $zone }; дни: { $written }
tui-no-sessions-yet = заседаний пока нет
tui-floor-cell = зал
tui-not-staffed = пока никого
tui-via = через { $booth }
tui-warnings = Предупреждения
tui-floor-not-set = язык зала не указан (`language` в файле; e в Программе — править)
tui-no-channels = Каналов нет: a добавляет.
tui-booth-not-confirmed = план кабины ещё не подтверждён
tui-booth-empty = В кабине пока никого: i добавляет переводчика.
tui-two-way-into = двусторонняя: также на { $languages }
tui-one-way = односторонняя
tui-relay-from = реле из кабины «{ $booth }»
tui-from-floor = с языка зала
tui-booth-of = Кабина: { $language } ({ $code })
tui-team = Бригада: { $n } из { $need } на { $min } мин — { $reason }
tui-turn-plan = План смен (смены по { $min } мин; p запишет в файл)
tui-interpreters-on = Переводчики, { $day }
tui-interpreter-load = в кабине { $booth } мин, у микрофона { $mic } мин, { $n ->
    [one] { $n } заседание
    [few] { $n } заседания
   *[many] { $n } заседаний
}
tui-interp-choice-hint = Enter взять · Esc отмена · ↑↓ выбор · печатайте для отбора
tui-nothing-matches-filter = ничего не подходит под отбор
tui-no-problems = проблем не найдено
tui-checking = проверка…
tui-problem-at = где
tui-problem-in-document = в документе
tui-problem-file-failed = Этот файл не открылся. Исправьте его в редакторе: plenary откроет его снова, как только вы его сохраните.
tui-problem-enter-goes = Enter переходит к заседанию, участнику или поручению, о котором речь.
tui-field-language = язык
tui-field-start = начало
tui-field-end = конец
tui-field-room = зал
tui-field-chair = председатель
tui-field-date = дата
tui-field-title = название
tui-field-speakers = докладчики
tui-field-timezone = часовой пояс
tui-field-interpretation = перевод
tui-field-due = срок

## Интерфейс: форма участника и правки Участников (src/tui/app/editing/roster_edit.rs)

tui-did-you-mean = ; может быть, { $value }?
tui-not-country = `{ $value }` — не код страны ISO 3166 (например, KZ){ $hint }
tui-field-tidied = { $field }: `{ $was }` записано как { $now }
tui-not-email = `{ $value }` — не адрес электронной почты
tui-not-language = `{ $value }` — не код языка ISO 639-1 (например, ru или kk){ $hint }
tui-not-zone = `{ $value }` — не часовой пояс IANA (например, Asia/Almaty){ $hint }
tui-pf-name = Имя
tui-pf-id = Id
tui-pf-id-hint = из имени, если пусто; при смене все ссылки обновятся
tui-pf-honorific = Обращение
tui-pf-honorific-hint = г-н, г-жа, д-р...
tui-pf-organization = Организация
tui-pf-position = Должность
tui-pf-country = Страна
tui-pf-timezone = Часовой пояс
tui-pf-timezone-hint = только если он не такой, как у страны: Asia/Almaty
tui-pf-languages = Языки
tui-pf-role = Роль
tui-pf-status = Статус
tui-pf-email = E-mail
tui-pf-notes = Заметки
tui-pf-interp-a = Переводит на (A)
tui-pf-interp-b = Также на (B)
tui-pf-interp-c = С языков (C)
tui-pf-needs-a = переводчику с языками B или C нужен язык A, на который он переводит
tui-pf-needs-name = у участника должно быть имя
tui-pf-id-taken = `{ $id }` уже занят другим участником
tui-pf-keeps-id = у существующего участника id остаётся
tui-pf-not-role = `{ $value }` — не роль
tui-pf-not-status = `{ $value }` — не статус
tui-pf-add-title = Новый участник
tui-pf-select-first = сначала выберите участника (a — добавить)
tui-pf-edit-title = Участник `{ $id }`
tui-pf-status-label = { $id }: статус «{ $status }»
tui-pf-not-booked = В этой встрече нигде не занят(а).
tui-pf-appears = Упоминается здесь; там окажется человек не из списка участников:
tui-pf-remove-title = Удалить `{ $id }` из списка участников?
tui-pf-keep-them = оставить
tui-pf-remove = удалить
tui-pf-edit-label = правка участника `{ $id }`

## Интерфейс: правки и просмотр поручений (src/tui/app/followups/edits.rs)

tui-fu-none-selected = поручение не выбрано
tui-select-session-first = сначала выберите заседание
tui-fu-nothing-to-review = просматривать нечего: открытых поручений здесь нет
tui-fu-reviewing = просмотр открытых поручений: { $n }, сначала самые старые по сроку
tui-fu-note-on = Заметка к `{ $id }` (датой сегодня)
tui-fu-due-of = Срок `{ $id }` (ГГГГ-ММ-ДД, +14d, +2w, none)
tui-fu-leaves-when-you-move = уйдёт из списка, когда курсор сдвинется
tui-fu-no-series = у этой встречи нет `series`: перенос связывает встречи одной серии
tui-fu-no-earlier = более ранняя встреча серии `{ $series }` не загружена
tui-fu-nothing-to-carry = переносить из `{ $from }` нечего: уже здесь — { $n }, других открытых поручений нет
tui-fu-carried = { $n ->
    [one] перенесено { $n } открытое поручение из `{ $from }`
    [few] перенесено { $n } открытых поручения из `{ $from }`
   *[many] перенесено { $n } открытых поручений из `{ $from }`
}
tui-fu-already-here = уже здесь: { $n }
tui-fu-owner-named = ответственных не из этого списка, записанных в owner_org: { $n }
tui-unsaved-hint = (не сохранено: Ctrl-s сохранит, u отменит)

## Интерфейс: кабины в виде «Перевод» (src/tui/app/interp.rs)

tui-popup-add-interpreter = Добавить переводчика в кабину
tui-popup-remove-interpreter = Убрать переводчика из кабины
tui-popup-relay = Откуда кабина берёт источник
tui-popup-add-channel = Добавить канал (перевод на язык)
tui-label-two-way = кабина «{ $language }» — двусторонняя
tui-label-one-way = кабина «{ $language }» — односторонняя
tui-same-team-empty = в кабине «{ $language }» пока никого: добавьте бригаду (i), затем T назначит её на весь день
tui-same-team-already = у всех кабин «{ $language }» в этот день уже эта бригада
tui-same-team-title = Та же бригада в кабине «{ $language }»
tui-same-team-which = { $team }: на этот день или на все дни встречи?
tui-same-team-rest = { $n ->
    [one] { $team } уже работает весь этот день. Поставить и на остальные дни встречи?
   *[other] { $team } уже работают весь этот день. Поставить их и на остальные дни встречи?
}
tui-same-team-day = этот день, { $day } ({ $n ->
    [one] { $n } заседание
    [few] { $n } заседания
   *[many] { $n } заседаний
})
tui-same-team-meeting = все дни встречи ({ $n ->
    [one] { $n } заседание
    [few] { $n } заседания
   *[many] { $n } заседаний
}, { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
})
tui-label-remove-channel = удаление канала «{ $language }»
tui-label-add-to-booth = { $name } — в кабину
tui-label-out-of-booth = { $name } — из кабины
tui-label-from-floor = кабина работает с языка зала
tui-label-relay = кабина берёт реле с языка «{ $language }»
tui-label-add-channel = новый канал «{ $language }»
tui-no-languages-stated = языки не указаны
tui-already-in-booth = уже в кабине { $booths } этого заседания
tui-booked-same-time = в то же время занят в `{ $id }` ({ $time })
tui-over-day-limit = за день пробудет в кабине { $min } мин; норма — не больше { $limit }
tui-no-session-selected = заседание не выбрано
tui-booth-gone = этой кабины уже нет; выберите другую
tui-select-booth-first = сначала выберите кабину (строки под заседанием)
tui-no-interpreters = других переводчиков нет: добавьте (role: interpreter, `interpreting`)
tui-booth-nobody = в этой кабине пока никого
tui-every-language-offered = все языки уже есть
tui-meeting-zone-unknown = часовой пояс встречи `{ $zone }` неизвестен: сначала исправьте `timezone`
tui-turn-plan-written = план смен записан в { $file }

## Интерфейс: выбор из списка (src/tui/app/editing/picker.rs)


## Интерфейс: участники всех встреч (src/tui/views/roster_across.rs)

tui-across-search-idle = / поиск людей
tui-across-banner = по { $n ->
    [one] { $n } встрече
   *[other] { $n } встречам
} · A: участники этой встречи
tui-across-title = Люди всех встреч
tui-n-of-total = { $n } из { $total }
tui-across-col-name = Имя
tui-across-col-n = { " " }#
tui-across-col-meetings = Встречи
tui-across-col-roles = Роли
tui-across-col-sessions = Зас.
tui-across-col-followups = Пор.
tui-across-empty = никто не подходит; Esc сбрасывает поиск
tui-across-person = Человек
tui-across-people-in = { $n ->
    [one] { $n } человек
    [few] { $n } человека
   *[many] { $n } человек
} в { $meetings ->
    [one] { $meetings } встрече
   *[other] { $meetings } встречах
}
tui-across-by-meeting = По встречам и странам
tui-across-meetings-n = Встречи ({ $n })
tui-owns-follow-ups = отвечает за поручения

## Интерфейс: просмотр поручений (src/tui/views/review.rs, src/tui/app/followups/review.rs)

tui-review = Просмотр
tui-review-title = { $n } из { $total } · сначала самые старые · сегодня { $today }
tui-review-gone = `{ $id }` больше нет в его встрече (отменено?)
tui-review-in-progress = в работе
tui-review-next-status = след. статус
tui-review-note = заметка
tui-review-due = срок (+2w)
tui-review-skip = пропустить
tui-review-back = назад
tui-review-end = конец
tui-review-undo = отменить
tui-review-done = Просмотр окончен
tui-review-seen = просмотрено { $seen } из { $total }, изменено { $changed }
tui-review-nothing-changed = Ничего не изменилось.
tui-review-not-saved = Ещё не сохранено: Ctrl-s сохраняет, u отменяет по одной правке. Enter или Esc: назад к списку.
tui-review-back-to-list = Enter или Esc: назад к списку.
tui-review-due-change = срок { $from } → { $to }
tui-review-notes = { $n ->
    [one] { $n } заметка
    [few] { $n } заметки
   *[many] { $n } заметок
}

## Интерфейс: форма поручения и однострочный ввод (src/tui/app/followups/form.rs,
## src/tui/views/prompt.rs)

tui-fu-needs-title = у поручения должно быть название: что именно нужно сделать
tui-ff-title = Название
tui-ff-owner = Ответственный (участник)
tui-ff-owner-hint = несколько букв имени
tui-ff-org = Или организация
tui-ff-org-hint = если отвечает не один человек: министерство, страна
tui-ff-due = Срок
tui-ff-due-hint = ГГГГ-ММ-ДД, +14d, +2w, +1m
tui-ff-tags = Метки
tui-ff-tags-hint = через запятую
tui-ff-edit-title = Поручение `{ $id }`
tui-ff-new-title = Новое поручение по итогам `{ $id }`
tui-ff-not-both = укажите участника или организацию, но не то и другое
tui-ff-owner-not-on-roster = `{ $id }` нет в списке участников этой встречи; выберите участника
tui-ff-added = добавлено поручение `{ $id }` (всего во встрече: { $n }), связано с этим заседанием; u отменит
tui-ff-edit-label = правка поручения `{ $id }`
tui-prompt-hint = Enter применить · Esc сбросить

## Интерфейс: пояса, клавиша языка, режимы списка участников, переход к проблеме
## (src/tui/zone_view.rs, src/tui/app/mod.rs)

tui-zone-meeting-unknown = часовой пояс встречи `{ $zone }` неизвестен: сначала исправьте `timezone` в файле
tui-zone-no-other = другого пояса для показа нет
tui-zone-meeting-own = время по поясу встречи, { $zone }
tui-zone-shown = время по { $zone } — Esc: снова по поясу встречи
tui-zone-none-typed = пояс не введён; время показано как прежде
tui-zone-did-you-mean = { $error }. Может быть, `{ $zone }`? Enter — да
tui-roster-found = найдено: { $n }; / — изменить поиск, Esc — сбросить
tui-across-no-filters = сортировка и фильтры — для участников одной встречи: A вернёт к ним
tui-zone-own-again = снова время по поясу встречи
tui-one-language = у этой встречи только один рабочий язык
tui-texts-in = язык показа «{ $language }» там, где в файле есть такие тексты
tui-texts-in-none = язык показа «{ $language }»: таких текстов в файле пока нет, всё как написано
tui-roster-again = снова участники этой встречи
tui-across-on = { $n ->
    [one] { $n } человек
    [few] { $n } человека
   *[many] { $n } человек
} из { $meetings ->
    [one] { $meetings } встречи
   *[other] { $meetings } встреч
}, по строке на каждого; A — назад
tui-file-not-opened = этот файл не открылся: исправьте его в { $place } — plenary откроет его снова, как только вы его сохраните
tui-problem-whole-meeting = эта проблема касается встречи в целом

## Интерфейс: слияние с файлом, изменённым на диске (src/tui/app/editing/disk_merge.rs)


tui-merge-kept-mine = в { $place } оставлена моя: их значение не подходит ({ $error })
tui-merge-ask-1 = { $file } изменён на диске, пока здесь были несохранённые правки; остальные их
tui-merge-ask-2 = изменения сливаются с вашими. Изменено с обеих сторон: { $n }. Пока ничего не записано.
tui-merge-ask-at = { $at } из { $n }: { $place }
tui-merge-mine = моё
tui-merge-theirs = их
tui-merge-before = было
tui-merge-ask-title = Изменено и здесь, и на диске ({ $at }/{ $n })
tui-merge-keep-mine = оставить моё
tui-merge-take-theirs = взять их
tui-merge-stop = прервать слияние, оставить обе: моя — в { $file }
tui-merge-deleted = (нет: удалено)
tui-merge-more-lines = … и ещё строк: { $n }
tui-merge-none-both = конфликтов нет
tui-merge-decided = решено { $n }: моё — { $mine }, их — { $theirs }
tui-merge-saved = сохранён { $file }, слитый с версией на диске ({ $how })
tui-merge-changed-again = { $file } снова изменён на диске во время слияния; ничего не записано, Ctrl-s сольёт заново
tui-merge-no-base = несохранённые правки не удалось откатить к версии, загруженной или сохранённой последней

## Интерфейс: встреча заменяется в фоне (src/tui/app/editing/replacing.rs)

tui-busy-keeping-both = моя версия сохраняется как { $file }…
tui-busy-merging = { $file } сливается с версией на диске…
tui-busy-saving-merge = сохраняется слитый { $file }…
tui-busy-discarding = ваши правки в { $file } отбрасываются…
tui-busy-no-edit = не изменено: { $doing } повторите правку, когда это закончится
tui-busy-wait = { $doing } дождитесь окончания
tui-busy-failed = { $why } · ваши правки на месте, не сохранены
tui-quit-when-done = { $doing } Plenary закроется, когда это закончится

## Где упомянут участник (src/edit/usage.rs), для вопросов об удалении и объединении

usage-chair = председатель `{ $session }`
usage-speaker = докладчик в `{ $session }`
usage-interpreter = переводчик (кабина { $booth }) в `{ $session }`
usage-owner = ответственный за поручение `{ $id }`

## Интерфейс: правки Программы, вопросы об удалении, переносе и длительности
## (src/tui/app/editing/schedule_edit.rs; поля формы заседания — в своём разделе)

tui-se-select-first = сначала выберите заседание (a — добавить)
tui-se-with-items = вместе с пунктами: { $n }
tui-se-followups-unlinked = поручения потеряют связь с ним: { $n }
tui-se-delete-title = Удалить `{ $id }`?
tui-se-date-hint = ГГГГ-ММ-ДД
tui-se-needs-times = сначала задайте начало и конец заседания (e)
tui-se-edit-label = правка заседания `{ $id }`
tui-se-move-rest-title = Перенести `{ $id }` вместе с остатком дня?
tui-se-one-edit = Что бы вы ни выбрали, это одна правка: u отменит.
# $n: сколько заседаний остаются (закреплены или ушли бы за полночь).
tui-se-leave-fixed = { $n ->
    [1] оставить его на месте, сдвинуть остальное
   *[other] оставить их на месте, сдвинуть остальное
}
# $n: сколько из них закреплены.
tui-se-move-fixed = { $n ->
    [1] сдвинуть и закреплённое
   *[other] сдвинуть и закреплённые
}
tui-se-cancel = отмена: ничего не менять
tui-se-past-midnight = { $start } плюс { $n } мин — это уже после полуночи
tui-se-start-first = сначала задайте время начала (e)
tui-se-resize-rest-title = Изменить конец `{ $id }` и сдвинуть остаток дня?

## Как правка называется в строке состояния и после отмены (src/edit, src/followups)

edit-add-session = новое заседание `{ $id }`
edit-staff-day = бригада { $team } в кабине { $lang } на { $date }
edit-staff-meeting = бригада { $team } в кабине { $lang } на все дни
edit-duplicate-session = копия заседания `{ $id }`
edit-delete-session = удаление заседания `{ $id }`
edit-move-session = перенос заседания `{ $id }`
edit-moved-with-others = { $what } (вместе с ним { $n ->
    [one] сдвинуто ещё { $n } заседание
    [few] сдвинуто ещё { $n } заседания
   *[other] сдвинуто ещё { $n } заседаний
})
edit-resize-session = новая длительность заседания `{ $id }`
edit-add-participant = новый участник `{ $id }`
edit-remove-participant = удаление участника `{ $id }`
edit-add-follow-up = новое поручение `{ $id }`
edit-delete-follow-up = удаление поручения `{ $id }`
edit-mark-follow-up = `{ $id }`: статус «{ $status }»
edit-note-on = заметка к `{ $id }`
edit-move-due = срок `{ $id }` — { $date }
edit-clear-due = срок `{ $id }` снят
edit-place-session = новое место заседания `{ $id }`
edit-shift-day = сдвиг { $day } с { $from } на { $by } мин
edit-merge-people = { $other } объединён с { $keep }
edit-carry-over = перенос открытых поручений из `{ $previous }`
edit-import-registrations = импорт регистраций
edit-run-alongside = `{ $id }` идёт параллельно
edit-stop-alongside = `{ $id }` больше не идёт параллельно
edit-stale = правка больше не подходит к документу (он изменился); ничего не применено
edit-no-such = { $kind ->
    [participant] нет участника
    [follow-up] нет поручения
   *[other] нет заседания
} номер { $n }
edit-id-taken-session = id `{ $id }` уже занят другим заседанием
edit-id-taken-participant = id `{ $id }` уже занят другим участником
edit-move-past-midnight = начавшись в { $start }, заседание в { $len } мин ушло бы за полночь
edit-start-first = сначала укажите время начала
edit-end-before-start = конец ({ $end }) должен быть позже начала ({ $start })
merge-unknown = в этой встрече нет участника `{ $id }`
merge-same = `{ $id }` нельзя объединить с самим собой; выберите другую запись этого человека
fu-error-no-follow-up = в этой встрече нет поручения номер { $n }
fu-error-no-session = в этой встрече нет заседания `{ $id }`
fu-error-empty-note = заметке о ходе работы нужен текст
fu-error-empty-title = поручению нужно название
carry-no-series = у новой встречи нет `series`; перенос связывает встречи одной серии
carry-other-series = `{ $previous }` относится к серии `{ $found }`, а не `{ $expected }`
carry-not-earlier = `{ $previous }` начинается не раньше новой встречи

## Почему сдвиг следующих заседаний не доходит до конца (src/edit/shift.rs); части соединяются через "; "

edit-shift-fixed = { $n ->
    [one] заседание { $ids } закреплено
   *[other] заседания { $ids } закреплены
}
edit-shift-past-midnight = { $n ->
    [one] заседание { $ids } ушло бы за полночь и остаётся на месте
   *[other] заседания { $ids } ушли бы за полночь и остаются на месте
}
edit-shift-refused = { $question }: сначала передвиньте его или не сдвигайте остальные


## Срок, введённый в строке ввода (src/followups/when.rs)

due-help = введите дату ГГГГ-ММ-ДД или +14d, +2w, +1m от сегодня, либо `none`, чтобы снять срок
due-none-given = срок не указан; { $help }
due-not-distance = `{ $text }` — не промежуток; { $help }
due-unknown-unit = непонятная единица `{ $unit }` в `{ $text }`; { $help }
due-too-far = `{ $text }` — слишком далеко вперёд
due-not-date = `{ $text }` — не дата; { $help }

tui-no-meetings = встреч нет

## The slot finder in the TUI (F on a session; src/tui/app/editing/slot_finder.rs)

ui-In-the-slot-finder-F-on-a-session = В подборе времени (F на заседании)
ui-the-free-time-above = свободное время выше
ui-the-free-time-below = свободное время ниже
ui-choose = выбрать
ui-move-the-session-to-the-chosen-time-u-undoes-it = перенести заседание на выбранное время (u — отменить)
ui-move-there = перенести
ui-close-the-slot-finder-changing-nothing = закрыть подбор времени, ничего не меняя
ui-find-a-free-time-for-the-session-ranked-slots-near-misses-and-why = подобрать свободное время для заседания: лучшие варианты, почти подходящие и почему
ui-find-slot = подбор времени
tui-slot-title = Свободное время для `{ $id }`
tui-slot-hint = ↑↓ выбрать · Enter перенести · Esc закрыть
tui-slot-heading = { $n ->
    [one] { $n } свободный вариант
    [few] { $n } свободных варианта
   *[many] { $n } свободных вариантов
} на { $minutes } мин, лучшие сначала:
tui-slot-none-free = В дни встречи свободного времени нет.
tui-slot-near = Почти подходят, каждому мешает одно:
tui-slot-why-now = там, где оно сейчас
tui-slot-why-same-day = тот же день, сдвиг { $minutes } мин
tui-slot-why-other-day = другой день
tui-slot-why-spare = час в запасе
tui-slot-why-tight = { $minutes } мин до края чьих-то часов
tui-slot-room-taken = зал `{ $room }` занят заседанием `{ $session }` ({ $span })
tui-slot-break = перерыв `{ $session }` ({ $span })
tui-slot-booked = { $name } — на заседании `{ $session }` ({ $span })
tui-slot-local-time = { $name }: по зоне { $zone } будет { $local }, вне часов { $hours }
tui-slot-interpreter-day = переводчик { $name } пробудет в кабине { $minutes } мин за день, больше { $max }

## Название страны по коду ISO 3166-1 (domain::codes::country_said)

country-AD = Андорра
country-AE = Объединённые Арабские Эмираты
country-AF = Афганистан
country-AG = Антигуа и Барбуда
country-AI = Ангилья
country-AL = Албания
country-AM = Армения
country-AO = Ангола
country-AQ = Антарктида
country-AR = Аргентина
country-AS = Американское Самоа
country-AT = Австрия
country-AU = Австралия
country-AW = Аруба
country-AX = Аландские острова
country-AZ = Азербайджан
country-BA = Босния и Герцеговина
country-BB = Барбадос
country-BD = Бангладеш
country-BE = Бельгия
country-BF = Буркина-Фасо
country-BG = Болгария
country-BH = Бахрейн
country-BI = Бурунди
country-BJ = Бенин
country-BL = Сен-Бартелеми
country-BM = Бермудские острова
country-BN = Бруней
country-BO = Боливия
country-BQ = Бонэйр, Синт-Эстатиус и Саба
country-BR = Бразилия
country-BS = Багамские Острова
country-BT = Бутан
country-BV = Остров Буве
country-BW = Ботсвана
country-BY = Беларусь
country-BZ = Белиз
country-CA = Канада
country-CC = Кокосовые острова
country-CD = Демократическая Республика Конго
country-CF = Центральноафриканская Республика
country-CG = Республика Конго
country-CH = Швейцария
country-CI = Кот-д’Ивуар
country-CK = Острова Кука
country-CL = Чили
country-CM = Камерун
country-CN = Китай
country-CO = Колумбия
country-CR = Коста-Рика
country-CU = Куба
country-CV = Кабо-Верде
country-CW = Кюрасао
country-CX = Остров Рождества
country-CY = Кипр
country-CZ = Чехия
country-DE = Германия
country-DJ = Джибути
country-DK = Дания
country-DM = Доминика
country-DO = Доминиканская Республика
country-DZ = Алжир
country-EC = Эквадор
country-EE = Эстония
country-EG = Египет
country-EH = Западная Сахара
country-ER = Эритрея
country-ES = Испания
country-ET = Эфиопия
country-FI = Финляндия
country-FJ = Фиджи
country-FK = Фолклендские острова
country-FM = Микронезия
country-FO = Фарерские острова
country-FR = Франция
country-GA = Габон
country-GB = Великобритания
country-GD = Гренада
country-GE = Грузия
country-GF = Французская Гвиана
country-GG = Гернси
country-GH = Гана
country-GI = Гибралтар
country-GL = Гренландия
country-GM = Гамбия
country-GN = Гвинея
country-GP = Гваделупа
country-GQ = Экваториальная Гвинея
country-GR = Греция
country-GS = Южная Георгия и Южные Сандвичевы острова
country-GT = Гватемала
country-GU = Гуам
country-GW = Гвинея-Бисау
country-GY = Гайана
country-HK = Гонконг
country-HM = Остров Херд и острова Макдональд
country-HN = Гондурас
country-HR = Хорватия
country-HT = Гаити
country-HU = Венгрия
country-ID = Индонезия
country-IE = Ирландия
country-IL = Израиль
country-IM = Остров Мэн
country-IN = Индия
country-IO = Британская территория в Индийском океане
country-IQ = Ирак
country-IR = Иран
country-IS = Исландия
country-IT = Италия
country-JE = Джерси
country-JM = Ямайка
country-JO = Иордания
country-JP = Япония
country-KE = Кения
country-KG = Кыргызстан
country-KH = Камбоджа
country-KI = Кирибати
country-KM = Коморы
country-KN = Сент-Китс и Невис
country-KP = КНДР
country-KR = Республика Корея
country-KW = Кувейт
country-KY = Острова Кайман
country-KZ = Казахстан
country-LA = Лаос
country-LB = Ливан
country-LC = Сент-Люсия
country-LI = Лихтенштейн
country-LK = Шри-Ланка
country-LR = Либерия
country-LS = Лесото
country-LT = Литва
country-LU = Люксембург
country-LV = Латвия
country-LY = Ливия
country-MA = Марокко
country-MC = Монако
country-MD = Молдова
country-ME = Черногория
country-MF = Сен-Мартен
country-MG = Мадагаскар
country-MH = Маршалловы Острова
country-MK = Северная Македония
country-ML = Мали
country-MM = Мьянма
country-MN = Монголия
country-MO = Макао
country-MP = Северные Марианские острова
country-MQ = Мартиника
country-MR = Мавритания
country-MS = Монтсеррат
country-MT = Мальта
country-MU = Маврикий
country-MV = Мальдивы
country-MW = Малави
country-MX = Мексика
country-MY = Малайзия
country-MZ = Мозамбик
country-NA = Намибия
country-NC = Новая Каледония
country-NE = Нигер
country-NF = Остров Норфолк
country-NG = Нигерия
country-NI = Никарагуа
country-NL = Нидерланды
country-NO = Норвегия
country-NP = Непал
country-NR = Науру
country-NU = Ниуэ
country-NZ = Новая Зеландия
country-OM = Оман
country-PA = Панама
country-PE = Перу
country-PF = Французская Полинезия
country-PG = Папуа — Новая Гвинея
country-PH = Филиппины
country-PK = Пакистан
country-PL = Польша
country-PM = Сен-Пьер и Микелон
country-PN = Острова Питкэрн
country-PR = Пуэрто-Рико
country-PS = Палестина
country-PT = Португалия
country-PW = Палау
country-PY = Парагвай
country-QA = Катар
country-RE = Реюньон
country-RO = Румыния
country-RS = Сербия
country-RU = Россия
country-RW = Руанда
country-SA = Саудовская Аравия
country-SB = Соломоновы Острова
country-SC = Сейшельские Острова
country-SD = Судан
country-SE = Швеция
country-SG = Сингапур
country-SH = Острова Святой Елены, Вознесения и Тристан-да-Кунья
country-SI = Словения
country-SJ = Шпицберген и Ян-Майен
country-SK = Словакия
country-SL = Сьерра-Леоне
country-SM = Сан-Марино
country-SN = Сенегал
country-SO = Сомали
country-SR = Суринам
country-SS = Южный Судан
country-ST = Сан-Томе и Принсипи
country-SV = Сальвадор
country-SX = Синт-Мартен
country-SY = Сирия
country-SZ = Эсватини
country-TC = Теркс и Кайкос
country-TD = Чад
country-TF = Французские Южные территории
country-TG = Того
country-TH = Таиланд
country-TJ = Таджикистан
country-TK = Токелау
country-TL = Восточный Тимор
country-TM = Туркменистан
country-TN = Тунис
country-TO = Тонга
country-TR = Турция
country-TT = Тринидад и Тобаго
country-TV = Тувалу
country-TW = Тайвань
country-TZ = Танзания
country-UA = Украина
country-UG = Уганда
country-UM = Внешние малые острова США
country-US = США
country-UY = Уругвай
country-UZ = Узбекистан
country-VA = Ватикан
country-VC = Сент-Винсент и Гренадины
country-VE = Венесуэла
country-VG = Британские Виргинские острова
country-VI = Виргинские острова США
country-VN = Вьетнам
country-VU = Вануату
country-WF = Уоллис и Футуна
country-WS = Самоа
country-XK = Косово
country-YE = Йемен
country-YT = Майотта
country-ZA = Южно-Африканская Республика
country-ZM = Замбия
country-ZW = Зимбабве
