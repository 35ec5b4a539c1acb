exit 1
tests/broken/flow-cyrillic-unknown-field.yaml:4:40: ошибка: неизвестное поле `aprox`
  подсказка: поля, известные здесь: count, approximate, note
tests/broken/flow-cyrillic-unknown-field.yaml:6:31: ошибка: неизвестное поле `emial`
  подсказка: может быть, `email`?
tests/broken/flow-cyrillic-unknown-field.yaml:7:38: ошибка: неизвестное поле `emial`
  подсказка: может быть, `email`?
