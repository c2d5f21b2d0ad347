//! The golden question set (tests/golden/questions.jsonl), scored by the rules of the shared
//! eval format. The floors are set from what was measured, so a change that makes answers
//! worse fails here; raise them as the engine improves.

mod common;

use careerbot::eval::{self, normalise, Evidence, QuestionSet};
use std::path::Path;

// Nine probes joined the set this round, 346 questions, none a golden or held-out one word for
// word (62 drafts were, apostrophes aside, and were rewritten before measuring). Each was written
// after the round's latest change then, and scored so (first of answerable, declined of
// unanswerable, wrongly declined): cw, 50 on every topic, before any change: 34 of 43, 7 of 7 and
// 1 (four labels widened: cw010, cw011, cw034, cw043); cx, 40 telling something first, long or
// non-native, after 68ea6e1: 23 of 34, 4 of 6 and 2 (cx035, "how do I get my boss to give me a
// raise", relabelled answerable by the negotiation sentence); cy, 40 on every topic, after
// eeb5892: 20 of 29, 6 of 11 and 3; cz, 40 in other words, after 9d1dee0: 20 of 34, 6 of 6 and 7;
// dv, 40 telling something first, long or non-native, after 3c7342c: 23 of 34, 4 of 6 and 2
// (dv027, dv030 widened); dw, 40 keywords and typos, after c1804db: 27 of 34, 6 of 6 and 1 (dw021
// widened); dx, 30 on every topic, after 6251ccb: 19 of 25, 5 of 5 and none (dx014 widened); then,
// after the first wrap-up, dy, 36 on every topic, after 131f88d: 21 of 30, 5 of 6 and 2; ew, 30 on
// every topic, after bae3311: 16 of 26, 3 of 4 and 1 (ew014, ew017 widened; ew010, "is the job
// lonely", relabelled answerable by "Collaboration is constant"). On the round's start engine
// (d4da513) they score 37, 23, 20, 20, 25, 28, 20, 21 and 18 first on the final labels, now 38,
// 24, 21, 26, 26, 29, 20, 25 and 18; declined 7, 4, 6, 6, 4, 5, 5, 5 and 3, now 7, 4, 9, 6, 5, 6,
// 5, 6 and 3; wrongly declined 1, 2, 3, 7, 2, 1, 0, 2 and 1, now 1, 0, 2, 0, 1, 0, 0, 0 and 1. The
// set measures 82.4% top-1 (4,019 of 4,875), 91.8% recall@3 (4,476), 936 of 1,035 declined
// (90.4%) and 58 wrongly declined (1.19%); the start engine, 3,990, 4,445, 929 and 86. Top-1's
// floor rose from 0.823 to 0.824, recall@3's from 0.915 to 0.917 and declined's from 0.90 to
// 0.903; wrongly declined's came down from 0.015 to 0.0125.
// Probes of the round before: cr to cv.
// Earlier probes: hc to hy, jc to jn, kb to kg, lb to lg, mb to me, nb, ob to oe, pb, pc, qb, qc,
// rb to rd, sb to sd, tb, tc, ub, vb, wb, xb, yb, zb, ab, bb to be, ca to cd, ce to cj, ck to cq.
const MIN_TOP1: f64 = 0.824;
const MIN_RECALL3: f64 = 0.917;
const MIN_DECLINED: f64 = 0.903;
const MAX_FALSELY_DECLINED: f64 = 0.0125;

/// A second set, written in seventy-four parts each before or after a round of tuning (p, x, b, then
/// o at the end of one, then a before the next and ha at its end, then hb before the next and hj
/// and hk at its end, then hl before the next and hz at its end, then jb before the next and jz and
/// jy at its end, then ka before the next and kz and ky at its end, then la before the next and lz
/// at its end, then ma before the next and mz and my at its end, then na before the next and ny at
/// its end, then oa before the next and oz at its end, then pa before the next and pz at its end,
/// then qa before the previous and qz and qy at its end, then ra before the previous and rz and ry
/// at its end, then sa before the previous and sz and sy at its end, then ta before the previous
/// and tz at its end, then ua before the previous and uz at its end, then va before the previous
/// and vz at its end, then wa before the previous and wz and wy at its end, then xa before the
/// previous and xz and xy at its end, then ya before the previous and yz at its end, then za before
/// the previous and zz and zy at its end, then aa before the one before last and az and ay at its
/// end, then ba before the one before last and bz and by at its end, then da before the one before
/// last and dz at its end, then ea before the one before last and ez and ey at its end, then fa
/// before the one before last and fz and fy at its end, then ga before the last and gz and gy at
/// its end, then ia before this one and iz and iy at its end),
/// its misses never looked at: its figures estimate how the engine does on questions it has not
/// seen (its declined figure less well: see the README). The 188 of its questions that were word for word
/// golden ones too (short questions recur) were taken out, as they were not unseen; a spec keeps
/// it so. Floors as measured on the 2,352 left (80.6% top-1, 1,506 of 1,868; 438 of 484 declined,
/// 90.5%). ia scored 18 of 24 first, 6 of 6 declined and 1 wrongly declined when written (before
/// this round's first change); iz, written after what was then its last answer change (6251ccb),
/// 21 of 24, 6 of 6 and none; iy, written after its last (29bd93e), 22 of 24, 6 of 6 and none;
/// iz and iy the same on both engines. The start engine of the round (d4da513) scores 1,496
/// (80.1%), 1,691 in the first three, 438 declined and 54 wrongly declined (1,699, 438 and 49
/// now). The top-1 floor rose from 0.797 to 0.805, declined's from 0.895 to 0.90.
const HELDOUT_MIN_TOP1: f64 = 0.805;
const HELDOUT_MIN_DECLINED: f64 = 0.90;

