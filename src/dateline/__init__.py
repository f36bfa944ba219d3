"""dateline: who said what, who is who and what happened when, from dated news articles.

    >>> import dateline
    >>> record = dateline.analyze(text, published="2022-05-16")
    >>> [(q.speaker.name, q.text) for q in record.quotes]
"""

from __future__ import annotations

from .about import __version__
from .analysis import analyze, analyze_many
from .readers import read_articles
from .records import Article, ArticleRecord

__all__ = ["Article", "ArticleRecord", "__version__", "analyze", "analyze_many", "read_articles"]
