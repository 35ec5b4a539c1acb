exit 1
tests/broken/unknown-session-ref.yaml:23:5: ошибка: заседания `webinar-2` в этой встрече нет
  подсказка: может быть, `webinar-1`?
