-- The ICD-10-CM hierarchy (chapters, blocks, codes) and the articles written for some of its codes.

-- Trigram matching makes the text search tolerant of small typos.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE icd_chapter (
    code           varchar(2)  PRIMARY KEY,
    first_category varchar(3)  NOT NULL,
    last_category  varchar(3)  NOT NULL,
    title          text        NOT NULL
);

CREATE TABLE icd_block (
    code           varchar(7)  PRIMARY KEY,          -- "M60-M63"
    first_category varchar(3)  NOT NULL,
    last_category  varchar(3)  NOT NULL,
    title          text        NOT NULL,
    chapter_code   varchar(2)  NOT NULL REFERENCES icd_chapter (code)
);

-- Codes compare byte-wise (COLLATE "C") so that list order and paging cursors are stable across locales.
CREATE TABLE icd_code (
    code         varchar(8) COLLATE "C" PRIMARY KEY,  -- canonical: "M61.28"
    code_key     varchar(7) COLLATE "C" GENERATED ALWAYS AS (replace(code, '.', '')) STORED,
    title        text        NOT NULL,
    short_title  text        NOT NULL,
    billable     boolean     NOT NULL,
    parent_code  varchar(8) COLLATE "C" REFERENCES icd_code (code),
    block_code   varchar(7)  REFERENCES icd_block (code),
    chapter_code varchar(2)  REFERENCES icd_chapter (code),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT icd_code_canonical CHECK (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$')
);
CREATE UNIQUE INDEX icd_code_key_idx ON icd_code (code_key);
CREATE INDEX icd_code_parent_idx ON icd_code (parent_code);
CREATE INDEX icd_code_chapter_idx ON icd_code (chapter_code, code);
CREATE INDEX icd_code_title_trgm_idx ON icd_code USING gin (title gin_trgm_ops);
CREATE INDEX icd_code_title_fts_idx ON icd_code USING gin (to_tsvector('english', title));

CREATE TABLE article (
    code            varchar(8) COLLATE "C" PRIMARY KEY REFERENCES icd_code (code),
    title           text        NOT NULL,
    illustration_url text,
    illustration_alt text,
    reviewed_at     timestamptz,
    next_review_at  timestamptz,
    sources         jsonb       NOT NULL DEFAULT '[]',
    sample          boolean     NOT NULL DEFAULT false,
    published       boolean     NOT NULL DEFAULT true,
    revision        integer     NOT NULL DEFAULT 1,
    content_hash    varchar(64) NOT NULL,
    -- Only text that an anonymous reader may see is searchable, so a search can never reveal gated text.
    public_text     text        NOT NULL DEFAULT '',
    search_vector   tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', title), 'A') ||
                        setweight(to_tsvector('english', public_text), 'B')) STORED,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT article_illustration_complete CHECK ((illustration_url IS NULL) = (illustration_alt IS NULL))
);
CREATE INDEX article_search_idx ON article USING gin (search_vector);
CREATE INDEX article_public_text_trgm_idx ON article USING gin (public_text gin_trgm_ops);

CREATE TABLE article_section (
    article_code  varchar(8) COLLATE "C" NOT NULL REFERENCES article (code) ON DELETE CASCADE,
    position      smallint    NOT NULL,
    aspect        varchar(32) NOT NULL,
    heading       text        NOT NULL,
    body          text        NOT NULL,
    required_tier varchar(16) NOT NULL CHECK (required_tier IN ('anonymous', 'member', 'subscriber')),
    PRIMARY KEY (article_code, position),
    CONSTRAINT article_section_aspect_once UNIQUE (article_code, aspect)
);

-- Which code-set files were imported, so that a restart does not import an unchanged file again.
CREATE TABLE code_set_import (
    source      text        PRIMARY KEY,
    sha256      varchar(64) NOT NULL,
    code_count  integer     NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
);
