exit 1
tests/broken/unknown-anchor.yaml:9:10: ошибка: ссылка (*имя) на якорь (&имя), которого нет выше в файле
