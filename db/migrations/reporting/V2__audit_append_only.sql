-- The audit chain is append-only in the database too, where the database can say so.
-- MySQL/MariaDB: BEFORE UPDATE and BEFORE DELETE triggers on audit_entry refuse every change with
--   SQLSTATE 45000 'audit entries are append-only', whoever sends it (the application, a script, a console).
--   Single-statement bodies, so no DELIMITER is needed. Dropping the triggers takes DDL rights; whatever is
--   changed then is still found by the chain verification job.
-- H2 (the embedded default) runs only Java triggers, which H2's WildFly module cannot load from the application,
--   so both placeholders are a harmless SELECT there (FlywayMigrationIntegrator.SqlDialectPlaceholders). On H2 the
--   guarantee is the application's: AuditEntry is an @Immutable entity without setters whose columns are
--   insert-only, its repository has no update or delete, ArchitectureTest keeps other JPA writes out of the
--   reporting module, and the nightly chain verification reports the first entry changed or removed behind its back.
${auditNoUpdate};
${auditNoDelete};
