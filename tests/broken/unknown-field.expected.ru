exit 1
tests/broken/unknown-field.yaml:21:9: ошибка: неизвестное поле `speakrs`
  подсказка: может быть, `speakers`?
