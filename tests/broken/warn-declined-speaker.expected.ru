exit 0
tests/broken/warn-declined-speaker.yaml:21:20: предупреждение: у докладчика `jang-sanghyun` заседания `panel` (Panel) статус «отказ»
  подсказка: найдите другого докладчика или обновите статус участника
