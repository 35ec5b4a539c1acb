exit 1
tests/broken/unknown-value.yaml:6:9: ошибка: неизвестное значение `webinar`
  подсказка: ожидается одно из: in-person, online, hybrid
