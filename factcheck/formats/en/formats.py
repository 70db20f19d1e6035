# Dates a reader anywhere reads the same way: "4 Dec 2026", never 12/04/2026 (12 April in Europe).
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y H:i"
