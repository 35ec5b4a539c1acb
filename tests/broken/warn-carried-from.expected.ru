exit 0
tests/broken/warn-carried-from.yaml:9:5: предупреждение: `carried_from` поручения `action-plan-kz` равно `2022-10-casie/action-plan-kz` и не указывает ни на одно поручение
  подсказка: пишите `имя-файла#id-поручения`, например `2022-10-casie#action-plan-kz`
