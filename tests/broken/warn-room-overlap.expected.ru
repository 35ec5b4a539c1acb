exit 0
tests/broken/warn-room-overlap.yaml:18:5: предупреждение: зал `Hall A` занят дважды: `panel` (Panel) и `training` (Training) пересекаются 2020-09-25
  подсказка: перенесите одно из заседаний или дайте ему другой зал; если зал общий намеренно, отметьте одно `alongside: true`
