exit 1
tests/broken/empty.yaml: ошибка: файл пуст; встрече нужны как минимум `title`, `timezone` и `start_date`
