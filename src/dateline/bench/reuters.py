"""Reuters-21578 SGML to dateline JSON Lines (one article per line, dates included).

    python -m dateline.bench.reuters ../shared/data/reuters21578 benchmarks/data/reuters.jsonl

Keeps the 19,043 stories with a body. The wire's hard line wrapping is undone
(lines joined, paragraphs kept), the trailing "Reuter &#3;" dropped, and the
malformed <DATE>s are written as they are: dateline reports them itself.
The corpus is research-only: the output stays out of the repository.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

_STORY = re.compile(r"<REUTERS(.*?)>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}
_NEWID = re.compile(r'NEWID="(\d+)"')
_SIGNOFF = re.compile(r"\s*Reut(?:er|e)?\s*(?:&#3;)?\s*$", re.S)


def unwrap(body: str) -> str:
    """Join wrapped lines; an indented line starts a new paragraph."""
    paragraphs, current = [], []
    for line in body.splitlines():
        if (line.startswith(" ") or not line.strip()) and current:
            paragraphs.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def stories(folder: Path):
    for path in sorted(folder.glob("reut2-*.sgm")):
        data = path.read_bytes().decode("utf-8", errors="replace")
        for attrs, story in _STORY.findall(data):
            fields = {k: (m.group(1) if (m := rx.search(story)) else None) for k, rx in _FIELD.items()}
            if not fields["BODY"]:
                continue
            body = _SIGNOFF.sub("", fields["BODY"].replace("&#3;", ""))
            newid = _NEWID.search(attrs).group(1)
            yield {
                "id": f"reuters-{newid}",
                "title": html.unescape(fields["TITLE"] or "").strip() or None,
                "date": (fields["DATE"] or "").strip(),
                "text": html.unescape(unwrap(body)),
                "url": f"https://reuters21578.invalid/{newid}",
                "outlet": "Reuters",
            }


def write_jsonl(folder: Path, out: Path, limit: int | None = None) -> int:
    """Write the stories (the first `limit`) to `out`; returns how many."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    partial = out.with_name(f".{out.name}.partial")
    with partial.open("w", encoding="utf-8") as f:
        for story in stories(folder):
            if limit is not None and n >= limit:
                break
            f.write(json.dumps(story, ensure_ascii=False) + "\n")
            n += 1
    partial.replace(out)
    return n


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "../shared/data/reuters21578")
    out = Path(argv[2] if len(argv) > 2 else "benchmarks/data/reuters.jsonl")
    n = write_jsonl(folder, out)
    print(f"{n} stories written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
