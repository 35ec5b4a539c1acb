exit 1
tests/broken/followup-status-typo.yaml:8:13: ошибка: неизвестное значение `in_progress`
  подсказка: может быть, `in-progress`?
