exit 1
tests/broken/tentative-meeting.yaml:6:13: ошибка: `languages` не может быть предварительным: так отмечаются только отдельные значения встречи
  подсказка: поля, которые здесь могут быть предварительными: title, short_title, theme, format, venue, city, country, timezone, start_date, end_date
tests/broken/tentative-meeting.yaml:6:24: ошибка: `organizers` не может быть предварительным: так отмечаются только отдельные значения встречи
  подсказка: поля, которые здесь могут быть предварительными: title, short_title, theme, format, venue, city, country, timezone, start_date, end_date
