exit 1
other-root.xml: ошибка: корневой элемент XML — <html>, а не <schedule>
  подсказка: schedule.xml из frab или pretalx начинается с <schedule>
