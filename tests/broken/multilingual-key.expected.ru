exit 1
tests/broken/multilingual-key.yaml:1:8: ошибка: `english` — не код языка ISO 639-1; многоязычный текст записывается так: {en: ..., ru: ...}
