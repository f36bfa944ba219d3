"""The `dateline_roles` component: roles and titles of people, with their organization.

"GM chief executive Mary Barra" and "Mary Barra, chief executive of General
Motors," give Mary Barra the role "chief executive" at GM / General Motors;
"Hugh Hill, a doctor," gives "doctor"; a resolved description ("the singer")
gives "singer". Nouns that only say who someone is ("the man") are not roles.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers the Doc attributes read and written here)
from ... import lexicon
from .entities import Cluster, RoleRef

_LINKS = frozenset({"of", "at", "for", "with"})


@Language.factory(
    "dateline_roles", requires=["doc._.dl_people", "doc._.dl_refs", "token.ent_iob", "token.ent_type"],
    assigns=["doc._.dl_people"],
)
def make_roles(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()


class RoleFinder:
    def __init__(self) -> None:
        table = lexicon.lower_table("role_nouns.tsv")
        self.roles = {w for w, cells in table.items() if len(cells) < 2 or cells[1] != "person"}
        self.not_roles = {w for w, cells in table.items() if len(cells) > 1 and cells[1] == "person"}
        self.modifiers = lexicon.words("role_modifiers.txt")

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.dl_refs
        for cluster in doc._.dl_people or ():
            for mention in cluster.mentions:
                if mention.kind in ("full", "surname", "single", "first"):
                    self._before(doc, mention.start, cluster, refs)
                    self._appositive(doc, mention.end, cluster, refs)
            self._tidy(cluster)
        return doc

    def _is_title_word(self, token: Token) -> bool:
        lower = token.lower_.rstrip(".")
        return token.pos_ in ("NOUN", "PROPN", "ADJ") and (lower in self.roles or lower in self.modifiers)

    def _before(self, doc: Doc, start: int, cluster: Cluster, refs) -> None:
        """"GM chief executive Mary Barra", "Senator John Smith"."""
        i = start
        while i > 0 and self._is_title_word(doc[i - 1]) and i > start - 5:
            i -= 1
        words = doc[i:start]
        if not words or words[-1].lower_.rstrip(".") not in self.roles:
            return
        org, org_start = _organization_before(doc, i, refs)
        cluster.roles.append(RoleRef(words.text.lower(), org, org_start if org else words.start_char, words.end_char))

    def _appositive(self, doc: Doc, end: int, cluster: Cluster, refs) -> None:
        """"Mary Barra, chief executive of General Motors," and "Hugh Hill, a doctor,"."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return
        i = end + 1
        if doc[i].lower_ in ("a", "an", "the"):
            i += 1
        j = i
        while j < len(doc) and j < i + 5 and (self._is_title_word(doc[j]) or doc[j].pos_ == "ADJ"):
            j += 1
        if j == i or doc[j - 1].lower_ not in self.roles:
            return
        title = doc[i:j]
        if any(refs.get(t.i) is not None for t in title):
            return
        org, org_end = None, title.end_char
        if j + 1 < len(doc) and doc[j].lower_ in _LINKS:
            org, org_end = _organization_at(doc, j + 1, refs)
            org_end = org_end or title.end_char
        cluster.roles.append(RoleRef(title.text.lower(), org, doc[i].idx, org_end))

    def _tidy(self, cluster: Cluster) -> None:
        """One role per title and evidence; descriptions such as "the man" are not roles."""
        seen, kept = set(), []
        for role in sorted(cluster.roles, key=lambda r: r.start_char):
            key = (role.title, role.start_char)
            if role.title in self.not_roles or key in seen:
                continue
            seen.add(key)
            kept.append(role)
        cluster.roles = kept


def _org_name(doc: Doc, token: Token, refs) -> tuple[str | None, int, int]:
    cluster = refs.get(token.i)
    if cluster is not None and cluster.label == "ORG":
        mention = next(m for m in cluster.mentions if m.start <= token.i < m.end)
        return cluster.name, mention.start_char, mention.end_char
    if token.ent_type_ == "ORG":
        start = token.i
        while start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
        return span.text, span.start_char, span.end_char
    return None, 0, 0


def _organization_before(doc: Doc, i: int, refs) -> tuple[str | None, int]:
    j = i - 1
    if j >= 0 and doc[j].text in ("'s", "’s"):
        j -= 1
    if j < 0:
        return None, 0
    name, start, _ = _org_name(doc, doc[j], refs)
    return name, start


def _organization_at(doc: Doc, i: int, refs) -> tuple[str | None, int | None]:
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    name, _, end = _org_name(doc, doc[i], refs)
    return name, (end if name else None)
