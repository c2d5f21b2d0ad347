//! The engine a long-running surface answers from, reloadable without a restart, and the one
//! place that changes the corpus while the bot runs (reload, upload, rollback).
//!
//! A reload validates the corpus, builds a new index version and swaps the engine in one step;
//! questions already being answered keep the engine they started with. A corpus that fails
//! validation changes nothing: the errors come back and the old engine keeps answering. Every
//! version served is kept in the [`History`], when there is one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use crate::answer::Engine;
use crate::corpus::{CorpusErrors, UploadRefused};
use crate::history::{self, Change, Entry, History, HistoryError};
use crate::index::{self, GuideInfo, IndexError, Manifest};

/// What changed between two corpus versions, by guide and section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusDiff {
    pub guides_added: Vec<String>,
    pub guides_removed: Vec<String>,
    pub sections_added: Vec<String>,
    pub sections_removed: Vec<String>,
    pub sections_changed: Vec<String>,
}

impl CorpusDiff {
    pub fn between(old: &Manifest, new: &Manifest) -> CorpusDiff {
        let mut diff = CorpusDiff::default();
        let find = |m: &'_ Manifest, id: &str| m.guides.iter().find(|g| g.id == id).cloned();
        for guide in &new.guides {
            match find(old, &guide.id) {
                None => diff.guides_added.push(guide.title.clone()),
                Some(before) => diff.compare_sections(&before, guide),
            }
        }
        for guide in &old.guides {
            if find(new, &guide.id).is_none() {
                diff.guides_removed.push(guide.title.clone());
            }
        }
        diff
    }

