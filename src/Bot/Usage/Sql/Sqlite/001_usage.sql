-- Usage events: keys, counts and an hour bucket only. No text, no conversation or activity ids.
CREATE TABLE usage_events (
    id                      INTEGER PRIMARY KEY,
    hour                    BIGINT  NOT NULL,   -- Unix seconds at the start of the UTC hour
    kind                    TEXT    NOT NULL,
    pseudonym               TEXT    NOT NULL,   -- HMAC-SHA256(key, tenant + user id), hex
    channel                 TEXT    NOT NULL,
    intent                  TEXT    NULL,
    frameworks              TEXT    NULL,       -- comma-separated framework keys
    entry_ids               TEXT    NULL,       -- comma-separated knowledge entry ids
    flow                    TEXT    NULL,
    flow_event              TEXT    NULL,
    rating                  TEXT    NULL,
    role                    TEXT    NULL,
    unanswered              INTEGER NOT NULL DEFAULT 0,
    gap_terms               TEXT    NULL,       -- comma-separated topic terms that passed the identifier check
    outcome                 TEXT    NOT NULL,
    latency_ms              INTEGER NOT NULL DEFAULT 0,
    model_prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    model_completion_tokens INTEGER NOT NULL DEFAULT 0,
    model_latency_ms        INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_usage_events_hour ON usage_events (hour);
CREATE INDEX ix_usage_events_pseudonym ON usage_events (pseudonym);

-- Users who said "opt out": their events are never written.
CREATE TABLE usage_opt_outs (
    pseudonym TEXT   NOT NULL PRIMARY KEY,
    since     BIGINT NOT NULL
);
