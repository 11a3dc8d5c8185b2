"""Pure rules of the app: no Qt, no SQL (enforced by import-linter contracts in pyproject.toml)."""
