exit 0
Импорт misspelt-country.csv в agenda.yaml
  прочитан как UTF-8, разделитель `,`, заголовок в строке 1 (таблица); строк: 3, людей: 3
  столбцы: Name → name, Email → email, Country → country
Добавлены (3):
  + Dana Seitkali (строка 2) как `dana-seitkali`
  + Asel Toktogulova (строка 3) как `asel-toktogulova`
  + John Smith (строка 4) как `john-smith`
Ошибки в файле (3):
  misspelt-country.csv:2:3 (Country): неизвестная страна `Kazakstan`, может быть, KZ (Казахстан)?; оставлено пустым
  misspelt-country.csv:3:3 (Country): неизвестная страна `Кыргызстн`, может быть, KG (Кыргызстан)?; оставлено пустым
  misspelt-country.csv:4:3 (Country): неизвестная страна `Atlantis`; оставлено пустым
Предложенные страны оставлены пустыми: --accept-suggestions принимает их (в предпросмотре TUI — клавиша a).
Ничего не записано (--dry-run).
