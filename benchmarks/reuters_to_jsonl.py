"""Reuters-21578 SGML to JSON Lines for the benchmarks (see dateline.bench.reuters).

    python benchmarks/reuters_to_jsonl.py [../shared/data/reuters21578] [benchmarks/data/reuters.jsonl]
"""

import sys

from dateline.bench.reuters import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
