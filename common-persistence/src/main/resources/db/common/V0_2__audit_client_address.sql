-- Every audit row says where the request came from (the client's address as the gateway saw it, or the peer's
-- address for a direct call): who, what, when and from where. Shared by every service's audit_log.
ALTER TABLE audit_log ADD COLUMN client_address VARCHAR(64);
