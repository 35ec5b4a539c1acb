exit 1
tests/broken/bad-language.yaml:10:5: ошибка: неизвестный код языка `eng`
  подсказка: может быть, `en` (английский)?
tests/broken/bad-language.yaml:11:22: ошибка: неизвестный код языка `russian`
  подсказка: может быть, `ru` (русский)?
