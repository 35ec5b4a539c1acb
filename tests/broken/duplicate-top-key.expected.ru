exit 1
tests/broken/duplicate-top-key.yaml:7:1: ошибка: поле `city` указано дважды
  подсказка: оставьте одно из них
