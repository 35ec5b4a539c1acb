exit 1
tests/broken/meeting-ends-before-start.yaml:9:1: ошибка: встреча заканчивается (2018-10-21) раньше, чем начинается (2018-10-22)
  подсказка: поменяйте местами `start_date` и `end_date`
