"""The PostgreSQL engine's table (search/postgresql.py), on PostgreSQL only: on SQLite the
embedded engine keeps its index in its own folder and this migration does nothing. Created
whichever engine is chosen, so that switching to SEARCH_ENGINE=postgresql needs only
`build_search_index`; empty until then. No extension is needed (the lexemes are written as
literals, not through a text search configuration)."""
from django.db import migrations

CREATE = """
CREATE TABLE search_entry (
    paragraph_id bigint PRIMARY KEY,
    document_id bigint NOT NULL,
    document_key text NOT NULL,
    document_version text NOT NULL,
    symbol text NOT NULL,
    language text NOT NULL,
    year text NOT NULL,
    sort_date integer NOT NULL,
    resolutions text[] NOT NULL,
    resolution_symbols text[] NOT NULL,
    bodies text[] NOT NULL,
    body text NOT NULL,
    grams tsvector NOT NULL,
    words tsvector NOT NULL
);
CREATE INDEX search_entry_grams ON search_entry USING gin (grams);
CREATE INDEX search_entry_words ON search_entry USING gin (words);
CREATE INDEX search_entry_document_key ON search_entry (document_key);
CREATE INDEX search_entry_symbol ON search_entry (symbol text_pattern_ops);
CREATE INDEX search_entry_resolutions ON search_entry USING gin (resolutions);
CREATE INDEX search_entry_resolution_symbols ON search_entry USING gin (resolution_symbols);
CREATE INDEX search_entry_bodies ON search_entry USING gin (bodies);
CREATE INDEX search_entry_cites ON search_entry (paragraph_id) WHERE cardinality(resolutions) > 0;
CREATE TABLE search_state (name text PRIMARY KEY, value text NOT NULL);
"""
DROP = "DROP TABLE IF EXISTS search_entry; DROP TABLE IF EXISTS search_state;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_cited_paragraphs")]
    operations = [migrations.RunPython(create, drop)]
