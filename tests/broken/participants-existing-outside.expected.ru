exit 1
tests/broken/participants-existing-outside.yaml:6:1: ошибка: файл участников должен лежать в папке tests/broken: `../hostile/every-text-field.yaml` лежит вне её, поэтому ничего из него не прочитано
  подсказка: перенесите список участников в папку программы (или во вложенную папку) и укажите путь относительно программы, например `participants: people/roster.yaml`
