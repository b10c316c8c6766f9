-- Keys the server keeps to itself, generated once here so that every node and every restart uses the same one.
-- 'sign-up-ids' derives the user id sign-up answers with from the address (HMAC), whether or not it has an account.
-- gen_random_uuid() draws from a cryptographic source in both databases; two of them give 244 random bits.
CREATE TABLE server_keys (
  purpose  VARCHAR(40)  NOT NULL PRIMARY KEY,
  secret   VARCHAR(100) NOT NULL
);
INSERT INTO server_keys (purpose, secret)
VALUES ('sign-up-ids', CAST(gen_random_uuid() AS VARCHAR(36)) || CAST(gen_random_uuid() AS VARCHAR(36)));
