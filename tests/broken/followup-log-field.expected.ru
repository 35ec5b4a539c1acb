exit 1
tests/broken/followup-log-field.yaml:10:9: ошибка: неизвестное поле `notes`
  подсказка: может быть, `note`?
