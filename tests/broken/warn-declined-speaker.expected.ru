exit 0
tests/broken/warn-declined-speaker.yaml:21:20: предупреждение: докладчик `jang-sanghyun` заседания `panel` (Panel) отказался
  подсказка: найдите другого докладчика или обновите статус участника
