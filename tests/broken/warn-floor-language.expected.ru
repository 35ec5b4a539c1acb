exit 0
tests/broken/warn-floor-language.yaml:10:5: предупреждение: заседание `panel` (Panel) проходит на языке Kazakh (`kk`), который не является рабочим языком встречи (en, ru)
  подсказка: добавьте `kk` в `languages` встречи или смените язык заседания
