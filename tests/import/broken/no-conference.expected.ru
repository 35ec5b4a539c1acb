exit 1
no-conference.json: ошибка: в этом JSON нет `schedule.conference`
  подсказка: в schedule.json из pretalx или frab есть {"schedule": {"conference": {...}}}
