"""Participation pages: roster and consent, vote rounds on the shared screen, results, comments, agenda."""
