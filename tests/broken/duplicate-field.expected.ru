exit 1
tests/broken/duplicate-field.yaml:2:1: ошибка: поле `title` указано дважды
  подсказка: оставьте одно из них
