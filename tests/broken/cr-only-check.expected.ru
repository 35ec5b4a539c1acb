exit 1
tests/broken/cr-only-check.yaml:10:5: ошибка: председатель `nobody` отсутствует в списке участников
  подсказка: сначала добавьте его в `participants` или исправьте id
