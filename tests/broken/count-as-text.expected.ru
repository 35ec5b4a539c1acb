exit 1
tests/broken/count-as-text.yaml:6:10: ошибка: неверный тип: здесь строка "about sixty", а ожидается целое число от 0 до 4294967295
