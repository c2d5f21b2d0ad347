//! The engine a long-running surface answers from, reloadable without a restart.
//!
//! A reload validates the corpus, builds a new index version and swaps the engine in one step;
//! questions already being answered keep the engine they started with. A corpus that fails
//! validation changes nothing: the errors come back and the old engine keeps answering.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

use crate::answer::Engine;
use crate::corpus::CorpusErrors;
use crate::index::{self, GuideInfo, IndexError, Manifest};

/// What changed between two corpus versions, by guide and section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
}

#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error(transparent)]
    Invalid(#[from] CorpusErrors),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("a reload is already running")]
    Busy,
}

/// The current engine and where it comes from.
pub struct LiveEngine {
    engine: RwLock<Arc<Engine>>,
    corpus_dir: PathBuf,
    index_dir: PathBuf,
    reloading: Mutex<()>,
    last_reload: Mutex<Option<SystemTime>>,
}

impl LiveEngine {
    pub fn new(engine: Engine, corpus_dir: &Path, index_dir: &Path) -> LiveEngine {
        LiveEngine {
            engine: RwLock::new(Arc::new(engine)),
            corpus_dir: corpus_dir.to_path_buf(),
            index_dir: index_dir.to_path_buf(),
            reloading: Mutex::new(()),
            last_reload: Mutex::new(None),
        }
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
        let _guard = self.reloading.try_lock().map_err(|_| ReloadError::Busy)?;
        let started = Instant::now();
        let corpus = crate::corpus::load(&self.corpus_dir)?;
        let report = index::build(&corpus, &self.index_dir)?;
        let loaded = index::open_version(&self.index_dir.join(&report.version))?;
        let engine = Engine::new(loaded);
        let diff = CorpusDiff::between(self.current().manifest(), engine.manifest());
        let version = engine.manifest().version().to_string();
        *self.engine.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(engine);
        *self.last_reload.lock().unwrap_or_else(|e| e.into_inner()) = Some(SystemTime::now());
        Ok(ReloadReport {
            version,
            diff,
            took: started.elapsed(),
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
