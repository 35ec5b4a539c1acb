exit 1
tests/broken/bad-timezone.yaml:2:1: ошибка: неизвестный часовой пояс `Asia/Almati`
  подсказка: может быть, `Asia/Almaty`?
