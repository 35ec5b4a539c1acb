exit 1
tests/broken/missing-field.yaml:7:5: ошибка: нет обязательного поля `title`
  подсказка: добавьте здесь `title: ...`; в docs/format.md сказано, что нужно каждой записи
