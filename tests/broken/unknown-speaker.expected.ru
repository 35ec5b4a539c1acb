exit 1
tests/broken/unknown-speaker.yaml:21:20: ошибка: докладчик `cho-jaewn` отсутствует в списке участников
  подсказка: может быть, `cho-jaewon`?
