"""The financing workbench: models, lines, results, charts, canvas cross-check, comparison and evaluation."""
