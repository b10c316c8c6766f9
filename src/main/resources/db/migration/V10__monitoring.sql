-- Monitoring (issue 6): agent reports, node samples, events, customizations, notification preferences and deliveries.
-- Shared by PostgreSQL and H2 (PostgreSQL mode): keep to the common subset of SQL.
-- Everything that belongs to a cluster goes with it (ON DELETE CASCADE): disconnecting deletes its data.

-- One row per accepted agent report: the cluster-wide part (health) and the key that orders rule evaluation.
CREATE TABLE cluster_reports (
  cluster_id          UUID                     NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organization_id     UUID                     NOT NULL,
  collected_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  health_status       VARCHAR(10)              NOT NULL,
  number_of_nodes     INTEGER                  NOT NULL,
  active_shards       INTEGER                  NOT NULL,
  unassigned_shards   INTEGER                  NOT NULL,
  PRIMARY KEY (organization_id, cluster_id, collected_at),
  CONSTRAINT cluster_reports_health_check CHECK (health_status IN ('green', 'yellow', 'red'))
);
CREATE INDEX cluster_reports_by_age ON cluster_reports (collected_at);

-- One row per node per report. Rates are derived from the node's counters and its previous sample (NULL for the
-- first sample or after a counter reset, such as a node restart).
CREATE TABLE node_samples (
  cluster_id          UUID                     NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organization_id     UUID                     NOT NULL,
  collected_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  node_id             VARCHAR(64)              NOT NULL,
  node_name           VARCHAR(200)             NOT NULL,
  cpu_percent         DOUBLE PRECISION,
  heap_percent        DOUBLE PRECISION,
  disk_percent        DOUBLE PRECISION,
  load_1m             DOUBLE PRECISION,
  docs_count          BIGINT,
  index_total         BIGINT,
  query_total         BIGINT,
  indexing_rate       DOUBLE PRECISION,
  search_rate         DOUBLE PRECISION,
  PRIMARY KEY (organization_id, cluster_id, collected_at, node_id)
);
CREATE INDEX node_samples_by_age ON node_samples (collected_at);

-- Events open and close by themselves. open_slot is 'open' while the event is open and NULL once closed, so that
-- the unique constraint allows one open event per (cluster, type, node) and any number of closed ones (NULLs are
-- distinct in both databases; neither partial indexes nor expressions are needed).
CREATE TABLE monitoring_events (
  id                  UUID                     NOT NULL PRIMARY KEY,
  organization_id     UUID                     NOT NULL,
  cluster_id          UUID                     NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  type                VARCHAR(40)              NOT NULL,
  node_key            VARCHAR(64)              NOT NULL,
  open_slot           VARCHAR(4),
  severity            VARCHAR(10)              NOT NULL,
  title               VARCHAR(400)             NOT NULL,
  details             VARCHAR(4000)            NOT NULL,
  recommendations     VARCHAR(4000)            NOT NULL,
  nodes               VARCHAR(4000)            NOT NULL,
  opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at           TIMESTAMP WITH TIME ZONE,
  CONSTRAINT monitoring_events_one_open UNIQUE (cluster_id, type, node_key, open_slot),
  CONSTRAINT monitoring_events_severity_check CHECK (severity IN ('high', 'medium', 'low'))
);
CREATE INDEX monitoring_events_by_cluster ON monitoring_events (organization_id, cluster_id, opened_at, id);

-- Per-cluster rule customizations; a rule without a row runs with its defaults. thresholds is a small JSON object
-- written and read only by the application (no database JSON operators, to stay portable).
CREATE TABLE event_settings (
  cluster_id          UUID                     NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  organization_id     UUID                     NOT NULL,
  type                VARCHAR(40)              NOT NULL,
  enabled             BOOLEAN                  NOT NULL,
  thresholds          VARCHAR(1000)            NOT NULL,
  PRIMARY KEY (cluster_id, type)
);

-- Notification connectors of an organization. recipients is newline-separated (email); the webhook secret must be
-- kept as is, because signing needs it (like any webhook sender's).
CREATE TABLE notification_connectors (
  id                  UUID                     NOT NULL PRIMARY KEY,
  organization_id     UUID                     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  type                VARCHAR(10)              NOT NULL,
  name                VARCHAR(200)             NOT NULL,
  recipients          VARCHAR(16000),
  url                 VARCHAR(2000),
  secret              VARCHAR(100),
  position            INTEGER                  NOT NULL,
  CONSTRAINT notification_connectors_type_check CHECK (type IN ('email', 'webhook'))
);
CREATE INDEX notification_connectors_by_organization ON notification_connectors (organization_id, position);

-- Which events a connector gets. cluster_ids and event_types are comma-separated; NULL means all.
CREATE TABLE notification_filters (
  id                  UUID                     NOT NULL PRIMARY KEY,
  organization_id     UUID                     NOT NULL,
  connector_id        UUID                     NOT NULL REFERENCES notification_connectors (id) ON DELETE CASCADE,
  cluster_ids         VARCHAR(8000),
  event_types         VARCHAR(400),
  min_severity        VARCHAR(10)              NOT NULL,
  delay_minutes       INTEGER                  NOT NULL,
  position            INTEGER                  NOT NULL
);
CREATE INDEX notification_filters_by_organization ON notification_filters (organization_id, position);

-- The notification outbox and delivery log: written in the transaction that opens or closes the event, worked off
-- after commit (email through the mail outbox, webhooks over HTTP), with attempts and the last error kept.
CREATE TABLE notification_deliveries (
  id                  UUID                     NOT NULL PRIMARY KEY,
  organization_id     UUID                     NOT NULL,
  connector_id        UUID                     NOT NULL REFERENCES notification_connectors (id) ON DELETE CASCADE,
  event_id            UUID                     NOT NULL REFERENCES monitoring_events (id) ON DELETE CASCADE,
  transition          VARCHAR(10)              NOT NULL,
  payload             TEXT                     NOT NULL,
  status              VARCHAR(10)              NOT NULL,
  attempts            INTEGER                  NOT NULL,
  next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  last_error          VARCHAR(1000),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT notification_deliveries_transition_check CHECK (transition IN ('opened', 'closed')),
  CONSTRAINT notification_deliveries_status_check CHECK (status IN ('queued', 'delivered', 'skipped', 'failed'))
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (status, next_attempt_at);
CREATE INDEX notification_deliveries_by_organization ON notification_deliveries (organization_id, created_at, id);
