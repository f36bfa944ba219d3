"""CPU time of the sieve's precise pass (`sieve.precise.link_descriptions`, all its runs) over the first N texts.

    python benchmarks/description_cost.py benchmarks/data/reuters.jsonl --limit 1000 --repeat 5
    git show main:src/dateline/pipeline/people/sieve/precise.py > /tmp/precise_main.py
    python benchmarks/description_cost.py benchmarks/data/reuters.jsonl --against /tmp/precise_main.py

As `pronoun_cost.py`, whose timing it uses: the texts are parsed once, dateline's components run over
copies of the Docs `--repeat` times, every call of the pass (before and after the pronouns, and the
dialogue component's) timed by `time.process_time`; with `--against`, another version of
`precise.py` in turn, run for run. Prints each run, and the least and median of each.
"""

from __future__ import annotations

from pronoun_cost import arguments, time_pass


def main() -> None:
    args = arguments("another version of sieve/precise.py to time beside this one")
    from dateline.pipeline.people.sieve import precise

    time_pass(args, precise, "link_descriptions")


if __name__ == "__main__":
    main()
