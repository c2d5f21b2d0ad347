//! Corpus history: a copy of every corpus version the bot has served, with who changed it, how
//! and when, so a moderator can see what changed and return to an earlier version.
//!
//! Each version is a directory `<id>-<hash8>/` holding the corpus files and `change.json`; the
//! newest [`History::keep`] versions are kept.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::live::CorpusDiff;

/// How many versions are kept by default.
pub const DEFAULT_KEEP: usize = 20;

const CHANGE_FILE: &str = "change.json";

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("corpus history {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no corpus version {0} in the history (see `/corpus history`)")]
    UnknownVersion(u64),
}

/// Who changed the corpus and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// A display name: the moderator's Discord name, or "startup".
    pub by: String,
    /// What was done: "reload", "upload salaries.md", "rollback to 3".
    pub action: String,
}

impl Change {
    pub fn new(by: impl Into<String>, action: impl Into<String>) -> Change {
        Change {
            by: by.into(),
            action: action.into(),
        }
    }
}

/// One kept corpus version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u64,
    pub at_unix_secs: u64,
    pub by: String,
    pub action: String,
    /// The hash of the corpus files (see [`crate::corpus::content_hash`]).
    pub corpus_hash: String,
    /// What changed from the version served before.
    pub diff: CorpusDiff,
}

impl Entry {
    /// "+1 guide, ~2 sections" (or "no change"), for one-line listings.
    pub fn summary(&self) -> String {
        let d = &self.diff;
        let parts: Vec<String> = [
            (d.guides_added.len(), "+", "guide"),
            (d.guides_removed.len(), "−", "guide"),
            (d.sections_added.len(), "+", "section"),
            (d.sections_removed.len(), "−", "section"),
            (d.sections_changed.len(), "~", "section"),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, sign, what)| format!("{sign}{n} {what}{}", if *n == 1 { "" } else { "s" }))
        .collect();
        if parts.is_empty() {
            "no change".to_string()
        } else {
            parts.join(", ")
        }
    }
}

pub struct History {
    dir: PathBuf,
    keep: usize,
}

impl History {
    pub fn new(dir: &Path, keep: usize) -> History {
        History {
            dir: dir.to_path_buf(),
            keep: keep.max(1),
        }
    }

    fn io(&self, path: &Path) -> impl Fn(std::io::Error) -> HistoryError {
        let path = path.to_path_buf();
        move |source| HistoryError::Io {
            path: path.clone(),
            source,
        }
    }

