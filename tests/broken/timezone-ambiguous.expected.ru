exit 1
tests/broken/timezone-ambiguous.yaml:2:1: ошибка: неизвестный часовой пояс `CST`
  подсказка: `CST` обозначает несколько поясов: America/Chicago, Asia/Shanghai, America/Havana; укажите один из них
