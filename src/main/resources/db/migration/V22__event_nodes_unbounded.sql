-- A cluster-wide event lists every node of the cluster: up to 1,000 names of up to 200 characters, one a line, far
-- more than the 4,000 characters V10 allowed (a 200-node cluster with ordinary names already overflowed it).
ALTER TABLE monitoring_events ALTER COLUMN nodes SET DATA TYPE TEXT;
