exit 1
tests/broken/several-errors-one-record.yaml:5:1: ошибка: неизвестное поле `venu`
  подсказка: может быть, `venue`?
tests/broken/several-errors-one-record.yaml:11:5: ошибка: неизвестное поле `staus`
  подсказка: может быть, `status`?
tests/broken/several-errors-one-record.yaml:12:5: ошибка: неизвестное поле `organisation`
  подсказка: может быть, `organization`?
tests/broken/several-errors-one-record.yaml:20:12: ошибка: неверное время `25:00`: ожидается ЧЧ:ММ в 24-часовом формате, например "09:30"
tests/broken/several-errors-one-record.yaml:21:5: ошибка: неизвестное поле `romo`
  подсказка: может быть, `room`?
tests/broken/several-errors-one-record.yaml:24:9: ошибка: неизвестное поле `speakrs`
  подсказка: может быть, `speakers`?
tests/broken/several-errors-one-record.yaml:26:18: ошибка: неверный тип: здесь строка "many", а ожидается целое число от 0 до 4294967295
tests/broken/several-errors-one-record.yaml:27:9: ошибка: неизвестное поле `titel`
  подсказка: может быть, `title`?
tests/broken/several-errors-one-record.yaml:28:5: ошибка: неизвестное поле `knd`
  подсказка: может быть, `kind`?
