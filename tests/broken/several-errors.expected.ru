exit 1
tests/broken/several-errors.yaml:1:1: ошибка: нет обязательного поля `timezone`
  подсказка: добавьте здесь `timezone: ...`; в docs/format.md сказано, что нужно каждой записи
tests/broken/several-errors.yaml:6:5: ошибка: неизвестное поле `staus`
  подсказка: может быть, `status`?
tests/broken/several-errors.yaml:15:11: ошибка: неверная дата `2020-13-07`: месяца 13 не бывает; даты пишутся ГГГГ-ММ-ДД
tests/broken/several-errors.yaml:19:5: ошибка: неизвестное поле `knd`
  подсказка: может быть, `kind`?
