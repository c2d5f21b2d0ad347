//! The golden question set (tests/golden/questions.jsonl), scored by the rules of the shared
//! eval format. The floors are set from what was measured, so a change that makes answers
//! worse fails here; raise them as the engine improves.

mod common;

use careerbot::eval::{self, normalise, Evidence, QuestionSet};
use std::path::Path;

// A probe joined the set this round: bf, written after the study of the thirty-sixth robustness
// list (83822c0) and measured on that engine before any change it led to. Of 40 questions written,
// 23 were word for word or nearly (word overlap 0.6 or more) earlier golden or held-out ones and
// were dropped; the 17 left scored 11 of 14 first and 1 of 3 declined. Its misses led to three
// readings (the side of things something is, signing patients in, a breakup and a VPN as subjects
// no guide covers) and two evidence lines (the passages shown for bf012 and bf024, on verifying
// insurance and on AI, answer them; with bf024's line it had scored 12 of 14). The set measures
// 84.03% top-1 (4,777 of 5,685), 92.33% recall@3 (5,249), 1,076 of 1,191 declined (90.34%) and 65
// wrongly declined (1.14%); the round's start engine (b3950ca) scores 4,775, 5,247, 1,074 and 67
// (all of the difference is bf's: on the 6,859 questions before it, `careerbot eval --json` is
// byte-identical). The floors stay: top-1 0.839 (seven answers of margin), recall@3 0.922 (seven),
// declined 0.903 (no question of margin), falsely declined 0.012 (three). Before this round no
// probe joined the set for thirty-two rounds; thirty-three rounds before, three probes were folded
// in (qw, rw, sw; 90 questions), written before that round's first change.
// Probes of the rounds before that: ow, pw, nw, lw, mw; and before it nz, oy, py, tx, ux; and before
// it nx, ox, px, qx, rx, sx; and before it ex, fw, gw, jw, kx, lx, mx;
// and before it cw to cz, dv to dy, ew.
// Earlier probes: cr to cv, hc to hy, jc to jn, kb to kg, lb to lg, mb to me, nb, ob to oe, pb, pc, qb, qc,
// rb to rd, sb to sd, tb, tc, ub, vb, wb, xb, yb, zb, ab, bb to be, ca to cd, ce to cj, ck to cq.
const MIN_TOP1: f64 = 0.839;
const MIN_RECALL3: f64 = 0.922;
const MIN_DECLINED: f64 = 0.903;
const MAX_FALSELY_DECLINED: f64 = 0.012;

