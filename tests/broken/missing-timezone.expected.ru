exit 1
tests/broken/missing-timezone.yaml:1:1: ошибка: нет обязательного поля `timezone`
  подсказка: добавьте здесь `timezone: ...`; в docs/format.md сказано, что нужно каждой записи
