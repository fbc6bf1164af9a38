"""Column sizes, shared by the sidecar schema and the models: a value the schema accepts fits
every database backend (PostgreSQL refuses what SQLite silently stores)."""
from unref import LONGEST_SYMBOL

KEY = 200
SYMBOL = LONGEST_SYMBOL
LANGUAGE = 16
TITLE = 1000  # a text column, bounded so a title stays a title
ORGAN = 200
DOC_TYPE = 40
ORIGINAL_LANGUAGE = 40
SOURCE_FILE = 255
ANCHOR = 120
LABEL = 40
SPEAKER = 200
SPEAKER_AFFILIATION = 300
LINK = 500
LINK_TARGET = 200
REFERENCE_TARGET = 200
REFERENCE_SURFACE = 300
PINPOINT = 100

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "fr", "es", "ru", "ar")
DOC_TYPES = (
    "letter", "note_verbale", "summary_record", "report", "chairs_summary", "concept_note", "resolution",
    "presidential_statement",
)
