exit 1
tests/broken/participants-not-a-list.yaml:6:1: ошибка: `people/not-a-list.txt` — не список участников; ничего из него не показано
  подсказка: список участников — это файл YAML, верхний уровень которого — `participants:` (список людей); проверьте путь
