exit 1
tests/rules/fail-double-booked.yaml:36:9: предупреждение: переводчик Ivanova Anna (`ivanova-anna`) — два заседания одновременно: `plenary` (Session plenary) и `side-event` (Session side-event) (правило: переводчик занят дважды)
  подсказка: переводчик работает в одной кабине за раз; назначьте на одну из них другого
