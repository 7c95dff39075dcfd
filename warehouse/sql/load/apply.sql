-- Apply one run's staged rows to the warehouse. Runs inside one transaction.
-- Expects temp tables stage_articles, stage_quotes, stage_organisations,
-- stage_article_organisations, stage_recommendations, stage_sources,
-- stage_rejects, stage_files and stage_seen_files (file_path of every file this run saw).

-- Files read this run whose content was new or changed: their old rows give way.
CREATE OR REPLACE TEMP TABLE touched AS
SELECT file_path FROM stage_files WHERE status <> 'unchanged';

CREATE OR REPLACE TEMP TABLE known_before AS
SELECT file_path FROM files WHERE file_path IN (SELECT file_path FROM touched);

DELETE FROM sources WHERE file_path IN (SELECT file_path FROM touched);
INSERT INTO sources
SELECT DISTINCT ON (source_uri) source_uri, file_path, article_id, content_sha256, run_id
FROM stage_sources ORDER BY source_uri;

-- Articles not yet in the warehouse (an article that arrives twice is one article).
CREATE OR REPLACE TEMP TABLE new_articles AS
SELECT * FROM stage_articles
WHERE article_id NOT IN (SELECT article_id FROM articles)
QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY source_uri) = 1;

INSERT INTO articles SELECT * FROM new_articles;
INSERT INTO quotes
SELECT DISTINCT ON (quote_id) * FROM stage_quotes
WHERE article_id IN (SELECT article_id FROM new_articles) ORDER BY quote_id;
INSERT INTO recommendations
SELECT DISTINCT ON (recommendation_id) * FROM stage_recommendations
WHERE article_id IN (SELECT article_id FROM new_articles) ORDER BY recommendation_id;
INSERT INTO article_organisations
SELECT DISTINCT ON (article_id, org_id) * FROM stage_article_organisations
WHERE article_id IN (SELECT article_id FROM new_articles) ORDER BY article_id, org_id;

-- Articles no input points at any more (their file changed or went) leave with their rows.
CREATE OR REPLACE TEMP TABLE orphans AS
SELECT article_id FROM articles WHERE article_id NOT IN (SELECT article_id FROM sources);
DELETE FROM quotes WHERE article_id IN (SELECT article_id FROM orphans);
DELETE FROM recommendations WHERE article_id IN (SELECT article_id FROM orphans);
DELETE FROM article_organisations WHERE article_id IN (SELECT article_id FROM orphans);
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM orphans);

-- An article whose first input changed but which another input still carries names that input.
UPDATE articles SET source_uri = s.source_uri
FROM (SELECT article_id, min(source_uri) AS source_uri FROM sources GROUP BY article_id) AS s
WHERE articles.article_id = s.article_id
  AND NOT EXISTS (SELECT 1 FROM sources x
                  WHERE x.article_id = articles.article_id AND x.source_uri = articles.source_uri);

-- Organisations: one row per org_id, with every form of the name seen in any article.
CREATE OR REPLACE TEMP TABLE staged_orgs AS
SELECT org_id, min(name) AS name, min(acronym) AS acronym,
       list_sort(list_distinct(flatten(list(aliases)))) AS aliases
FROM stage_organisations GROUP BY org_id;

UPDATE organisations SET
    acronym = coalesce(organisations.acronym, s.acronym),
    aliases = list_sort(list_distinct(list_concat(organisations.aliases, s.aliases)))
FROM staged_orgs AS s
WHERE organisations.org_id = s.org_id
  AND (organisations.acronym IS DISTINCT FROM coalesce(organisations.acronym, s.acronym)
       OR NOT list_has_all(organisations.aliases, s.aliases));

INSERT INTO organisations
SELECT org_id, name, acronym, aliases FROM staged_orgs
WHERE org_id NOT IN (SELECT org_id FROM organisations);

-- An article that only uses an acronym ("AALDEF") names the same organisation
-- another article spells out with that acronym: one org_id for every form.
-- Only acronyms of four letters or more: "ABC" is a broadcaster in Sydney and
-- another in New York, and articles from both land in one warehouse.
CREATE OR REPLACE TEMP TABLE acronym_merge AS
SELECT a.org_id AS from_id, min(f.org_id) AS to_id, any_value(a.name) AS acronym
FROM organisations AS a
JOIN organisations AS f
  ON f.org_id <> a.org_id AND f.acronym IS NOT NULL
 AND replace(f.acronym, '.', '') = replace(a.name, '.', '')
WHERE regexp_full_match(a.name, '[A-Z][A-Z.&]{1,11}') AND length(replace(a.name, '.', '')) >= 4
GROUP BY a.org_id
HAVING count(DISTINCT f.org_id) = 1;

DELETE FROM article_organisations AS ao
USING acronym_merge AS m
WHERE ao.org_id = m.from_id
  AND EXISTS (SELECT 1 FROM article_organisations x WHERE x.article_id = ao.article_id AND x.org_id = m.to_id);
UPDATE article_organisations SET org_id = m.to_id FROM acronym_merge AS m WHERE article_organisations.org_id = m.from_id;
UPDATE quotes SET speaker_org_id = m.to_id FROM acronym_merge AS m WHERE quotes.speaker_org_id = m.from_id;
UPDATE organisations SET aliases = list_sort(list_distinct(list_append(organisations.aliases, m.acronym)))
FROM acronym_merge AS m
WHERE organisations.org_id = m.to_id AND NOT list_contains(organisations.aliases, m.acronym);

DELETE FROM organisations
WHERE org_id NOT IN (SELECT org_id FROM article_organisations)
  AND org_id NOT IN (SELECT speaker_org_id FROM quotes WHERE speaker_org_id IS NOT NULL);

-- Rejects describe the current state of each input: re-read files replace theirs.
DELETE FROM rejects
WHERE split_part(source_uri, '#', 1) IN (SELECT file_path FROM touched)
   OR source_uri IN (SELECT source_uri FROM stage_rejects);
INSERT INTO rejects SELECT * FROM stage_rejects;

-- The cheap unchanged check for the next run. A file found identical by hash
-- keeps its status and only records its new mtime.
INSERT OR REPLACE INTO files
SELECT s.file_path, s.size, s.mtime_ns, s.content_sha256,
       CASE WHEN s.status = 'unchanged' THEN coalesce(f.status, 'ok') ELSE s.status END,
       s.run_id
FROM stage_files AS s LEFT JOIN files AS f USING (file_path);
