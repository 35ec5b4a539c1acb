exit 1
tests/rules/fail-participant-languages.yaml:12:5: предупреждение: докладчик Nurlanova Aliya (`nurlanova-aliya`) понимает kk, но заседание `english-panel` (Session english-panel) идёт на en, ru (правило: языки участников)
  подсказка: добавьте канал на один из его языков (kk) или проверьте его `languages`
