exit 1
tests/broken/item-says-nothing.yaml:16:9: ошибка: у пункта нет ни названия, ни выступающего
