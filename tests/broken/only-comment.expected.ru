exit 1
tests/broken/only-comment.yaml: ошибка: файл пуст; встрече нужны как минимум `title`, `timezone` и `start_date`
