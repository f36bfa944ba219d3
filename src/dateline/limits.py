"""What one request may cost the server: shared by the web app and `dateline serve` (which must not import the app to show --help)."""

from __future__ import annotations

ANALYZE_CHARS = 100_000  # the longest text POST /api/analyze takes: a few seconds of one core
ANALYZE_SECONDS = 30.0  # then the analysis worker is killed