    /// Every kept version, newest first. Unreadable entries are skipped with a warning.
    pub fn entries(&self) -> Result<Vec<(Entry, PathBuf)>, HistoryError> {
        let read = match std::fs::read_dir(&self.dir) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.io(&self.dir)(e)),
        };
        let mut entries: Vec<(Entry, PathBuf)> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join(CHANGE_FILE).is_file())
            .filter_map(|dir| {
                let text = std::fs::read_to_string(dir.join(CHANGE_FILE)).ok()?;
                match serde_json::from_str::<Entry>(&text) {
                    Ok(entry) => Some((entry, dir)),
                    Err(e) => {
                        tracing::warn!("skipping {}: {e}", dir.display());
                        None
                    }
                }
            })
            .collect();
        entries.sort_by_key(|(e, _)| std::cmp::Reverse(e.id));
        Ok(entries)
    }

    /// The kept copy of version `id`.
    pub fn version_dir(&self, id: u64) -> Result<PathBuf, HistoryError> {
        self.entries()?
            .into_iter()
            .find(|(e, _)| e.id == id)
            .map(|(_, dir)| dir)
            .ok_or(HistoryError::UnknownVersion(id))
    }

    /// Keeps a copy of the corpus now in `corpus_dir` as a new version, unless it is the same
    /// as the newest kept one; returns the newest version either way.
    pub fn record(
        &self,
        corpus_dir: &Path,
        change: &Change,
        diff: &CorpusDiff,
    ) -> Result<Entry, HistoryError> {
        let hash = crate::corpus::content_hash(corpus_dir).map_err(|e| HistoryError::Io {
            path: corpus_dir.to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })?;
        let existing = self.entries()?;
        if let Some((newest, _)) = existing.first() {
            if newest.corpus_hash == hash {
                return Ok(newest.clone());
            }
        }
        let id = existing.first().map_or(1, |(e, _)| e.id + 1);
        let entry = Entry {
            id,
            at_unix_secs: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            by: change.by.clone(),
            action: change.action.clone(),
            corpus_hash: hash.clone(),
            diff: diff.clone(),
        };
        let final_dir = self.dir.join(format!("{id:04}-{}", &hash[..8]));
        let staging = self
            .dir
            .join(format!(".staging-{id}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).map_err(self.io(&staging))?;
        copy_corpus_files(corpus_dir, &staging).map_err(self.io(corpus_dir))?;
        let json = serde_json::to_string_pretty(&entry).expect("an entry serializes");
        std::fs::write(staging.join(CHANGE_FILE), json).map_err(self.io(&staging))?;
        // The version appears whole or not at all.
        std::fs::rename(&staging, &final_dir).map_err(self.io(&final_dir))?;
        for (old, dir) in existing.iter().skip(self.keep - 1) {
            if let Err(e) = std::fs::remove_dir_all(dir) {
                tracing::warn!("could not prune corpus version {}: {e}", old.id);
            }
        }
        Ok(entry)
    }
}

/// The corpus files of `from` (guides and thesaurus), by name.
pub fn corpus_file_names(from: &Path) -> std::io::Result<Vec<String>> {
    let files =
        crate::corpus::corpus_files(from).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(files
        .iter()
        .filter_map(|f| f.file_name())
        .map(|n| n.to_string_lossy().to_string())
        .collect())
}

fn copy_corpus_files(from: &Path, to: &Path) -> std::io::Result<()> {
    for name in corpus_file_names(from)? {
        std::fs::copy(from.join(&name), to.join(&name))?;
    }
    Ok(())
}

/// Makes `corpus_dir` hold exactly the corpus files of `version_dir`: each file is written
/// beside its target and renamed over it, and files the version lacks are removed last, so
/// a failure part-way leaves every file whole.
pub fn restore_into(version_dir: &Path, corpus_dir: &Path) -> std::io::Result<()> {
    let wanted = corpus_file_names(version_dir)?;
    for name in &wanted {
        write_atomically(
            &corpus_dir.join(name),
            &std::fs::read(version_dir.join(name))?,
        )?;
    }
    for name in corpus_file_names(corpus_dir)? {
        if !wanted.contains(&name) {
            std::fs::remove_file(corpus_dir.join(name))?;
        }
    }
    Ok(())
}

/// Writes a file whole: a temporary file beside it, then a rename over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("careerbot-history-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn each_distinct_corpus_becomes_a_new_version_with_who_and_what() {
        let root = temp("record");
        let corpus = root.join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        std::fs::write(corpus.join("a.md"), "one").unwrap();
        let history = History::new(&root.join("history"), 5);
        let first = history
            .record(
                &corpus,
                &Change::new("startup", "loaded"),
                &CorpusDiff::default(),
            )
            .unwrap();
        let same = history
            .record(
                &corpus,
                &Change::new("mod", "reload"),
                &CorpusDiff::default(),
            )
            .unwrap();
        assert_eq!(first, same, "an unchanged corpus is not a new version");
        std::fs::write(corpus.join("a.md"), "two").unwrap();
        let diff = CorpusDiff {
            sections_changed: vec!["A › Pay".into()],
            ..Default::default()
        };
        let second = history
            .record(&corpus, &Change::new("mod", "upload a.md"), &diff)
            .unwrap();
        assert_eq!((first.id, second.id), (1, 2));
        assert_eq!(second.by, "mod");
        assert_eq!(second.summary(), "~1 section");
        let ids: Vec<u64> = history
            .entries()
            .unwrap()
            .iter()
            .map(|(e, _)| e.id)
            .collect();
        assert_eq!(ids, [2, 1]);
        let kept = history.version_dir(1).unwrap();
        assert_eq!(std::fs::read_to_string(kept.join("a.md")).unwrap(), "one");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn only_the_newest_versions_are_kept() {
        let root = temp("prune");
        let corpus = root.join("corpus");
        std::fs::create_dir_all(&corpus).unwrap();
        let history = History::new(&root.join("history"), 2);
        for n in 0..4 {
            std::fs::write(corpus.join("a.md"), format!("v{n}")).unwrap();
            history
                .record(&corpus, &Change::new("m", "reload"), &CorpusDiff::default())
                .unwrap();
        }
        let ids: Vec<u64> = history
            .entries()
            .unwrap()
            .iter()
            .map(|(e, _)| e.id)
            .collect();
        assert_eq!(ids, [4, 3]);
        assert!(matches!(
            history.version_dir(1),
            Err(HistoryError::UnknownVersion(1))
        ));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn restoring_a_version_leaves_exactly_its_files() {
        let root = temp("restore");
        let (version, corpus) = (root.join("v"), root.join("corpus"));
        std::fs::create_dir_all(&version).unwrap();
        std::fs::create_dir_all(&corpus).unwrap();
        std::fs::write(version.join("a.md"), "old a").unwrap();
        std::fs::write(corpus.join("a.md"), "new a").unwrap();
        std::fs::write(corpus.join("b.md"), "added later").unwrap();
        std::fs::write(corpus.join("notes.txt"), "not a corpus file").unwrap();
        restore_into(&version, &corpus).unwrap();
        assert_eq!(corpus_file_names(&corpus).unwrap(), ["a.md"]);
        assert_eq!(
            std::fs::read_to_string(corpus.join("a.md")).unwrap(),
            "old a"
        );
        assert!(
            corpus.join("notes.txt").exists(),
            "other files are left alone"
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
