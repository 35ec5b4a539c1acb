exit 1
tests/broken/zone-with-newline.yaml:9:5: ошибка: неизвестный часовой пояс `Asia/Tok yo`
  подсказка: может быть, `Asia/Tokyo`?
