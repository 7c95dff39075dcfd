-- The warehouse tables. Column names and types follow the data contract; the
-- Arrow schemas in transforms/schemas.py mirror them (a test keeps them in step).
-- Keys are declared as PRIMARY KEY only on small tables: bulk loads into the big
-- ones dedupe in SQL first, which is faster than checking a key row by row.

CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR NOT NULL,
    source_uri        VARCHAR NOT NULL,
    source_format     VARCHAR,
    content_sha256    VARCHAR,
    headline          VARCHAR,
    dek               VARCHAR,
    byline            VARCHAR,
    publisher         VARCHAR,
    url               VARCHAR,
    published_at      TIMESTAMP,
    language          VARCHAR,
    image_alt         VARCHAR,
    image_caption     VARCHAR,
    image_credit      VARCHAR,
    license           VARCHAR,
    body              VARCHAR,
    word_count        INTEGER,
    ingested_at       TIMESTAMPTZ,
    run_id            VARCHAR,
    extractor_version VARCHAR,
    extra             VARCHAR,
    date_source       VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    ordinal        INTEGER,
    text           VARCHAR,
    speaker        VARCHAR,
    speaker_org_id VARCHAR,
    cue            VARCHAR,
    is_fragment    BOOLEAN,
    char_start     INTEGER,
    char_end       INTEGER,
    speaker_name   VARCHAR,
    speaker_role   VARCHAR
);

CREATE TABLE IF NOT EXISTS organisations (
    org_id  VARCHAR NOT NULL,
    name    VARCHAR,
    acronym VARCHAR,
    aliases VARCHAR[]
);

CREATE TABLE IF NOT EXISTS article_organisations (
    article_id VARCHAR NOT NULL,
    org_id     VARCHAR NOT NULL,
    mentions   INTEGER,
    first_char INTEGER,
    role       VARCHAR
);

CREATE TABLE IF NOT EXISTS recommendations (
    recommendation_id VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    ordinal           INTEGER,
    text              VARCHAR,
    action            VARCHAR,
    target            VARCHAR,
    issuer            VARCHAR,
    char_start        INTEGER,
    char_end          INTEGER
);

CREATE TABLE IF NOT EXISTS rejects (
    source_uri     VARCHAR NOT NULL,
    content_sha256 VARCHAR,
    reason         VARCHAR,
    detail         VARCHAR,
    run_id         VARCHAR,
    seen_at        TIMESTAMPTZ
);

-- Every input (file, or record inside one) and the article it yielded; an
-- input whose content repeats an article seen elsewhere points at that article.
CREATE TABLE IF NOT EXISTS sources (
    source_uri     VARCHAR NOT NULL,
    file_path      VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    content_sha256 VARCHAR,
    run_id         VARCHAR
);

-- What the last run saw of each input file: size and mtime for the cheap
-- unchanged check, the content hash for the exact one.
CREATE TABLE IF NOT EXISTS files (
    file_path      VARCHAR PRIMARY KEY,
    size           BIGINT,
    mtime_ns       BIGINT,
    content_sha256 VARCHAR,
    status         VARCHAR,
    run_id         VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id             VARCHAR PRIMARY KEY,
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ,
    status             VARCHAR,
    files_seen         BIGINT,
    articles_new       BIGINT,
    articles_updated   BIGINT,
    articles_unchanged BIGINT,
    rejected           BIGINT
);

CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER NOT NULL,
    applied_at TIMESTAMPTZ DEFAULT current_timestamp
);
