-- One row that changes with every change to the timeline (import, correction, round edit): caches and HTTP
-- validators (ETag, Last-Modified) are keyed by it, so every instance on the same database sees a change at once.
CREATE TABLE data_version (
    id integer PRIMARY KEY,
    version bigint NOT NULL,
    changed_at timestamp NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