/// A second set, written in one hundred and fifty-five parts each before or after a round of
/// tuning (p, x, b, then o at the end of one, then a before the next and ha at its end, then hb
/// before the next and hj and hk at its end, then hl before the next and hz at its end, then jb
/// before the next and jz and jy at its end, then ka before the next and kz and ky at its end,
/// then la before the next and lz at its end, then ma before the next and mz and my at its end,
/// then na before the next and ny at its end, then oa before the next and oz at its end, then
/// pa before the next and pz at its end, then qa before the previous and qz and qy at its end,
/// then ra before the previous and rz and ry at its end, then sa before the previous and sz and
/// sy at its end, then ta before the previous and tz at its end, then ua before the previous
/// and uz at its end, then va before the previous and vz at its end, then wa before the
/// previous and wz and wy at its end, then xa before the previous and xz and xy at its end,
/// then ya before the previous and yz at its end, then za before the previous and zz and zy at
/// its end, then aa before the one before last and az and ay at its end, then ba before the one
/// before last and bz and by at its end, then da before the one before last and dz at its end,
/// then ea before the one before last and ez and ey at its end, then fa before the one before
/// last and fz and fy at its end, then ga before the one before last and gz and gy at its end,
/// then ia before the one before last and iz and iy at its end, then ja before the one before
/// last and jx and jv at its end, then kd before the one before last and kh at its end, then ki
/// before the one before last and kj and kk at its end, then km before the one before last and
/// kn, kp and kq at its end, then kr before the one before last and ks at its end, then kt
/// before the one before last and ku at its end, then kv before the one before last and kw at
/// its end, then ko before the one before last and kl at its end, then gb before the one before
/// last and gc at its end, then gd before the one before last and ge at its end, then gf before
/// the one before last and gg at its end, then gh before the one before last and gi at its end,
/// then gj before the one before last and gk at its end, then gl before the one before last and
/// gm at its end, then gn before the one before last and go at its end, then gp before the last
/// and gq at its end, then gr before the last and gs at its end, then gt before the last and gu
/// at its end, then gv before the last and gx at its end, then hh before the last and ih at its
/// end, then ii before the last and ij at its end, then ik before the last and il and im at its
/// end, then in before the last and io at its end, then ip before the last and iq at its end,
/// then ir before the last and is at its end, then it before the last and iu at its end, then
/// iv before the last and iw at its end, then ix before the last and iy at its end, then ac
/// before the last and ad at its end, then ae before the last and af at its end, then ag before
/// the last and ah at its end, then ai before the last and aj at its end, then ak before the
/// last and al at its end, then am before the last and an at its end, then ao before the last
/// and ap at its end, then aq before the last and ar at its end, then as before the last and at
/// at its end, then au before this one and av at its end), its misses never looked at: its
/// figures estimate how the engine does on questions it has not seen (its declined figure less
/// well: see the README). The 188 of its questions that were word for word golden ones too
/// (short questions recur) were taken out, as they were not unseen; a spec keeps it so. Floors
/// as measured on the 4,782 left (79.4% top-1, 3,025 of 3,811; 866 of 971 declined, 89.2%). au,
/// written before this round's first change, scored on its start engine (b3950ca) 12 of 24
/// first, 14 in the first three, 3 of 6 declined and eight wrongly declined, and took the top-1
/// floor from 0.797 to 0.795 (3,013 first; 0.796 asks 3,015, 0.795 asks 3,011) and the declined
/// floor from 0.895 to 0.893 (862 declined; 0.894 asks 863, 0.893 asks 862); only its overall
/// line was printed; no change was aimed at it. av, written after the round's study changed
/// answers (83822c0; the golden probe's three readings and two review mends came after it, and
/// the set scores byte-identically on every build since), scored 12 of 24 first, 14 in the
/// first three, 4 of 6 declined and five wrongly declined, the same on both engines, and took
/// the top-1 floor from 0.795 to 0.793 (3,025 first; 0.794 asks 3,026, 0.793 asks 3,023) and
/// the declined floor from 0.893 to 0.891 (866 declined; 0.892 asks 867, 0.891 asks 866); only
/// its overall line was printed. The round before, as, written before that round's first
/// change, scored 16 of 24 first, 17 in the first three, 6 of 6 declined and five wrongly
/// declined, and took the declined floor to 0.896; at, written at that round's end, scored 17
/// of 24 first, 18 in the first three, 5 of 6 declined and two wrongly declined, and took the
/// top-1 floor to 0.797 and the declined floor back to 0.895. Two rounds before, aq scored 13
/// of 24 first and ar 20 (and took the top-1 floor to 0.798); three rounds before, ao 16 and ap
/// 13 (and took it to 0.800); four rounds before, am 14 and an 18; five rounds before, ak 18
/// and al 13; six rounds before, ai 14 and aj 13; seven rounds before, ag 14 and ah 16; eight
/// rounds before, ae 14 and af 14; nine rounds before, ac 19 and ad 17; ten rounds before, ix
/// 17 and iy 18; eleven rounds before, iv 20 and iw 16. Fresh parts mostly score below the set
/// (au and av 50% first, as 67% and at 71%, aq 54% and ar 83%, ao 67% and ap 54%, am 58% and an
/// 75%, ak 75% and al 54%, ai and aj 58% and 54%, against its 79%): the floor falls with them,
/// and says how far unseen questions trail. Twelve rounds before, it scored 17 of 24 first and
/// iu 15 of 24; a comparison script then printed five of iu's misses as losses (iu002, iu008,
/// iu009, iu011, iu014, with the section shown), and no change since was aimed at them.
/// (Twenty-three rounds before, an eval without --json printed by mistake two of gn's questions
/// that should decline, gn029 and gn030, and the shown passage of one more; no change was aimed
/// at them, and the top-1 floor was lowered from 0.819 to 0.818 as gn measured.) The floors:
/// top-1 0.793 (two answers of margin: 3,025 first, 0.793 asks 3,023), declined 0.891 (no
/// question of margin: 866 declined, 0.891 asks 866).
const HELDOUT_MIN_TOP1: f64 = 0.793;
const HELDOUT_MIN_DECLINED: f64 = 0.891;

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
