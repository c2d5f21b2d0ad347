//! The golden question set (tests/golden/questions.jsonl), scored by the rules of the shared
//! eval format. The floors are set from what was measured, so a change that makes answers
//! worse fails here; raise them as the engine improves.

mod common;

use careerbot::eval::{self, normalise, Evidence, QuestionSet};
use std::path::Path;

// Five probes joined the set this round, 206 questions, none a golden or held-out one word for
// word (31 drafts were, apostrophes aside, and were rewritten before measuring). cr, 60 on every
// topic, written before any change: 39 of 52 first, 7 of 8 declined, 3 wrongly declined. cs, 40
// that tell something of the asker before asking (two of them long), written after a7b103f: 20 of
// 34, 4 of 6 and 2 (cs033 widened to Step 3's customer service roles, a fair first step). ct, 40
// on the weaker topics, written after 45834e0: 21 of 36, 3 of 4 and 3. cu, 38 with typos,
// keywords and non-native wording, written after 7af9b46: 23 of 31, 5 of 7 and 2 (cu027 widened
// to the immigration streams sentence). On the round's start engine (33bf227) they score 39, 21,
// 21 and 24 first on the final labels; now 45, 25, 26 and 26; declined 7, 4, 3 and 5, now 7, 5,
// 3 and 5; wrongly declined 3, 2, 3 and 2, now none. cv, 28 on every topic, written after the
// first wrap-up (0dd9226): 16 of 23, 3 of 5 and 1, the same on the start engine; now 16, 4 and 1.
// The set measures 82.4% top-1 (3,778 of 4,585), 91.6% recall@3 (4,200), 884 of 979 declined
// (90.3%) and 67 wrongly declined (1.46%); the start engine, 3,759, 4,183, 880 and 77. cv is
// answered less often than the set, so top-1's floor came down from 0.824 to 0.823 and recall@3's
// from 0.916 to 0.915; wrongly declined's was lowered from 0.0155 to 0.015.
// Earlier probes: hc to hy, jc to jn, kb to kg, lb to lg, mb to me, nb, ob to oe, pb, pc, qb, qc,
// rb to rd, sb to sd, tb, tc, ub, vb, wb, xb, yb, zb, ab, bb to be, ca to cd, ce to cj, ck to cq.
const MIN_TOP1: f64 = 0.823;
const MIN_RECALL3: f64 = 0.915;
const MIN_DECLINED: f64 = 0.90;
const MAX_FALSELY_DECLINED: f64 = 0.015;

/// A second set, written in seventy-one parts each before or after a round of tuning (p, x, b, then
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
/// before the last and fz and fy at its end, then ga before this one and gz and gy at its end),
/// its misses never looked at: its figures estimate how the engine does on questions it has not
/// seen (its declined figure less well: see the README). The 188 of its questions that were word for word
/// golden ones too (short questions recur) were taken out, as they were not unseen; a spec keeps
/// it so. Floors as measured on the 2,262 left (79.9% top-1, 1,435 of 1,796; 420 of 466 declined,
/// 90.1%). ga scored 20 of 24 first, 5 of 6 declined and 2 wrongly declined when written (before
/// this round's first change); gz, written after what was then its last answer change (0dd9226),
/// 18 of 24, 5 of 6 and 2; gy, written after its last (982bf84), 21 of 24, 6 of 6 and none; each
/// the same on both engines. The start engine of the round scores 1,433 (79.8%), 1,620 in the
/// first three, 419 declined and 54 wrongly declined (1,624, 420 and 53 now). The top-1 floor
/// rose from 0.795 to 0.797; declined stays at 0.895.
const HELDOUT_MIN_TOP1: f64 = 0.797;
const HELDOUT_MIN_DECLINED: f64 = 0.895;

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
