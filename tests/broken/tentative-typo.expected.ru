exit 1
tests/broken/tentative-typo.yaml:12:17: ошибка: `strat` в `tentative` не называет ни одного поля заседания
  подсказка: может быть, `start`?
