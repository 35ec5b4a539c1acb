exit 0
Импорт bad-email-and-language.csv в agenda.yaml
  прочитан как UTF-8, разделитель `;`, заголовок в строке 1 (русскоязычная таблица); строк: 2, людей: 2
  столбцы: Фамилия → last-name, Имя → first-name, Email → email, Страна → country, Язык → languages
Добавлены (2):
  + Дана Сейткали (строка 2) как `dana-seytkali`
  + Асель Токтогулова (строка 3) как `asel-toktogulova`
Ошибки в файле (3):
  bad-email-and-language.csv:2:3 (Email): `dana at example.kz` — не адрес электронной почты; оставлено пустым
  bad-email-and-language.csv:2:5 (Язык): неизвестный язык `руский`, может быть, ru?; оставлено пустым
  bad-email-and-language.csv:3:3 (Email): нет адреса почты: человека можно найти только по имени, и письмо ему не отправить
Ничего не записано (--dry-run).
