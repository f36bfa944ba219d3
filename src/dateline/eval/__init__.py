"""Evaluation of dateline against gold corpora, with the tools users would otherwise pick."""
