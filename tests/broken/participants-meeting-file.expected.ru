exit 1
tests/broken/participants-meeting-file.yaml:6:1: ошибка: `unknown-owner.yaml` — файл встречи, а не список участников
  подсказка: укажите в `participants:` файл, верхний уровень которого — `participants:` (список людей), или перечислите участников в этом файле
