#!/usr/bin/env python3
"""How careerbot answers a message that asks two things at once.

Usage (from the repository root):  python3 bench/two_questions.py [CAREERBOT]

Each message below asks two questions ("do I need a degree and how much does it pay?"),
with evidence from the guide for each: an answer quotes both when its citations hold evidence
for each, as `careerbot eval` checks it (recall@3, once with each question's evidence). The
eval format scores one answer a question, so these are kept here rather than in the golden set. The first set was written to
try the change that answers such messages apart; the second after it, and never tuned on; the
third, questions joined by a comma alone, with the change that splits those too.

Needs a release build (`cargo build --release`); CAREERBOT defaults to target/release/careerbot.
The bot reads the corpus of the directory it runs in, so to measure another commit's build, run
this from that commit's checkout with its binary as CAREERBOT.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


SAL=["$40,680","$35,000 to $45,000","$40,000 to $60,000","$30k - $55k","$48k"]
EDU=["High school diploma or equivalent","high school diploma or GED","not always a direct prerequisite","associate's degree"]
REM=["Fully remote positions are less common","Remote work potential","some administrative tasks might be performed remotely"]

WRITTEN_WITH_THE_CHANGE = [
("do I need a degree and how much does it pay?",EDU,SAL),
("Can I work from home? Also what certifications should I get?",REM,["CMAA"]),
("what's the salary in the uk and do they sponsor visas?",["£25,000 to £35,000"],["skilled worker visas"]),
("How long does it take to become one, and what are the biggest challenges?",["three months","over a year","6-24 months"],["managing difficult patient situations","distressed or frustrated patients"]),
("two questions: is the job stressful and is there room to grow?",["emotionally demanding","high workloads","emotionally draining"],["Lead Patient Care Coordinator","supervisory roles","Career progression","advance along"]),
("What EHR software do they use? And do I need to know medical coding?",["Epic, Cerner, or Meditech","Epic, Cerner, Meditech"],["Basic Coding (ICD-10, CPT)","medical coding"]),
("is it mostly a desk job and what hours do they work",["at a desk","largely office-based"],["regular business hours","Monday to Friday","regular office hours"]),
("how much does a senior pcc make and what does a senior pcc do?",[["Senior","$55k"]],["Handles complex patient cases"]),
("I'm in Canada. What's the pay like? And is there demand for coordinators here?",["CAD 45,000 and CAD 65,000"],["Canada, Australia, and the UK","healthcare labor shortages"]),
("will AI replace this job? and what skills should I build to stay relevant?",["enhance, rather than replace"],["digital literacy","technological aptitude","Continuous learning","health informatics"]),
("whats the job outlook and how competitive is it to get hired",["16%","stable and growing outlook","much faster than average"],["entry-level positions face more competition","market saturation exists at entry-level","increased competition"]),
("do coordinators get benefits? also can i negotiate my salary?",["health insurance, paid time off","performance bonuses","comprehensive health and dental benefits"],["Negotiation leverage"]),
]

WRITTEN_AFTER_IT = [
("hey quick q - whats the typical salary and is it hard to find a job?",SAL,["entry-level positions face more competition","market saturation exists at entry-level","increased competition","Hiring for Patient Care Coordinators remains steady"]),
("Do coordinators work weekends? Also, is there a lot of paperwork?",["occasional evening or weekend shifts","Monday to Friday"],["extensive administrative tasks","administrative tasks"]),
("what skills do i need and how long is the training",["Empathetic Communication","Electronic Health Record (EHR) Systems","administrative efficiency, empathetic communication"],["6-24 months","3-12 months","three months"]),
("Is this job remote friendly? And what's the pay in Germany?",REM,["€30,000 to €45,000"]),
("how do i get promoted to senior and what does a senior make",["4-7 years","Lead Patient Care Coordinator","supervisory roles","Career progression"],[["Senior","$55k"]]),
("Is the job emotionally draining? What are the upsides?",["emotionally demanding","emotionally draining"],["emotional rewards","good job security","improving patient outcomes","better work-life balance","highly transferable","preventing monotony"]),
("can i immigrate to australia as a pcc and what would i earn there",["Canada, Australia, and the UK","skilled worker visas"],["AUD 50,000 to AUD 70,000"]),
("What does a typical day look like, and do you need a degree?",["Schedules patient appointments","scheduling appointments, managing patient records","The core responsibilities include"],EDU),
("is AI going to replace coordinators? and is the field growing?",["enhance, rather than replace"],["16%","much faster than average","stable and growing outlook"]),
("whats the difference between a pcc and a medical assistant, and which pays more?",["Medical Assistant who performs clinical duties"],SAL),
("Which EHR do most clinics use? Also do coordinators need to know coding?",["Epic, Cerner, or Meditech","Epic, Cerner, Meditech"],["Basic Coding (ICD-10, CPT)","medical coding"]),
("How do I write my resume for this? And how should I prepare for the interview?",["highlight your transferable skills","Tailor your application documents"],["behavioral and situational questions","how you handle difficult patient interactions"]),
]

JOINED_BY_A_COMMA = [
    ("what's the pay, do they need a degree?", SAL, EDU),
    ("how long does it take to become one, is it stressful?", ["three months", "over a year", "6-24 months"], ["emotionally demanding", "high workloads", "emotionally draining", "stressful situations"]),
    ("can i work from home, what software do they use?", REM, ["Epic, Cerner, or Meditech", "Epic, Cerner, Meditech"]),
    ("is there demand for pccs, how much do seniors make?", ["16%", "stable demand", "consistently strong", "steady demand", "Hiring for Patient Care Coordinators remains steady"], [["Senior", "$55k"]]),
    ("what does a lead coordinator do, what's the pay in canada?", ["Oversees the daily operations of a team"], ["CAD 45,000 and CAD 65,000"]),
    ("do i need a certification, how do i prepare for the interview?", ["CMAA"], ["behavioral and situational questions", "how you handle difficult patient interactions"]),
]


def quoted(careerbot, rows):
    """For each message, whether its citations quote both of its questions: scored by
    `careerbot eval` (the shared format's normalisation), once with each question's evidence,
    a question counting as quoted when its evidence is among the first three citations."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, (message, first, second) in enumerate(rows):
            for part, evidence in (("a", first), ("b", second)):
                line = {"id": f"m{i}{part}", "q": message, "topic": "other", "style": "casual",
                        "answerable": True, "evidence": evidence}
                f.write(json.dumps(line) + "\n")
    out = subprocess.run([careerbot, "eval", f.name, "--json"], capture_output=True, text=True)
    Path(f.name).unlink()
    misses = {m["id"]: m for m in json.loads(out.stdout)["misses"]}

    def found(question_id):
        miss = misses.get(question_id)
        return miss is None or miss.get("found_at") is not None

    return [found(f"m{i}a") and found(f"m{i}b") for i in range(len(rows))]


def main():
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return
    careerbot = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "release" / "careerbot")
    for name, rows in (
        ("written with the change", WRITTEN_WITH_THE_CHANGE),
        ("written after it", WRITTEN_AFTER_IT),
        ("joined by a comma, written with the change that splits them", JOINED_BY_A_COMMA),
    ):
        both = quoted(careerbot, rows)
        for (message, _, _), quoted_both in zip(rows, both):
            print(f"  {'both' if quoted_both else 'not both'}: {message}")
        print(f"{name}: both questions quoted for {sum(both)} of {len(rows)} messages\n")


if __name__ == "__main__":
    main()
