"""The knowledge base across articles: one identity per person, quote provenance, conflicts."""
