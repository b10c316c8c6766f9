-- The members list pages by (created_at, user_id) within an organization (keyset pagination): index that order.
CREATE INDEX memberships_by_organization_joined ON memberships (organization_id, created_at, user_id);
