exit 1
tests/rules/fail-speaker-local-time.yaml:21:9: предупреждение: докладчик Smith John (`smith-john`) занят(а) в 01:00-02:30 по своему времени (America/New_York, по его `timezone`) на заседании `webinar` (Session webinar): вне окна 07:00-22:00 (правило: местное время выступающего)
  подсказка: перенесите заседание или проверьте `timezone` / `country` участника
