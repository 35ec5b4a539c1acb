exit 1
tests/broken/cr-only.yaml:7:1: ошибка: неизвестное поле `bad`
  подсказка: поля, известные здесь: title, short_title, series, theme, format, venue, city, country, timezone, start_date, end_date, languages, interpretation_norms, speaking_hours, organizers, hosts, partners, contacts, audience, description, objectives, attendance, source, documents, participants, sessions, follow_ups, notes, tentative
