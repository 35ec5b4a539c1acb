exit 1
tests/broken/session-end-date.yaml:11:5: ошибка: заседание `gallery-walk` (Gallery Walk) идёт до 2022-10-09, после последнего дня встречи 2022-10-07
  подсказка: сократите `end_date` заседания или продлите `end_date` встречи
tests/broken/session-end-date.yaml:17:5: ошибка: у заседания `posters` (Posters) `end_date` 2022-10-06 не позже его `date` 2022-10-07
  подсказка: для однодневного заседания не указывайте `end_date`; это последний день многодневного
