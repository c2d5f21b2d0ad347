//! Helpers shared by the integration tests: run the real `careerbot` binary on a corpus with an
//! index directory of the test's own.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn bundled_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("faq-corpus")
}

/// A fresh directory under the system temp dir, unique to this call and process: two tests
/// that happen to give the same name (five pairs in `tests/answers.rs` once did) must not build
/// their indexes in one directory at the same time.
pub fn temp_dir(name: &str) -> PathBuf {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("careerbot-it-{name}-{}-{call}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `careerbot --corpus CORPUS --index INDEX ARGS…` with `stdin` as standard input.
pub fn careerbot(corpus: &Path, index: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_careerbot"))
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .args(args)
        .env_remove("CORPUS_DIR")
        .env_remove("INDEX_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the careerbot binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `careerbot ask --json QUESTION` on the bundled guide, parsed.
pub fn ask_json(index: &Path, question: &str) -> serde_json::Value {
    let output = careerbot(&bundled_corpus(), index, &["ask", "--json", question], "");
    assert!(output.status.success(), "ask failed: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("ask --json prints one JSON object")
}

/// Copies the bundled corpus into `dir` so a test can change it.
pub fn copy_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for entry in std::fs::read_dir(bundled_corpus()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
    }
    corpus
}
