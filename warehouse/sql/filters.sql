-- The filters every report takes, defined once: articles published in
-- [since, until] (whole days), from a publisher (any case), mentioning an
-- organisation by its name, acronym or any alias. A NULL argument filters nothing.
CREATE OR REPLACE TEMP MACRO filtered_articles(since, until_, publisher_, org_) AS TABLE
SELECT a.*
FROM articles AS a
WHERE (since IS NULL OR a.published_at >= CAST(since AS DATE))
  AND (until_ IS NULL OR a.published_at < CAST(until_ AS DATE) + INTERVAL 1 DAY)
  AND (publisher_ IS NULL OR lower(a.publisher) = lower(publisher_))
  AND (org_ IS NULL OR a.article_id IN (
        SELECT ao.article_id
        FROM article_organisations AS ao
        JOIN organisations AS o USING (org_id)
        WHERE lower(org_) IN (lower(o.name), lower(o.acronym))
           OR list_contains(list_transform(o.aliases, lambda x: lower(x)), lower(org_))));
