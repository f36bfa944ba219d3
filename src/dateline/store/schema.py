"""The DuckDB schema, its version, and the migrations that bring an older file up to date."""

from __future__ import annotations

# Migrations are frozen as written: a later change of the record adds a migration, never edits one.
# (`tests/test_columns.py` checks that a freshly migrated file has exactly the columns of tables.SCHEMAS.)


def _v1() -> list[str]:
    """The per-article tables (the knowledge base came in version 2)."""
    return [
        """CREATE TABLE IF NOT EXISTS articles (
            "id" VARCHAR, "source" VARCHAR, "published" DATE, "title" VARCHAR, "url" VARCHAR, "outlet" VARCHAR,
            "text" VARCHAR, text_hash VARCHAR, model VARCHAR, dateline_version VARCHAR, ingested_at TIMESTAMP,
            PRIMARY KEY (id))""",
        """CREATE TABLE IF NOT EXISTS people ("article_id" VARCHAR, "person_id" VARCHAR, "name" VARCHAR, "gender" VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS organizations ("article_id" VARCHAR, "org_id" VARCHAR, "name" VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS mentions (
            "article_id" VARCHAR, "entity_id" VARCHAR, "seq" INTEGER, "start_char" INTEGER, "end_char" INTEGER,
            "text" VARCHAR, "kind" VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS ages (
            "article_id" VARCHAR, "person_id" VARCHAR, "seq" INTEGER, "age" INTEGER, "start_char" INTEGER,
            "end_char" INTEGER, "birth_from" DATE, "birth_to" DATE, "approximate" BOOLEAN)""",
        """CREATE TABLE IF NOT EXISTS roles (
            "article_id" VARCHAR, "person_id" VARCHAR, "seq" INTEGER, "title" VARCHAR, "organization" VARCHAR,
            "start_char" INTEGER, "end_char" INTEGER)""",
        """CREATE TABLE IF NOT EXISTS relations (
            "article_id" VARCHAR, "person_id" VARCHAR, "seq" INTEGER, "type" VARCHAR, "other_id" VARCHAR,
            "start_char" INTEGER, "end_char" INTEGER)""",
        """CREATE TABLE IF NOT EXISTS quotes (
            "article_id" VARCHAR, "quote_id" VARCHAR, "kind" VARCHAR, "text" VARCHAR, "start_char" INTEGER,
            "end_char" INTEGER, "speaker_person" VARCHAR, "speaker_name" VARCHAR, "speaker_start" INTEGER,
            "speaker_end" INTEGER, "cue_text" VARCHAR, "cue_lemma" VARCHAR, "cue_start" INTEGER, "cue_end" INTEGER,
            "addressee_name" VARCHAR, "addressee_org" VARCHAR, "addressee_start" INTEGER, "addressee_end" INTEGER,
            "confidence" DOUBLE)""",
        """CREATE TABLE IF NOT EXISTS times (
            "article_id" VARCHAR, "time_id" VARCHAR, "text" VARCHAR, "start_char" INTEGER, "end_char" INTEGER,
            "type" VARCHAR, "value" VARCHAR, "mod" VARCHAR, "earliest" DATE, "latest" DATE, "anchor" VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS timeline (
            "article_id" VARCHAR, "seq" INTEGER, "time_id" VARCHAR, "earliest" DATE, "latest" DATE,
            "start_char" INTEGER, "end_char" INTEGER, "people" VARCHAR[])""",
    ]


def _v2() -> list[str]:
    """The knowledge base across articles: identities, quote provenance, conflicts."""
    return [
        """CREATE TABLE IF NOT EXISTS entities (
            entity_id VARCHAR PRIMARY KEY, name VARCHAR, gender VARCHAR,
            birth_from DATE, birth_to DATE, articles INTEGER, mentions INTEGER,
            first_seen DATE, last_seen DATE)""",
        """CREATE TABLE IF NOT EXISTS entity_members (
            entity_id VARCHAR, article_id VARCHAR, person_id VARCHAR, name VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS kb_quotes (
            kb_quote_id VARCHAR PRIMARY KEY, text VARCHAR, speaker_entity VARCHAR, speaker_name VARCHAR,
            first_article VARCHAR, first_quote VARCHAR, first_published DATE, first_outlet VARCHAR,
            given_to VARCHAR, appearances INTEGER, outlets VARCHAR[])""",
        """CREATE TABLE IF NOT EXISTS kb_quote_appearances (
            kb_quote_id VARCHAR, article_id VARCHAR, quote_id VARCHAR, published DATE,
            outlet VARCHAR, similarity DOUBLE)""",
        """CREATE TABLE IF NOT EXISTS conflicts (
            conflict_id VARCHAR, kind VARCHAR, entity_id VARCHAR, kb_quote_id VARCHAR, detail VARCHAR,
            article_a VARCHAR, evidence_a VARCHAR, article_b VARCHAR, evidence_b VARCHAR)""",
        "INSERT OR REPLACE INTO meta VALUES ('kb_stale', '1')",
    ]


def _v3() -> list[str]:
    """The organization that speaks a quote ("the company said")."""
    return ["ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_org VARCHAR"]


def _v4() -> list[str]:
    """An article's byline and wire dateline; what kind of attribution a quote is.

    The articles table is rebuilt so that its record columns stay ahead of the
    store's own (text_hash, …), as every later table description expects.
    """
    return [
        "ALTER TABLE articles RENAME TO articles_v3",
        """CREATE TABLE articles (
            "id" VARCHAR, "source" VARCHAR, "published" DATE, "title" VARCHAR, "url" VARCHAR, "outlet" VARCHAR,
            "text" VARCHAR, "author" VARCHAR, "wire" VARCHAR, "place" VARCHAR,
            text_hash VARCHAR, model VARCHAR, dateline_version VARCHAR, ingested_at TIMESTAMP,
            PRIMARY KEY (id))""",
        """INSERT INTO articles SELECT id, source, published, title, url, outlet, text, NULL, NULL, NULL,
            text_hash, model, dateline_version, ingested_at FROM articles_v3""",
        "DROP TABLE articles_v3",
        "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS attribution VARCHAR DEFAULT 'speech'",
    ]


def _v5() -> list[str]:
    """An age's amount and unit as written ("9 months": 9 M); older rows were all in years."""
    return [
        "ALTER TABLE ages ADD COLUMN IF NOT EXISTS amount INTEGER",
        "ALTER TABLE ages ADD COLUMN IF NOT EXISTS unit VARCHAR DEFAULT 'Y'",
        "UPDATE ages SET amount = age WHERE amount IS NULL",
    ]


def _v6() -> list[str]:
    """The date an age is given for, and the event of a gestational age ("lost ... at 20 weeks").

    Every older age was counted at its article's publication date, so that is its date.
    """
    return [
        "ALTER TABLE ages ADD COLUMN IF NOT EXISTS as_of VARCHAR",
        "ALTER TABLE ages ADD COLUMN IF NOT EXISTS event VARCHAR",
        """UPDATE ages SET as_of = CAST(a.published AS VARCHAR) FROM articles a
            WHERE a.id = ages.article_id AND ages.as_of IS NULL""",
    ]


# Each migration takes the file from version n-1 to n; they run in order, in one transaction.
MIGRATIONS: list[tuple[int, callable]] = [(1, _v1), (2, _v2), (3, _v3), (4, _v4), (5, _v5), (6, _v6)]
KB_TABLES = ("entities", "entity_members", "kb_quotes", "kb_quote_appearances", "conflicts")
SCHEMA_VERSION = MIGRATIONS[-1][0]
