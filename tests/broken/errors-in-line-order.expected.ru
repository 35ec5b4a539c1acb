exit 1
tests/broken/errors-in-line-order.yaml:6:5: предупреждение: у поручения `report` нет ответственного
  подсказка: укажите `owner` (id участника) или `owner_org` (организацию или страну)
tests/broken/errors-in-line-order.yaml:8:5: предупреждение: срок поручения `report` был 2020-10-01, 2247 дней назад, а его статус всё ещё `open`
  подсказка: отметьте его выполненным (done) или снятым (dropped) либо перенесите срок
tests/broken/errors-in-line-order.yaml:16:5: ошибка: председатель `nobody` отсутствует в списке участников
  подсказка: сначала добавьте его в `participants` или исправьте id
