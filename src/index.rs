//! The tantivy index: schema, build, open and the switch between versions.
//!
//! Each build goes into its own directory named for the corpus' content hash, with a
//! `manifest.json` that holds everything else the answer engine needs (guide metadata, section
//! list, vocabulary, thesaurus). Only when that directory is complete does the `CURRENT` pointer
//! file switch to it (write to a temporary file, then rename), so an interrupted build never
//! leaves a broken index and a corpus that fails validation never replaces a working one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use crate::corpus::{self, Corpus, CorpusErrors, Thesaurus, Topic};
use crate::text::fold;

mod stemmer;
use stemmer::EnglishStemmer;

/// Name under which the analyzer is registered with tantivy.
pub const ANALYZER: &str = "careerbot_en";
const POINTER_FILE: &str = "CURRENT";
const MANIFEST_FILE: &str = "manifest.json";
/// Bumped whenever the schema, the analyzer's stems or the manifest change, so old builds are
/// rebuilt rather than misread.
const FORMAT_VERSION: u32 = 9;
/// How many complete versions to keep on disk, the current one included.
const VERSIONS_KEPT: usize = 3;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Corpus(#[from] CorpusErrors),
    #[error("index I/O error at {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("tantivy: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("the index manifest at {path} is unreadable: {message}")]
    Manifest { path: PathBuf, message: String },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The analyzer for every searchable field and for the question: words, lower case, ASCII
/// folding, English stemming (with the words it would merge into another's stem kept apart).
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(EnglishStemmer)
        .build()
}

/// The fields of a passage document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub guide: Field,
    pub section: Field,
    pub kind: Field,
    pub topic: Field,
    pub line: Field,
    /// The passage's place in its section, 0 for the first.
    pub position: Field,
    pub body: Field,
    pub aliases: Field,
    /// Searchable, folded copies of the heading path, FAQ question, aliases and body.
    pub heading_text: Field,
    pub question_text: Field,
    pub aliases_text: Field,
    pub body_text: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let searchable = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            guide: b.add_text_field("guide", STRING | STORED),
            section: b.add_text_field("section", STORED),
            kind: b.add_text_field("kind", STRING | STORED),
            topic: b.add_text_field("topic", STRING | STORED),
            line: b.add_u64_field("line", STORED),
            position: b.add_u64_field("position", STORED),
            body: b.add_text_field("body", STORED),
            aliases: b.add_text_field("aliases", STORED),
            heading_text: b.add_text_field("heading_text", searchable.clone()),
            question_text: b.add_text_field("question_text", searchable.clone()),
            aliases_text: b.add_text_field("aliases_text", searchable.clone()),
            body_text: b.add_text_field("body_text", searchable),
        };
        (b.build(), fields)
    }

    fn from_schema(schema: &Schema) -> Result<Fields, tantivy::TantivyError> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            guide: f("guide")?,
            section: f("section")?,
            kind: f("kind")?,
            topic: f("topic")?,
            line: f("line")?,
            position: f("position")?,
            body: f("body")?,
            aliases: f("aliases")?,
            heading_text: f("heading_text")?,
            question_text: f("question_text")?,
            aliases_text: f("aliases_text")?,
            body_text: f("body_text")?,
        })
    }
}

/// A section as the manifest lists it: enough for suggestions, autocomplete and diffs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionInfo {
    pub path: Vec<String>,
    pub topics: Vec<Topic>,
    pub question: Option<String>,
    pub line: usize,
    pub passages: usize,
    /// Hash of the section's text, to tell a changed section from an unchanged one.
    pub digest: String,
}

impl SectionInfo {
    pub fn label(&self) -> String {
        self.path.join(" › ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideInfo {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub sections: Vec<SectionInfo>,
}

/// Everything about an index version that is not in tantivy itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub corpus_hash: String,
    pub built_unix_secs: u64,
    pub guides: Vec<GuideInfo>,
    pub thesaurus: Thesaurus,
    /// Every folded word of the corpus with how often it occurs: the speller's dictionary.
    pub vocabulary: BTreeMap<String, u32>,
}

impl Manifest {
    pub fn version(&self) -> &str {
        short_hash(&self.corpus_hash)
    }

