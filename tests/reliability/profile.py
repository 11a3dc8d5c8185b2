"""How hard the reliability tests push: a quick default run, and the long profile (``make test-extended``).

``WERKSTATT_PROFILE=extended`` raises the number of SIGKILLs and of generated inputs to what the release promise
names (at least 100 kills with nothing lost, at least 10,000 fuzzed inputs with only clean refusals).
"""

from __future__ import annotations

import os

EXTENDED = os.environ.get("WERKSTATT_PROFILE", "").strip().lower() == "extended"


def pick(default: int, extended: int) -> int:
    return extended if EXTENDED else default


#: SIGKILLs of the editing child (default run / extended profile)
EDIT_KILLS = pick(10, 100)
#: SIGKILLs during a migration, a pack and a merge, each
ONE_SHOT_KILLS = pick(6, 40)
#: hypothesis examples per importer fuzz test (there are several such tests; the extended total is > 10,000)
FUZZ_EXAMPLES = pick(60, 2500)
#: a long test may run for this long before pytest-timeout stops it
TIMEOUT_S = pick(300, 3600)
#: examples of the copied-files model (original and copies edited, deleted, merged in any order), per mode
COPY_EXAMPLES = pick(8, 400)
#: rounds of several processes racing for one file through different paths (symlink, hard link, ..)
LOCK_RACES = pick(4, 100)
#: hypothesis examples of the erasure tests (names of every alphabet, typed anywhere, merged in any order)
ERASURE_EXAMPLES = pick(20, 400)
#: free space left on a full medium before each writer runs (bytes): the write fails at different points
DISK_FREE_LEVELS: tuple[int, ...] = (
    (0, 4_096, 16_384, 49_152, 98_304, 196_608, 327_680, 524_288, 786_432, 1_048_576, 1_572_864, 2_621_440)
    if EXTENDED else (0, 98_304))
#: edits tried on a workspace whose disk is full (each must fail cleanly, the file stays whole)
FULL_DISK_EDITS = pick(5, 60)