    fn compare_sections(&mut self, old: &GuideInfo, new: &GuideInfo) {
        let label = |s: &index::SectionInfo| format!("{} › {}", new.title, s.label());
        for section in &new.sections {
            match old.sections.iter().find(|s| s.path == section.path) {
                None => self.sections_added.push(label(section)),
                Some(before) if before.digest != section.digest => {
                    self.sections_changed.push(label(section))
                }
                Some(_) => {}
            }
        }
        for section in &old.sections {
            if !new.sections.iter().any(|s| s.path == section.path) {
                self.sections_removed.push(label(section));
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self == &CorpusDiff::default()
    }
}

/// A successful reload.
#[derive(Debug, Clone)]
pub struct ReloadReport {
    pub version: String,
    pub diff: CorpusDiff,
    pub took: Duration,
    /// The corpus version now served, when history is kept.
    pub kept_as: Option<Entry>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error(transparent)]
    Invalid(#[from] CorpusErrors),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("a reload is already running")]
    Busy,
    #[error(transparent)]
    Refused(#[from] UploadRefused),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("no corpus history is kept")]
    NoHistory,
    #[error("cannot write the corpus directory {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The current engine and where it comes from.
pub struct LiveEngine {
    engine: RwLock<Arc<Engine>>,
    corpus_dir: PathBuf,
    index_dir: PathBuf,
    history: Option<History>,
    /// Held by whatever changes the corpus or the engine, so changes never interleave.
    reloading: Mutex<()>,
    last_reload: Mutex<Option<SystemTime>>,
}

impl LiveEngine {
    pub fn new(engine: Engine, corpus_dir: &Path, index_dir: &Path) -> LiveEngine {
        LiveEngine {
            engine: RwLock::new(Arc::new(engine)),
            corpus_dir: corpus_dir.to_path_buf(),
            index_dir: index_dir.to_path_buf(),
            history: None,
            reloading: Mutex::new(()),
            last_reload: Mutex::new(None),
        }
    }

    /// Keeps every corpus version served from now on in `history`, starting with this one.
    pub fn with_history(mut self, history: History) -> Result<LiveEngine, HistoryError> {
        history.record(
            &self.corpus_dir,
            &Change::new("startup", "loaded at start"),
            &CorpusDiff::default(),
        )?;
        self.history = Some(history);
        Ok(self)
    }

    pub fn history(&self) -> Option<&History> {
        self.history.as_ref()
    }

    /// The engine to answer one question with; a reload does not disturb it.
    pub fn current(&self) -> Arc<Engine> {
        self.engine
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn last_reload(&self) -> Option<SystemTime> {
        *self.last_reload.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Rebuilds from the corpus directory and swaps the new engine in. Blocking: call it off
    /// the async runtime.
    pub fn reload(&self) -> Result<ReloadReport, ReloadError> {
        self.reload_as(&Change::new("unknown", "reload"))
    }

    /// [`LiveEngine::reload`], recording who asked for it in the history.
    pub fn reload_as(&self, change: &Change) -> Result<ReloadReport, ReloadError> {
        let _guard = self.reloading.try_lock().map_err(|_| ReloadError::Busy)?;
        self.reload_locked(change)
    }

    /// Validates a guide a moderator sent as `file_name`, together with the rest of the corpus,
    /// and when all is well writes it into the corpus directory and reloads. Anything wrong
    /// changes nothing: the errors name the uploaded file and its lines.
    pub fn upload(
        &self,
        file_name: &str,
        bytes: &[u8],
        max_bytes: u64,
        change: &Change,
    ) -> Result<ReloadReport, ReloadError> {
        crate::corpus::check_upload(file_name, bytes.len() as u64, max_bytes)?;
        let _guard = self.reloading.try_lock().map_err(|_| ReloadError::Busy)?;
        let staging = self.staging_dir();
        let staged = (|| -> Result<(), ReloadError> {
            let write = |path: &Path| {
                let path = path.to_path_buf();
                move |source| ReloadError::Write {
                    path: path.clone(),
                    source,
                }
            };
            std::fs::create_dir_all(&staging).map_err(write(&staging))?;
            history::restore_into(&self.corpus_dir, &staging).map_err(write(&staging))?;
            std::fs::write(staging.join(file_name), bytes).map_err(write(&staging))?;
            crate::corpus::load(&staging).map_err(|errors| {
                // Name files as the moderator knows them, not by the staging directory.
                CorpusErrors(
                    errors
                        .0
                        .into_iter()
                        .map(|mut e| {
                            if let Some(name) = e.file.file_name() {
                                e.file = PathBuf::from(name);
                            }
                            e
                        })
                        .collect(),
                )
            })?;
            Ok(())
        })();
        let _ = std::fs::remove_dir_all(&staging);
        staged?;
        let target = self.corpus_dir.join(file_name);
        let before = std::fs::read(&target).ok();
        history::write_atomically(&target, bytes).map_err(|source| ReloadError::Write {
            path: target.clone(),
            source,
        })?;
        let outcome = self.reload_locked(change);
        if outcome.is_err() {
            // The index could not be built: put the corpus back as it was.
            let _ = match before {
                Some(old) => history::write_atomically(&target, &old),
                None => std::fs::remove_file(&target),
            };
        }
        outcome
    }

    /// Returns the corpus to kept version `id` and serves it.
    pub fn rollback(&self, id: u64, change: &Change) -> Result<ReloadReport, ReloadError> {
        let history = self.history.as_ref().ok_or(ReloadError::NoHistory)?;
        let _guard = self.reloading.try_lock().map_err(|_| ReloadError::Busy)?;
        let version_dir = history.version_dir(id)?;
        // Validated before a file is touched: rules may have changed since it was kept.
        crate::corpus::load(&version_dir)?;
        history::restore_into(&version_dir, &self.corpus_dir).map_err(|source| {
            ReloadError::Write {
                path: self.corpus_dir.clone(),
                source,
            }
        })?;
        self.reload_locked(change)
    }

    fn staging_dir(&self) -> PathBuf {
        let nanos = SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        std::env::temp_dir().join(format!("careerbot-upload-{}-{nanos}", std::process::id()))
    }

    fn reload_locked(&self, change: &Change) -> Result<ReloadReport, ReloadError> {
        let started = Instant::now();
        let corpus = crate::corpus::load(&self.corpus_dir)?;
        let report = index::build(&corpus, &self.index_dir)?;
        let loaded = index::open_version(&self.index_dir.join(&report.version))?;
        let engine = Engine::new(loaded);
        let diff = CorpusDiff::between(self.current().manifest(), engine.manifest());
        let version = engine.manifest().version().to_string();
        *self.engine.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
        *self.last_reload.lock().unwrap_or_else(|e| e.into_inner()) = Some(SystemTime::now());
        let kept_as = match &self.history {
            Some(history) => match history.record(&self.corpus_dir, change, &diff) {
                Ok(entry) => Some(entry),
                Err(e) => {
                    // The new version serves; only its copy is missing.
                    tracing::error!("could not keep the corpus version in the history: {e}");
                    None
                }
            },
            None => None,
        };
        Ok(ReloadReport {
            version,
            diff,
            took: started.elapsed(),
            kept_as,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::SectionInfo;

    fn manifest(sections: &[(&str, &str)]) -> Manifest {
        Manifest {
            format: 0,
            corpus_hash: String::new(),
            built_unix_secs: 0,
            guides: vec![GuideInfo {
                id: "g".into(),
                title: "G".into(),
                source: String::new(),
                url: None,
                date: None,
                sections: sections
                    .iter()
                    .map(|(name, digest)| SectionInfo {
                        path: vec![name.to_string()],
                        topics: Vec::new(),
                        question: None,
                        line: 1,
                        passages: 1,
                        digest: digest.to_string(),
                    })
                    .collect(),
            }],
            thesaurus: Default::default(),
            vocabulary: Default::default(),
        }
    }

    #[test]
    fn diff_names_added_removed_and_changed_sections() {
        let old = manifest(&[("Pay", "1"), ("Remote", "2"), ("Gone", "3")]);
        let new = manifest(&[("Pay", "1"), ("Remote", "9"), ("New", "4")]);
        let diff = CorpusDiff::between(&old, &new);
        assert_eq!(diff.sections_added, ["G › New"]);
        assert_eq!(diff.sections_removed, ["G › Gone"]);
        assert_eq!(diff.sections_changed, ["G › Remote"]);
        assert!(diff.guides_added.is_empty() && diff.guides_removed.is_empty());
    }
}
