exit 1
tests/broken/bad-country.yaml:9:5: ошибка: неизвестный код страны `Korea`
  подсказка: укажите двухбуквенный код ISO 3166-1, например `KZ`, `KG`, `UZ`
