"""The workspace file: SQLAlchemy models, engine and pragmas, open/create, lock, migrate-on-open."""
