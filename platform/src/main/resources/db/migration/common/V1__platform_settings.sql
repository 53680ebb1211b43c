-- Settings shared by every replica and changed at run time (admin modes, capability switches).
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode (where VALUE is a reserved word).
CREATE TABLE platform_settings (
    name          VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_by    VARCHAR(100)
);
