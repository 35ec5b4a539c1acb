exit 1
programme.pdf: ошибка: это документ PDF, а не schedule.json или schedule.xml
  подсказка: выгрузите расписание из pretalx или frab в JSON или XML и импортируйте этот файл
