exit 0
tests/broken/warn-closed-but-open.yaml:6:5: предупреждение: у поручения `report` нет ответственного
  подсказка: укажите `owner` (id участника) или `owner_org` (организацию или страну)
tests/broken/warn-closed-but-open.yaml:8:5: предупреждение: у поручения `report` есть дата `closed`, но его статус «ожидает»