    pub fn section_count(&self) -> usize {
        self.guides.iter().map(|g| g.sections.len()).sum()
    }

    pub fn passage_count(&self) -> usize {
        self.guides
            .iter()
            .flat_map(|g| &g.sections)
            .map(|s| s.passages)
            .sum()
    }
}

fn short_hash(hash: &str) -> &str {
    &hash[..hash.len().min(16)]
}

/// An open index version, ready to search.
pub struct LoadedIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    pub manifest: Manifest,
    pub dir: PathBuf,
}

/// What a build produced, for `careerbot index` and reload replies.
#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    pub version: String,
    pub guides: usize,
    pub sections: usize,
    pub passages: usize,
    #[serde(serialize_with = "millis")]
    pub took: Duration,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64() * 1000.0)
}

fn section_digest(section: &corpus::Section) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in &section.passages {
        h.update(p.text.as_bytes());
        h.update([0]);
    }
    for a in &section.aliases {
        h.update(a.as_bytes());
        h.update([1]);
    }
    for t in &section.topics {
        h.update(t.as_str().as_bytes());
        h.update([2]);
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn manifest_for(corpus: &Corpus) -> Manifest {
    let mut vocabulary: BTreeMap<String, u32> = BTreeMap::new();
    let mut count = |text: &str| {
        for w in crate::text::words(&fold(text)) {
            *vocabulary.entry(w.to_string()).or_default() += 1;
        }
    };
    let guides = corpus
        .guides
        .iter()
        .map(|g| {
            count(&g.title);
            let sections = g
                .sections
                .iter()
                .map(|s| {
                    s.heading_path.iter().for_each(|h| count(h));
                    s.aliases.iter().for_each(|a| count(a));
                    s.passages.iter().for_each(|p| count(&p.text));
                    SectionInfo {
                        path: s.heading_path.clone(),
                        topics: s.topics.clone(),
                        question: s.question().map(str::to_string),
                        line: s.line,
                        passages: s.passages.len(),
                        digest: section_digest(s),
                    }
                })
                .collect();
            GuideInfo {
                id: g.id.clone(),
                title: g.title.clone(),
                source: g.source.clone(),
                url: g.url.clone(),
                date: g.date.clone(),
                sections,
            }
        })
        .collect();
    let t = &corpus.thesaurus;
    for entry in t
        .abbreviations
        .iter()
        .chain(&t.synonyms)
        .chain(&t.topics)
        .chain(&t.entities)
    {
        // Thesaurus words are known words too, but the guides never write them: frequency 0
        // keeps them below every word of the guides' own (and unjoined: "over time" stays two
        // words though the thesaurus knows "overtime").
        for w in entry.phrases.iter().chain(std::iter::once(&entry.key)) {
            for word in crate::text::words(w) {
                vocabulary.entry(word.to_string()).or_insert(0);
            }
        }
    }
    Manifest {
        format: FORMAT_VERSION,
        corpus_hash: corpus.content_hash.clone(),
        built_unix_secs: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        guides,
        thesaurus: corpus.thesaurus.clone(),
        vocabulary,
    }
}

fn write_documents(index: &Index, fields: &Fields, corpus: &Corpus) -> Result<(), IndexError> {
    let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
    for guide in &corpus.guides {
        for section in &guide.sections {
            let label = section.path_label();
            let heading_text = fold(&section.heading_path.join(" "));
            let aliases = section.aliases.join(" | ");
            let question = section.question().map(fold).unwrap_or_default();
            for (position, passage) in section.passages.iter().enumerate() {
                let mut doc = TantivyDocument::default();
                doc.add_u64(fields.position, position as u64);
                doc.add_text(fields.guide, &guide.id);
                doc.add_text(fields.section, &label);
                doc.add_text(fields.kind, passage.kind.as_str());
                for topic in &section.topics {
                    doc.add_text(fields.topic, topic.as_str());
                }
                doc.add_u64(fields.line, passage.line as u64);
                doc.add_text(fields.body, &passage.text);
                doc.add_text(fields.aliases, &aliases);
                doc.add_text(fields.heading_text, &heading_text);
                doc.add_text(fields.question_text, &question);
                doc.add_text(fields.aliases_text, fold(&aliases));
                doc.add_text(fields.body_text, fold(&passage.text));
                writer.add_document(doc)?;
            }
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Builds a new index version for `corpus` under `index_dir` and makes it current.
///
/// Every build gets a directory of its own (`<corpus hash>-<milliseconds>`), written under a
/// staging name and renamed into place only when complete; no directory is ever replaced, so a
/// reader that has an older version open keeps reading it.
pub fn build(corpus: &Corpus, index_dir: &Path) -> Result<BuildReport, IndexError> {
    let started = Instant::now();
    std::fs::create_dir_all(index_dir).map_err(io_error(index_dir))?;
    let millis = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let mut version = format!("{}-{millis}", short_hash(&corpus.content_hash));
    let mut suffix = 0;
    while index_dir.join(&version).exists() {
        suffix += 1;
        version = format!("{}-{millis}{suffix}", short_hash(&corpus.content_hash));
    }
    let final_dir = index_dir.join(&version);
    let staging = index_dir.join(format!(".building-{version}-{}", std::process::id()));
    std::fs::create_dir_all(&staging).map_err(io_error(&staging))?;
    let (schema, fields) = Fields::schema();
    let index = Index::create_in_dir(&staging, schema)?;
    index.tokenizers().register(ANALYZER, analyzer());
    write_documents(&index, &fields, corpus)?;
    drop(index);
    let manifest = manifest_for(corpus);
    let manifest_path = staging.join(MANIFEST_FILE);
    let json = serde_json::to_vec(&manifest).expect("manifest serializes");
    std::fs::write(&manifest_path, json).map_err(io_error(&manifest_path))?;
    std::fs::rename(&staging, &final_dir).map_err(io_error(&final_dir))?;
    set_current(index_dir, &version)?;
    prune_old_versions(index_dir, &version);
    Ok(BuildReport {
        version,
        guides: corpus.guides.len(),
        sections: corpus.section_count(),
        passages: corpus.passage_count(),
        took: started.elapsed(),
    })
}

fn is_complete(version_dir: &Path) -> bool {
    version_dir.join(MANIFEST_FILE).is_file() && version_dir.join("meta.json").is_file()
}

fn set_current(index_dir: &Path, version: &str) -> Result<(), IndexError> {
    let tmp = index_dir.join(format!(".{POINTER_FILE}.{}", std::process::id()));
    std::fs::write(&tmp, version).map_err(io_error(&tmp))?;
    let pointer = index_dir.join(POINTER_FILE);
    std::fs::rename(&tmp, &pointer).map_err(io_error(&pointer))
}

/// Removes all but the newest complete versions and any abandoned staging directories.
/// Best effort: a version another process still has open stays readable on Unix.
fn prune_old_versions(index_dir: &Path, current: &str) {
    let Ok(entries) = std::fs::read_dir(index_dir) else {
        return;
    };
    let mut versions: Vec<(SystemTime, PathBuf)> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_dir() || name == current {
            continue;
        }
        if name.starts_with(".building-") {
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().unwrap_or_default() > Duration::from_secs(3600));
            if stale {
                let _ = std::fs::remove_dir_all(&path);
            }
            continue;
        }
        if is_complete(&path) {
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            versions.push((modified, path));
        }
    }
    versions.sort_by_key(|v| std::cmp::Reverse(v.0));
    for (_, path) in versions.into_iter().skip(VERSIONS_KEPT - 1) {
        let _ = std::fs::remove_dir_all(path);
    }
}

/// The version `CURRENT` points to, when it points to a complete one.
pub fn current_version(index_dir: &Path) -> Option<String> {
    let version = std::fs::read_to_string(index_dir.join(POINTER_FILE)).ok()?;
    let version = version.trim().to_string();
    let safe = !version.is_empty() && version.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    (safe && is_complete(&index_dir.join(&version))).then_some(version)
}

/// Opens one index version directory.
pub fn open_version(version_dir: &Path) -> Result<LoadedIndex, IndexError> {
    let manifest_path = version_dir.join(MANIFEST_FILE);
    let bytes = std::fs::read(&manifest_path).map_err(io_error(&manifest_path))?;
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| IndexError::Manifest {
        path: manifest_path.clone(),
        message: e.to_string(),
    })?;
    if manifest.format != FORMAT_VERSION {
        return Err(IndexError::Manifest {
            path: manifest_path,
            message: format!(
                "format {} where {FORMAT_VERSION} is expected",
                manifest.format
            ),
        });
    }
    let index = Index::open_in_dir(version_dir)?;
    index.tokenizers().register(ANALYZER, analyzer());
    let fields = Fields::from_schema(&index.schema())?;
    // A version directory never changes once complete, so nothing needs watching: the default
    // policy polls `meta.json` on a thread and takes a lock file in the directory when it
    // reloads, which races pruning (or a test) removing the directory.
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    Ok(LoadedIndex {
        index,
        reader,
        fields,
        manifest,
        dir: version_dir.to_path_buf(),
    })
}

/// How [`open_or_build`] came to the index it returns.
#[derive(Debug)]
pub enum OpenOutcome {
    /// The current index matches the corpus.
    UpToDate,
    /// The corpus changed (or there was no index): it was rebuilt.
    Rebuilt(BuildReport),
    /// The corpus has problems; the previous index keeps serving.
    KeptPrevious(CorpusErrors),
}

/// Opens the index for `corpus_dir`, rebuilding it when the corpus changed. A corpus that fails
/// validation never replaces a working index: the previous one is returned with the errors.
pub fn open_or_build(
    corpus_dir: &Path,
    index_dir: &Path,
) -> Result<(LoadedIndex, OpenOutcome), IndexError> {
    let current = current_version(index_dir);
    let hash = corpus::content_hash(corpus_dir);
    if let (Some(version), Ok(hash)) = (&current, &hash) {
        if version.split('-').next() == Some(short_hash(hash)) {
            match open_version(&index_dir.join(version)) {
                Ok(loaded) => return Ok((loaded, OpenOutcome::UpToDate)),
                Err(e) => tracing::warn!("index version {version} is damaged ({e}); rebuilding it"),
            }
        }
    }
    match corpus::load(corpus_dir) {
        Ok(corpus) => {
            let report = build(&corpus, index_dir)?;
            let loaded = open_version(&index_dir.join(&report.version))?;
            Ok((loaded, OpenOutcome::Rebuilt(report)))
        }
        Err(errors) => match current {
            Some(version) => {
                let loaded = open_version(&index_dir.join(version))?;
                Ok((loaded, OpenOutcome::KeptPrevious(errors)))
            }
            None => Err(IndexError::Corpus(errors)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("careerbot-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_guide(dir: &Path, body: &str) {
        std::fs::write(
            dir.join("g.md"),
            format!("---\ntitle: G\nsource: S\n---\n{body}"),
        )
        .unwrap();
    }

    #[test]
    fn analyzer_stems_and_folds() {
        let mut a = analyzer();
        let mut stream = a.token_stream("Salaries Résumés");
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().text.clone());
        }
        assert_eq!(tokens, ["salari", "resum"]);
    }

    #[test]
    fn analyzer_keeps_apart_words_the_stemmer_would_merge() {
        let mut a = analyzer();
        let mut stems = |text: &str| {
            let mut stream = a.token_stream(text);
            let mut tokens = Vec::new();
            while stream.advance() {
                tokens.push(stream.token().text.clone());
            }
            tokens
        };
        for (word, other) in [
            ("medications", "medical"),
            ("educates", "education"),
            ("demanding", "demand"),
            ("busy", "business"),
            ("organizations", "organized"),
            ("officer", "office"),
            ("attendants", "attend"),
        ] {
            assert_ne!(stems(word), stems(other), "{word} / {other}");
        }
        assert_eq!(
            stems("medication medications"),
            ["medication", "medication"]
        );
        assert_eq!(stems("educated educational"), ["educ", "educ"]);
    }

    #[test]
    fn build_switches_current_and_rebuilds_only_on_change() {
        let root = temp_dir("index-switch");
        let (corpus_dir, index_dir) = (root.join("corpus"), root.join("index"));
        std::fs::create_dir_all(&corpus_dir).unwrap();
        write_guide(&corpus_dir, "## Pay\n\nThe pay is good.\n");
        let (first, outcome) = open_or_build(&corpus_dir, &index_dir).unwrap();
        assert!(matches!(outcome, OpenOutcome::Rebuilt(_)));
        let (_, outcome) = open_or_build(&corpus_dir, &index_dir).unwrap();
        assert!(matches!(outcome, OpenOutcome::UpToDate));
        write_guide(&corpus_dir, "## Pay\n\nThe pay is better.\n");
        let (second, outcome) = open_or_build(&corpus_dir, &index_dir).unwrap();
        assert!(matches!(outcome, OpenOutcome::Rebuilt(_)));
        assert_ne!(first.manifest.corpus_hash, second.manifest.corpus_hash);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn thesaurus_words_are_known_but_never_counted_as_the_guides_own() {
        let root = temp_dir("index-vocabulary");
        std::fs::create_dir_all(&root).unwrap();
        write_guide(&root, "## Pay\n\nThe pay is good.\n");
        std::fs::write(root.join("thesaurus.txt"), "[synonyms]\nhours = overtime\n").unwrap();
        let corpus = crate::corpus::load(&root).unwrap();
        let manifest = manifest_for(&corpus);
        assert_eq!(manifest.vocabulary.get("pay"), Some(&2));
        assert_eq!(manifest.vocabulary.get("overtime"), Some(&0));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn an_invalid_corpus_keeps_the_previous_index() {
        let root = temp_dir("index-keep");
        let (corpus_dir, index_dir) = (root.join("corpus"), root.join("index"));
        std::fs::create_dir_all(&corpus_dir).unwrap();
        write_guide(&corpus_dir, "## Pay\n\nThe pay is good.\n");
        let (good, _) = open_or_build(&corpus_dir, &index_dir).unwrap();
        write_guide(&corpus_dir, "## Pay\n\n## Empty\n");
        let (kept, outcome) = open_or_build(&corpus_dir, &index_dir).unwrap();
        assert!(matches!(outcome, OpenOutcome::KeptPrevious(_)));
        assert_eq!(kept.manifest.corpus_hash, good.manifest.corpus_hash);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn an_interrupted_build_leaves_the_current_index_in_place() {
        let root = temp_dir("index-interrupted");
        let (corpus_dir, index_dir) = (root.join("corpus"), root.join("index"));
        std::fs::create_dir_all(&corpus_dir).unwrap();
        write_guide(&corpus_dir, "## Pay\n\nThe pay is good.\n");
        let (good, _) = open_or_build(&corpus_dir, &index_dir).unwrap();
        // A build that died before its manifest was written: a staging directory, half full.
        let staging = index_dir.join(".building-deadbeef-1");
        std::fs::create_dir_all(&staging).unwrap();
        std::fs::write(staging.join("meta.json"), b"{").unwrap();
        let current = current_version(&index_dir).unwrap();
        assert_eq!(Some(std::ffi::OsStr::new(&current)), good.dir.file_name());
        std::fs::remove_dir_all(root).unwrap();
    }
}