fn heldout() -> QuestionSet {
    QuestionSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/heldout.jsonl"))
        .unwrap()
}

fn golden() -> QuestionSet {
    QuestionSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/questions.jsonl"))
        .unwrap()
}

#[test]
fn the_golden_set_is_large_and_varied_enough() {
    let set = golden();
    let unanswerable = set.questions.iter().filter(|q| !q.answerable).count();
    assert!(set.questions.len() >= 200);
    assert!(unanswerable >= 25);
    for style in [
        "plain",
        "casual",
        "typo",
        "keyword",
        "long",
        "context",
        "non-native",
    ] {
        assert!(
            set.questions.iter().any(|q| q.style == style),
            "no {style} question"
        );
    }
    let ids: std::collections::HashSet<&str> =
        set.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), set.questions.len(), "ids are unique");
}

#[test]
fn no_held_out_question_is_also_a_golden_one() {
    // A question tuned on in the golden set is not unseen, however it came to be written twice.
    let words = |q: &str| {
        q.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let golden: std::collections::HashSet<String> =
        golden().questions.iter().map(|q| words(&q.q)).collect();
    for q in heldout().questions {
        assert!(
            !golden.contains(&words(&q.q)),
            "{}: {:?} is golden too",
            q.id,
            q.q
        );
    }
}

#[test]
fn every_evidence_string_occurs_in_the_guide() {
    let guide =
        std::fs::read_to_string(common::bundled_corpus().join("patient-care-coordinator.md"))
            .unwrap();
    let guide = normalise(&guide);
    for q in golden().questions.into_iter().chain(heldout().questions) {
        assert_eq!(
            q.answerable,
            !q.evidence.is_empty(),
            "{}: evidence iff answerable",
            q.id
        );
        for alternative in &q.evidence {
            let parts = match alternative {
                Evidence::One(s) => vec![s.clone()],
                Evidence::All(v) => v.clone(),
            };
            for part in parts {
                assert!(
                    guide.contains(&normalise(&part)),
                    "{}: {part:?} is not in the guide",
                    q.id
                );
            }
        }
    }
}

/// Scores a set on the bundled guide (with an index of its own) and prints the report.
fn score(name: &str, set: &QuestionSet) -> eval::Report {
    let index = common::temp_dir(name);
    let engine = careerbot::cli::open_engine(&common::bundled_corpus(), &index).unwrap();
    let report = eval::evaluate(&engine, set);
    println!("{report}");
    report
}

#[test]
fn golden_set_scores_above_the_floors() {
    let report = score("golden", &golden());
    let o = &report.overall;
    assert!(o.top1() >= MIN_TOP1, "top-1 {:.3} < {MIN_TOP1}", o.top1());
    assert!(
        o.recall3() >= MIN_RECALL3,
        "recall@3 {:.3} < {MIN_RECALL3}",
        o.recall3()
    );
    assert!(
        o.declined() >= MIN_DECLINED,
        "declined {:.3} < {MIN_DECLINED}",
        o.declined()
    );
    assert!(
        o.falsely_declined() <= MAX_FALSELY_DECLINED,
        "falsely declined {:.3}",
        o.falsely_declined()
    );
}

#[test]
fn heldout_set_scores_above_its_floors() {
    let report = score("heldout", &heldout());
    let o = &report.overall;
    assert!(
        o.top1() >= HELDOUT_MIN_TOP1,
        "held-out top-1 {:.3} < {HELDOUT_MIN_TOP1}",
        o.top1()
    );
    assert!(
        o.declined() >= HELDOUT_MIN_DECLINED,
        "held-out declined {:.3}",
        o.declined()
    );
}
