exit 1
workbook.xlsx: ошибка: это книга электронной таблицы (Excel или LibreOffice), а не schedule.json или schedule.xml
  подсказка: выгрузите расписание из pretalx или frab в JSON или XML и импортируйте этот файл
