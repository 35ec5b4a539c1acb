exit 0
tests/broken/warn-floor-language.yaml:10:5: предупреждение: язык заседания `panel` (Panel) — казахский (`kk`), а он не рабочий язык встречи (en, ru)
  подсказка: добавьте `kk` в `languages` встречи или смените язык заседания
