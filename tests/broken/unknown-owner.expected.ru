exit 1
tests/broken/unknown-owner.yaml:18:5: ошибка: ответственный `UNESCO Almaty` отсутствует в списке участников
  подсказка: `owner` — это id участника; организацию или страну укажите в `owner_org`
