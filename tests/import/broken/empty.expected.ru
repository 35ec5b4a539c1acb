exit 1
empty.json: ошибка: это не schedule.json и не schedule.xml
  подсказка: выгрузите расписание из pretalx или frab в JSON или XML и импортируйте этот файл
