#!/usr/bin/env python3
"""careerbot against bm25s, side by side, on the same passages and the same questions.

Usage (from the repository root):  python3 bench/bm25s_side_by_side.py [QUESTIONS.jsonl]

It installs bm25s (and PyStemmer) into a virtual environment of its own under
bench/.venv (git-ignored; `cargo test` never needs it), builds careerbot in release mode,
exports careerbot's passages with `careerbot passages`, and then prints for both systems, in
one run on one machine:
  - per-question latency (p50, p99), each measured in-process: bm25s retrieving one question
    at a time in Python, careerbot answering warm through `careerbot bench` (its figure
    includes understanding, reranking and choosing the snippet);
  - top-1 on the answerable questions, scored by the rules of shared/eval/FORMAT.md (bm25s
    "shows" its top passage whole; it has no way to decline, so it declines nothing);
  - the ratio of the two latencies.
"""

import json
import os
import re
import subprocess
import sys
import time
import unicodedata
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv"


def ensure_venv():
    """Re-runs this script inside bench/.venv with bm25s installed."""
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "bm25s==0.3.16", "PyStemmer"], check=True)
    os.execv(str(python), [str(python), __file__, *sys.argv[1:]])


def normalise(text):
    """shared/eval/FORMAT.md: NFKC, straight quotes, dashes to -, Markdown marks to spaces,
    white space collapsed, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[*_`~>|]", " ", text)
    return " ".join(text.split()).lower()


def answers(snippet, evidence):
    snippet = normalise(snippet)
    for alternative in evidence:
        parts = alternative if isinstance(alternative, list) else [alternative]
        if all(normalise(p) in snippet for p in parts):
            return True
    return False


def percentile(samples, q):
    samples = sorted(samples)
    return samples[round((len(samples) - 1) * q)]


def main():
    ensure_venv()
    import bm25s
    import Stemmer

    questions_file = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "golden" / "questions.jsonl"
    questions = [json.loads(l) for l in questions_file.read_text().splitlines() if l.strip()]

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    careerbot = ROOT / "target" / "release" / "careerbot"
    passages_out = subprocess.run([str(careerbot), "passages"], cwd=ROOT, check=True, capture_output=True, text=True)
    passages = [json.loads(l) for l in passages_out.stdout.splitlines()]
    texts = [p["text"] for p in passages]

    # bm25s: English stemming and stop words, the usual set-up.
    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)

    def bm25s_top(question):
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return None
        docs, _ = retriever.retrieve(tokens, k=1, show_progress=False)
        return texts[int(docs[0][0])]

    rounds = 20
    for q in questions:  # warm-up
        bm25s_top(q["q"])
    samples = []
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            bm25s_top(q["q"])
            samples.append((time.perf_counter() - started) * 1e6)
    answerable = [q for q in questions if q["answerable"]]
    bm25s_top1 = sum(1 for q in answerable if (t := bm25s_top(q["q"])) and answers(t, q["evidence"])) / len(answerable)

    bench = subprocess.run(
        [str(careerbot), "bench", "--questions", str(questions_file), "--rounds", str(rounds), "--cold", "0", "--json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    warm = json.loads(bench.stdout)["warm"]
    evaluation = subprocess.run(
        [str(careerbot), "eval", str(questions_file), "--json"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    overall = json.loads(evaluation.stdout)["overall"]
    careerbot_top1 = overall["top1"] / overall["answerable"]
    careerbot_declined = overall["declined"] / max(overall["unanswerable"], 1)

    print(f"questions: {questions_file} ({len(questions)}, {len(answerable)} answerable); passages: {len(texts)}")
    print(f"{'':<10} {'p50':>10} {'p99':>10} {'top-1':>7} {'declined':>9}")
    print(f"{'careerbot':<10} {warm['p50_us']:>8.0f}µs {warm['p99_us']:>8.0f}µs {careerbot_top1:>6.1%} {careerbot_declined:>8.1%}")
    b50, b99 = percentile(samples, 0.5), percentile(samples, 0.99)
    print(f"{'bm25s':<10} {b50:>8.0f}µs {b99:>8.0f}µs {bm25s_top1:>6.1%} {0:>8.1%}")
    print(f"latency ratio bm25s / careerbot: p50 {b50 / warm['p50_us']:.2f}x, p99 {b99 / warm['p99_us']:.2f}x")


if __name__ == "__main__":
    main()
