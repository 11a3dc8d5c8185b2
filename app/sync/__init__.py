"""Transport packages, the merge engine and the PostgreSQL hub."""
