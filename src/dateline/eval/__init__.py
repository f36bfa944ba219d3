"""Evaluations of dateline's components against annotated corpora."""
