exit 1
tests/broken/duplicate-field-in-session.yaml:10:3: ошибка: поле `start` указано дважды
  подсказка: оставьте одно из них
