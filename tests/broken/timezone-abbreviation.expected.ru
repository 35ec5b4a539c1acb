exit 1
tests/broken/timezone-abbreviation.yaml:2:1: ошибка: неизвестный часовой пояс `JST`
  подсказка: укажите название пояса по IANA: `Asia/Tokyo`
