exit 1
tests/broken/missing-participant-file.yaml:6:1: ошибка: список участников `people/nobody.yaml` нельзя использовать: не удаётся прочитать файл: такого файла нет
  подсказка: путь указывается относительно этого файла; искали tests/broken/people/nobody.yaml
