"""List quote speakers whose name looks like a phrase rather than a name (issue 13's check on the samples).

    .venv/bin/dateline extract examples/ --format jsonl > /tmp/samples.jsonl
    .venv/bin/python scripts/speaker_names.py /tmp/samples.jsonl

A name is listed when it holds a comma, a possessive, " of ", or more than five words.
"""

from __future__ import annotations

import json
import re
import sys

_PHRASE = re.compile(r",|['’]s\b| of ")


def phrase_like(name: str) -> bool:
    return bool(_PHRASE.search(name)) or len(name.split()) > 5


def main(path: str) -> None:
    named = listed = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for quote in record["quotes"]:
                name = (quote.get("speaker") or {}).get("name")
                if not name:
                    continue
                named += 1
                if phrase_like(name):
                    listed += 1
                    print(f"{record['id']}\t{quote['id']}\t{quote['kind']}\t{name}")
    print(f"{listed} of {named} named speakers look like phrases")


if __name__ == "__main__":
    main(sys.argv[1])
