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

# Caps against import bombs (docs/archive.md, "Caps"): each is far above what a real UN document
# reaches and low enough that a hostile file is refused before it costs minutes or gigabytes.
PARAGRAPHS = 20_000  # a long report has a few thousand
PARAGRAPH_CHARS = 30_000  # a long paragraph has a few thousand characters
TEXT_LINES = 250_000  # physical lines of a text file: 20,000 paragraphs of a dozen wrapped lines
DOCX_XML_BYTES = 32 * 2**20  # one XML part of a .docx, uncompressed (a long report's is a few MB)
DOCX_BYTES = 128 * 2**20  # every part of a .docx together, uncompressed (images included)
PDF_PAGES = 5_000  # the longest UN reports run to a few hundred pages
PDF_PAGE_TEXT_OBJECTS = 20_000  # text objects on one page; one per character is a few thousand
PDF_PAGE_CHARS = 30_000  # characters on one page; a dense page in small type has under 10,000
PDF_CHARS = 2_000_000  # characters in one PDF: a 300-page report has under a million
