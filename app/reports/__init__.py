"""PDF protocol, CSV/XLSX/JSON exports and canvas rendering."""
