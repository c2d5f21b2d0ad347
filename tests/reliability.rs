//! Faults: reloads under load, damaged or missing indexes, broken guides at reload.

mod common;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use careerbot::index::{self, OpenOutcome};
use careerbot::live::{LiveEngine, ReloadError};

fn live(name: &str) -> (Arc<LiveEngine>, std::path::PathBuf, std::path::PathBuf) {
    let dir = common::temp_dir(name);
    let corpus = common::copy_corpus(&dir);
    let index = dir.join("index");
    let engine = careerbot::cli::open_engine(&corpus, &index).unwrap();
    (
        Arc::new(LiveEngine::new(engine, &corpus, &index)),
        corpus,
        index,
    )
}

#[test]
fn reloading_while_questions_are_answered_fails_none_of_them() {
    let (live, corpus, _) = live("reload-under-load");
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let askers: Vec<_> = (0..2)
        .map(|_| {
            let (live, stop, answered) = (live.clone(), stop.clone(), answered.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let answer = live.current().answer("uk pay");
                    assert!(answer.answered, "a question failed during a reload");
                    assert!(
                        answer.citations[0].snippet.contains("25,000"),
                        "{:?}",
                        answer.citations[0]
                    );
                    answered.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for round in 0..4 {
        let extra = corpus.join("extra.md");
        if round % 2 == 0 {
            std::fs::write(
                &extra,
                "---\ntitle: Extra\nsource: test\n---\n## Pay\n\nExtra pay text.\n",
            )
            .unwrap();
        } else {
            std::fs::remove_file(&extra).unwrap();
        }
        let report = live.reload().unwrap();
        assert_eq!(
            report.diff.guides_added.len() + report.diff.guides_removed.len(),
            1
        );
    }
    stop.store(true, Ordering::Relaxed);
    for asker in askers {
        asker.join().expect("no asker panicked");
    }
    assert!(answered.load(Ordering::Relaxed) > 0);
}

#[test]
fn a_guide_deleted_or_broken_at_reload_keeps_the_old_index_answering() {
    let (live, corpus, _) = live("reload-broken");
    let version = live.current().manifest().corpus_hash.clone();
    std::fs::write(
        corpus.join("patient-care-coordinator.md"),
        [0xff, 0xfe, 0x00],
    )
    .unwrap();
    match live.reload() {
        Err(ReloadError::Invalid(errors)) => {
            assert!(
                errors
                    .to_string()
                    .contains("patient-care-coordinator.md:1: the file is not valid UTF-8"),
                "{errors}"
            )
        }
        other => panic!("expected the reload to be refused, got {other:?}"),
    }
    assert_eq!(live.current().manifest().corpus_hash, version);
    assert!(live.current().answer("uk pay").answered);
    std::fs::remove_file(corpus.join("patient-care-coordinator.md")).unwrap();
    std::fs::remove_file(corpus.join("thesaurus.txt")).unwrap();
    assert!(
        matches!(live.reload(), Err(ReloadError::Invalid(_))),
        "a corpus with no guide is refused"
    );
    assert!(live.current().answer("uk pay").answered);
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_corpus() {
    let dir = common::temp_dir("damaged-index");
    let index_dir = dir.join("index");
    let (first, _) = index::open_or_build(&common::bundled_corpus(), &index_dir).unwrap();
    std::fs::write(first.dir.join("manifest.json"), b"{ half written").unwrap();
    let (loaded, outcome) = index::open_or_build(&common::bundled_corpus(), &index_dir).unwrap();
    assert!(matches!(outcome, OpenOutcome::Rebuilt(_)), "{outcome:?}");
    assert_ne!(loaded.dir, first.dir);
    assert!(
        careerbot::answer::Engine::new(loaded)
            .answer("uk pay")
            .answered
    );
}

#[test]
fn a_missing_pointer_or_version_directory_is_rebuilt_from_the_corpus() {
    let dir = common::temp_dir("missing-index");
    let index_dir = dir.join("index");
    let (first, _) = index::open_or_build(&common::bundled_corpus(), &index_dir).unwrap();
    std::fs::remove_dir_all(&first.dir).unwrap();
    let (_, outcome) = index::open_or_build(&common::bundled_corpus(), &index_dir).unwrap();
    assert!(matches!(outcome, OpenOutcome::Rebuilt(_)), "{outcome:?}");
    std::fs::remove_file(index_dir.join("CURRENT")).unwrap();
    let (loaded, outcome) = index::open_or_build(&common::bundled_corpus(), &index_dir).unwrap();
    assert!(matches!(outcome, OpenOutcome::Rebuilt(_)), "{outcome:?}");
    assert!(
        careerbot::answer::Engine::new(loaded)
            .answer("uk pay")
            .answered
    );
}
