-- Invitations: an offer, by email, to join an organization with given roles.
-- state is pending, accepted or revoked; "expired" is derived from expires_at, never stored.
-- open_email holds the address while the invitation is open (pending or expired) and NULL after: the unique
-- constraint on it allows one open invitation per address and organization without a partial index.
CREATE TABLE invitations (
  id               UUID                     NOT NULL PRIMARY KEY,
  organization_id  UUID                     NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  email            VARCHAR(320)             NOT NULL,
  open_email       VARCHAR(320),
  secret_hash      VARCHAR(64)              NOT NULL,
  state            VARCHAR(20)              NOT NULL,
  ttl_seconds      BIGINT                   NOT NULL,
  invited_by       UUID,
  invited_by_email VARCHAR(320),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  send_count       INTEGER                  NOT NULL,
  mail_id          UUID,
  accepted_at      TIMESTAMP WITH TIME ZONE,
  accepted_by      UUID,
  revoked_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT invitations_one_open_per_email UNIQUE (organization_id, open_email),
  CONSTRAINT invitations_state_check CHECK (state IN ('pending', 'accepted', 'revoked'))
);
CREATE INDEX invitations_by_organization ON invitations (organization_id, created_at, id);

-- The roles an invitation offers, in the same (role, scope) form as role_grants.
CREATE TABLE invitation_grants (
  invitation_id UUID        NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  role          VARCHAR(40) NOT NULL,
  scope         VARCHAR(40) NOT NULL,
  PRIMARY KEY (invitation_id, role, scope)
);

-- One row per invitation email sent, for the per-organization sending limit.
CREATE TABLE invitation_sends (
  organization_id UUID                     NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invitation_sends_by_organization ON invitation_sends (organization_id, sent_at);
