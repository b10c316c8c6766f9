-- Sign-up and password-reset requests per client address, and account emails per recipient, in a sliding window:
-- without a limit anyone could flood any address with verification or reset mail. Counted in the database so that
-- every node counts the same.
CREATE TABLE account_requests (
  subject       VARCHAR(400)             NOT NULL,
  requested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_requests_by_subject ON account_requests (subject, requested_at);
