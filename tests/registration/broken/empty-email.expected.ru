exit 0
Импорт empty-email.csv в agenda.yaml
  прочитан как UTF-8, разделитель `,`, заголовок в строке 1 (таблица); строк: 3, людей: 3
  столбцы: First Name → first-name, Last Name → last-name, Email → email, Affiliation → organization
Добавлены (2):
  + Dana Seitkali (строка 2) как `dana-seitkali`
  + Asel Toktogulova (строка 3) как `asel-toktogulova`
Обновлены (1):
  ~ Bakyt Osmonov ← Bakyt Osmonov (строка 4; то же имя): e-mail
Ошибки в файле (2):
  empty-email.csv:2:3 (Email): нет адреса почты: человека можно найти только по имени, и письмо ему не отправить
  empty-email.csv:3:3 (Email): нет адреса почты: человека можно найти только по имени, и письмо ему не отправить
Ничего не записано (--dry-run).
