exit 1
tests/broken/unknown-chair.yaml:19:5: ошибка: председатель `somebody-else` отсутствует в списке участников
  подсказка: сначала добавьте его в `participants` или исправьте id
