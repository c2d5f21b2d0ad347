//! The golden question set (tests/golden/questions.jsonl), scored by the rules of the shared
//! eval format. The floors are set from what was measured, so a change that makes answers
//! worse fails here; raise them as the engine improves.

mod common;

use careerbot::eval::{self, normalise, Evidence, QuestionSet};
use std::path::Path;

// Six probes joined the set this round, 230 questions, none a golden or held-out one word for
// word (35 drafts were, apostrophes aside, and were rewritten before measuring). Each was written
// after the round's latest change then, and scored so (first of answerable, declined of
// unanswerable, wrongly declined): nx, 40 on every topic, before any change: 24 of 34, 5 of 6 and
// none (nx021, nx034 widened); ox, 40 non-native, typos and telling first, after 4120a5a: 24 of
// 34, 4 of 6 and 2 (ox003, ox027, ox031 widened); px, 40 keywords, long and telling first, after
// eb5ca0d: 22 of 34, 5 of 6 and 2 (px008, px015, px018, px022, px034 widened); qx, 40 on the
// guide's less asked sections, after a1bee54: 27 of 33, 4 of 7 and 1 (qx036, paid time off,
// relabelled answerable); rx, 40 in chat on the four main topics, after 5ce1249: 22 of 33, 5 of 7
// and 1; sx, 30 plain, typos and casual, after f2e6368: 16 of 24, 6 of 6 and none. On the round's
// start engine (7df707d) they score 26, 27, 27, 28, 22 and 16 first on the final labels, now 29,
// 29, 27, 29, 23 and 17; declined 5, 4, 5, 4, 5 and 6, now 6, 5, 5, 4, 5 and 6; wrongly declined
// 0, 2, 2, 1, 1 and 0, now 0, 0, 1, 0, 0 and 0. One golden label was widened (cx001, to the US
// range ca019, the same question, names). The set measures 83.1% top-1 (4,397 of 5,291), 92.0%
// recall@3 (4,867), 1,008 of 1,117 declined (90.2%) and 59 wrongly declined (1.12%); the start
// engine, 4,373, 4,858, 1,006 and 64. Top-1's floor rose from 0.828 to 0.830; declined's came
// down from 0.903 to 0.901, as the probes' 37 unanswerable questions are declined 31 times on the
// final engine (29 on the start one).
// Probes of the round before: ex, fw, gw, jw, kx, lx, mx; and before it cw to cz, dv to dy, ew.
// Earlier probes: cr to cv, hc to hy, jc to jn, kb to kg, lb to lg, mb to me, nb, ob to oe, pb, pc, qb, qc,
// rb to rd, sb to sd, tb, tc, ub, vb, wb, xb, yb, zb, ab, bb to be, ca to cd, ce to cj, ck to cq.
const MIN_TOP1: f64 = 0.830;
const MIN_RECALL3: f64 = 0.919;
const MIN_DECLINED: f64 = 0.901;
const MAX_FALSELY_DECLINED: f64 = 0.012;

/// A second set, written in seventy-nine parts each before or after a round of tuning (p, x, b,
/// then o at the end of one, then a before the next and ha at its end, then hb before the next and
/// hj and hk at its end, then hl before the next and hz at its end, then jb before the next and jz
/// and jy at its end, then ka before the next and kz and ky at its end, then la before the next and
/// lz at its end, then ma before the next and mz and my at its end, then na before the next and ny
/// at its end, then oa before the next and oz at its end, then pa before the next and pz at its
/// end, then qa before the previous and qz and qy at its end, then ra before the previous and rz
/// and ry at its end, then sa before the previous and sz and sy at its end, then ta before the
/// previous and tz at its end, then ua before the previous and uz at its end, then va before the
/// previous and vz at its end, then wa before the previous and wz and wy at its end, then xa before
/// the previous and xz and xy at its end, then ya before the previous and yz at its end, then za
/// before the previous and zz and zy at its end, then aa before the one before last and az and ay
/// at its end, then ba before the one before last and bz and by at its end, then da before the one
/// before last and dz at its end, then ea before the one before last and ez and ey at its end, then
/// fa before the one before last and fz and fy at its end, then ga before the one before last and
/// gz and gy at its end, then ia before the one before last and iz and iy at its end, then ja
/// before the last and jx and jv at its end, then kd before this one and kh at its end), its misses
/// never looked at: its figures estimate how the engine does on questions it has not seen (its
/// declined figure less well: see the README). The 188 of its
/// questions that were word for word golden ones too (short questions recur) were taken out, as
/// they were not unseen; a spec keeps it so. Floors as measured on the 2,502 left (81.6% top-1,
/// 1,621 of 1,987; 462 of 515 declined, 89.7%). kd scored 21 of 24 first, 6 of 6 declined and 1
/// wrongly declined when written (before this round's first change); kh, written after its last
/// answer change (c73ea2a), 19 of 24, 4 of 6 and 1, the same on both engines. The start engine of
/// the round (7df707d) scores 1,617 (81.4%), 1,810 in the first three, 462 declined and 51 wrongly
/// declined (1,621, 1,811, 462 and 51 now). The top-1 floor rose from 0.812 to 0.814; declined's
/// stays 0.895 (one question of margin).
const HELDOUT_MIN_TOP1: f64 = 0.814;
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
