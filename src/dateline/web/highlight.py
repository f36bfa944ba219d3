"""An article's text as HTML with its spans marked at their character offsets.

Spans overlap freely (a time inside a quote, a speaker's mention that is
also a person mention, two spans that cross); HTML needs nesting. The text is
cut at every span boundary, and between two cuts the open elements follow
the spans that cover the piece, outermost first: a span that crosses another
is closed and reopened, so it becomes several elements, and only the first
takes its id and keyboard focus. Every piece of text and every attribute is
escaped here; nothing from the article reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..records import ArticleRecord

# Drawn outermost first when two spans cover the same characters.
LAYERS = ("quote", "speaker", "cue", "time", "mention")
# Reached with the keyboard; person mentions are too many to tab through (the people list has them).
FOCUSABLE = {"quote", "speaker", "time"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    layer: str  # one of LAYERS: the CSS class and the legend's switch
    tip: str  # what hover or focus shows: the resolved speaker, the normalized value
    anchor: str | None = None  # element id, for links to the span


def record_spans(record: ArticleRecord, entities: dict[str, str] | None = None) -> list[Span]:
    """The quotes, speakers, cues, times and person mentions of a record, as spans."""
    names = {p.id: p.name for p in record.people}
    spans: list[Span] = []
    for q in record.quotes:
        who = (q.speaker.name if q.speaker else None) or "unattributed"
        to = f", to {q.addressee.name}" if q.addressee else ""
        spans.append(Span(q.start, q.end, "quote", f"{q.kind} quote · {who}{to}", q.id))
        if q.speaker and q.speaker.start is not None and q.speaker.end is not None:
            resolved = names.get(q.speaker.person or "", q.speaker.name)
            spans.append(Span(q.speaker.start, q.speaker.end, "speaker", f"speaker of {q.id}: {resolved}"))
        if q.cue and q.cue.start is not None and q.cue.end is not None:
            spans.append(Span(q.cue.start, q.cue.end, "cue", f"cue of {q.id}: {q.cue.lemma}"))
    for t in record.times:
        spans.append(Span(t.start, t.end, "time", _time_tip(t), t.id))
    for p in record.people:
        for m in p.mentions:
            spans.append(Span(m.start, m.end, "mention", f"{p.name} ({m.kind})"))
    return spans


def _time_tip(t) -> str:
    value = " ".join(x for x in (t.type, t.value, t.mod) if x)
    if t.earliest or t.latest:
        interval = t.earliest if t.earliest == t.latest else f"{t.earliest or '?'} … {t.latest or '?'}"
        value += f" · {interval}"
    return value


def _key(span: Span) -> tuple:
    return (span.start, -span.end, LAYERS.index(span.layer) if span.layer in LAYERS else len(LAYERS), span.tip)


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` as escaped HTML with every valid span marked; out-of-range or empty spans are dropped."""
    spans = sorted({s for s in spans if 0 <= s.start < s.end <= len(text)}, key=_key)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    html: list[str] = []
    stack: list[Span] = []
    opened: set[Span] = set()
    active: list[Span] = []
    next_span = 0
    for left, right in zip(cuts, cuts[1:]):
        while next_span < len(spans) and spans[next_span].start <= left:
            active.append(spans[next_span])
            next_span += 1
        active = [s for s in active if s.end > left]
        covering = sorted((s for s in active if s.end >= right), key=_key)
        keep = 0
        while keep < len(stack) and keep < len(covering) and stack[keep] is covering[keep]:
            keep += 1
        html.extend("</mark>" for _ in stack[keep:])
        stack = stack[:keep]
        for span in covering[keep:]:
            html.append(_open(span, first=span not in opened))
            opened.add(span)
            stack.append(span)
        html.append(str(escape(text[left:right])))
    html.extend("</mark>" for _ in stack)
    return Markup("".join(html))


def _open(span: Span, *, first: bool) -> str:
    attrs = f' class="hl {escape(span.layer)}" data-tip="{escape(span.tip)}"'
    if first:
        if span.layer in FOCUSABLE:
            attrs += ' tabindex="0"'
        if span.anchor:
            attrs += f' id="{escape(span.layer)}-{escape(span.anchor)}"'
    else:
        attrs = attrs.replace('class="hl ', 'class="hl cont ')
    return f"<mark{attrs}>"
