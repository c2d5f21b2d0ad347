#!/usr/bin/env python3
"""How well careerbot keeps its answers when a question is misspelt.

Usage (from the repository root):  python3 bench/typo_robustness.py [QUESTIONS.jsonl] [SEEDS...]

It takes the answerable questions careerbot already answers right (top-1), puts one typing
slip into one word of five letters or more in each (a letter dropped, two swapped, one
doubled, a vowel changed or a neighbouring key hit), seeded so every run writes the same
questions, and scores the misspelt set with `careerbot eval`. The figure is the share of
right answers that survive the slip, and how many of them are wrongly declined instead.

Needs a release build (`cargo build --release`); the defaults are the golden set and
seeds 7, 8 and 9.
"""

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAREERBOT = ROOT / "target" / "release" / "careerbot"
# The guide's own name and question words: a slip there says little about understanding.
SPARED = set(
    "what whats which where there their about should would could does patient patients "
    "coordinator coordinators".split()
)
NEIGHBOUR_KEYS = dict(zip("asertyionmklcvdfghpuwb", "saretoiymnlkvcfdhgoiwen"))


def eval_json(questions: Path) -> dict:
    out = subprocess.run(
        [str(CAREERBOT), "eval", str(questions), "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)


def slip(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "swap", "double", "vowel", "key"])
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "vowel":
        vowels = [j for j, c in enumerate(word) if c in "aeiou" and j > 0]
        if vowels:
            j = rng.choice(vowels)
            other = rng.choice([v for v in "aeiou" if v != word[j]])
            return word[:j] + other + word[j + 1:]
        return word[:i] + word[i + 1:]
    return word[:i] + NEIGHBOUR_KEYS.get(word[i], word[i]) + word[i + 1:]


def misspelt(questions: list, right: set, seed: int) -> list:
    rng = random.Random(seed)
    out = []
    for q in questions:
        if not q["answerable"] or q["id"] not in right:
            continue
        parts = re.findall(r"[A-Za-z]+|[^A-Za-z]+", q["q"])
        slots = [k for k, p in enumerate(parts)
                 if p.isalpha() and len(p) >= 5 and p.lower() not in SPARED]
        if not slots:
            continue
        k = rng.choice(slots)
        parts[k] = slip(parts[k], rng)
        out.append(dict(q, id="typo-" + q["id"], q="".join(parts), style="typo"))
    return out


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/golden/questions.jsonl"
    seeds = [int(s) for s in sys.argv[2:]] or [7, 8, 9]
    questions = [json.loads(line) for line in source.open() if line.strip()]
    report = eval_json(source)
    missed = {m["id"] for m in report["misses"]}
    right = {q["id"] for q in questions if q["answerable"] and q["id"] not in missed}
    print(f"{len(right)} questions answered right (top-1) in {source.name}")
    for seed in seeds:
        slipped = misspelt(questions, right, seed)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.writelines(json.dumps(q) + "\n" for q in slipped)
        overall = eval_json(Path(f.name))["overall"]
        Path(f.name).unlink()
        n = overall["answerable"]
        print(f"seed {seed}: {n} misspelt, still right {overall['top1'] / n:.1%}, "
              f"in the first three {overall['recall3'] / n:.1%}, "
              f"wrongly declined {overall['falsely_declined'] / n:.1%}")


if __name__ == "__main__":
    main()
