//! Reads and validates the guides in a corpus directory.
//!
//! A corpus directory holds one Markdown file a guide (`*.md`) and, optionally, a
//! `thesaurus.txt` that teaches the answer engine how people phrase things. Reading either
//! yields typed values or a list of errors that each name the file and line.

mod markdown;
pub mod thesaurus;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use thesaurus::Thesaurus;

/// File name of the optional thesaurus inside a corpus directory.
pub const THESAURUS_FILE: &str = "thesaurus.txt";

/// A topic a section is tagged with (`salary`, `remote`, …): a lower-case slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Topic(String);

impl Topic {
    /// Makes a topic from free text, as a lower-case slug; `None` when nothing is left.
    pub fn new(name: &str) -> Option<Topic> {
        let slug: String = crate::text::words(&crate::text::fold(name))
            .collect::<Vec<_>>()
            .join("-");
        (!slug.is_empty()).then_some(Topic(slug))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What shape of text a passage came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PassageKind {
    Prose,
    FaqAnswer,
    ListItem,
    TableRow,
}

impl PassageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Prose => "prose",
            PassageKind::FaqAnswer => "faq-answer",
            PassageKind::ListItem => "list-item",
            PassageKind::TableRow => "table-row",
        }
    }

    pub fn parse(s: &str) -> Option<PassageKind> {
        [
            PassageKind::Prose,
            PassageKind::FaqAnswer,
            PassageKind::ListItem,
            PassageKind::TableRow,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// The smallest unit the bot quotes: a paragraph, a list item or a table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub kind: PassageKind,
    pub text: String,
    /// 1-based line in the guide file where the passage starts.
    pub line: usize,
}

/// A headed part of a guide, with the passages written directly under its heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Headings from the top section down to this one.
    pub heading_path: Vec<String>,
    pub line: usize,
    /// Tags from `<!-- topic: … -->`, inherited by subsections that set none.
    pub topics: Vec<Topic>,
    /// Other ways people ask for this section, from `<!-- aliases: a | b -->`.
    pub aliases: Vec<String>,
    pub passages: Vec<Passage>,
}

impl Section {
    /// The heading path as people read it: `Salary & Outlook › Salary by Experience Level`.
    pub fn path_label(&self) -> String {
        self.heading_path.join(" › ")
    }

    /// The FAQ question this section answers, when its heading is a question.
    pub fn question(&self) -> Option<&str> {
        self.heading_path
            .last()
            .map(String::as_str)
            .filter(|h| h.trim_end().ends_with('?'))
    }
}

/// One career guide, read from one Markdown file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    /// The file name without `.md`: stable, and unique within a corpus.
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub sections: Vec<Section>,
}

impl Guide {
    pub fn passage_count(&self) -> usize {
        self.sections.iter().map(|s| s.passages.len()).sum()
    }
}

/// A validated corpus: its guides, its thesaurus and a hash of every byte it was read from.
#[derive(Debug, Clone)]
pub struct Corpus {
    pub guides: Vec<Guide>,
    pub thesaurus: Thesaurus,
    pub content_hash: String,
}

impl Corpus {
    pub fn section_count(&self) -> usize {
        self.guides.iter().map(|g| g.sections.len()).sum()
    }

    pub fn passage_count(&self) -> usize {
        self.guides.iter().map(Guide::passage_count).sum()
    }
}

/// What is wrong with one place in one corpus file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorpusProblem {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("the file is not valid UTF-8")]
    NotUtf8,
    #[error("the front matter has no `title:`")]
    MissingTitle,
    #[error("the front matter is not closed by a `---` line")]
    UnclosedFrontMatter,
    #[error("front matter line is not `key: value`")]
    MalformedFrontMatter,
    #[error("the heading is empty")]
    EmptyHeading,
    #[error("the heading \"{0}\" has no text under it")]
    EmptySection(String),
    #[error("the heading \"{heading}\" repeats the one on line {first_line}")]
    DuplicateHeading { heading: String, first_line: usize },
    #[error("the table row has {found} cells but its header has {expected}")]
    RaggedTable { expected: usize, found: usize },
    #[error("text comes before the first `##` heading")]
    TextBeforeFirstHeading,
    #[error("`{0}` is not a known annotation (use `topic:` or `aliases:`)")]
    UnknownAnnotation(String),
    #[error("the guide has no sections")]
    NoSections,
    #[error("no guides (`*.md` files) in the corpus directory")]
    NoGuides,
    #[error("thesaurus line is not `word = alternative | alternative` under a `[section]`")]
    MalformedThesaurusLine,
    #[error("two guides would share the id `{0}`")]
    DuplicateGuideId(String),
}

/// A problem with its place: file and 1-based line (0 when it concerns the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    pub file: PathBuf,
    pub line: usize,
    pub problem: CorpusProblem,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.problem)
        } else {
            write!(f, "{}: {}", self.file.display(), self.problem)
        }
    }
}

/// Every problem found in a corpus; nothing is indexed while there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CorpusErrors(pub Vec<CorpusError>);

impl fmt::Display for CorpusErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(
            f,
            "the corpus has {n} problem{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  {e}")?;
        }
        Ok(())
    }
}

/// The corpus files of a directory, sorted by name: guides (`*.md`) and the thesaurus.
pub(crate) fn corpus_files(dir: &Path) -> Result<Vec<PathBuf>, CorpusErrors> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        CorpusErrors(vec![CorpusError {
            file: dir.to_path_buf(),
            line: 0,
            problem: CorpusProblem::Unreadable(e.to_string()),
        }])
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && (p.extension().is_some_and(|x| x == "md")
                    || p.file_name().is_some_and(|n| n == THESAURUS_FILE))
        })
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Hashes the corpus files' names and bytes, without parsing them: cheap enough to run at every
/// start to tell whether the index is current.
pub fn content_hash(dir: &Path) -> Result<String, CorpusErrors> {
    let mut hasher = Sha256::new();
    for file in corpus_files(dir)? {
        let bytes = std::fs::read(&file).map_err(|e| unreadable(&file, &e))?;
        hash_file(&mut hasher, &file, &bytes);
    }
    Ok(hex(&hasher.finalize()))
}

fn hash_file(hasher: &mut Sha256, file: &Path, bytes: &[u8]) {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    hasher.update((name.len() as u64).to_le_bytes());
    hasher.update(name.as_bytes());
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unreadable(file: &Path, e: &std::io::Error) -> CorpusErrors {
    CorpusErrors(vec![CorpusError {
        file: file.to_path_buf(),
        line: 0,
        problem: CorpusProblem::Unreadable(e.to_string()),
    }])
}

/// Why an uploaded guide was refused before it was read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadRefused {
    #[error("the file is {size} bytes; a guide may be at most {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error("`{0}` is not a guide file name: use letters, digits, `-` and `_`, end in `.md`, and no folders")]
    BadName(String),
}

/// The longest file name an upload may have, `.md` included.
const MAX_FILE_NAME: usize = 64;

/// Checks an uploaded guide's name and size before anything is read or written: a plain
/// `name.md` (no folders, no `..`, no hidden files) within `max_bytes`.
pub fn check_upload(file_name: &str, size: u64, max_bytes: u64) -> Result<(), UploadRefused> {
    let stem = file_name.strip_suffix(".md").unwrap_or("");
    let plain = !stem.is_empty()
        && file_name.len() <= MAX_FILE_NAME
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && stem.starts_with(|c: char| c.is_ascii_alphanumeric());
    if !plain {
        return Err(UploadRefused::BadName(
            crate::text::trim_to_chars(file_name, 80).to_string(),
        ));
    }
    if size > max_bytes {
        return Err(UploadRefused::TooLarge {
            size,
            max: max_bytes,
        });
    }
    Ok(())
}

/// Parses and validates one guide from its text, as if read from a file named `file_name`:
/// what `check` does for one file, without touching the disk.
pub fn parse_guide_text(file_name: &str, text: &str) -> Result<Guide, CorpusErrors> {
    let id = file_name.strip_suffix(".md").unwrap_or(file_name);
    markdown::parse_guide(id, text).map_err(|problems| {
        CorpusErrors(
            problems
                .into_iter()
                .map(|(line, problem)| CorpusError {
                    file: PathBuf::from(file_name),
                    line,
                    problem,
                })
                .collect(),
        )
    })
}

/// Reads and validates every guide and the thesaurus of `dir`, collecting all problems.
pub fn load(dir: &Path) -> Result<Corpus, CorpusErrors> {
    let mut hasher = Sha256::new();
    let mut guides = Vec::new();
    let mut thesaurus = Thesaurus::default();
    let mut errors = Vec::new();
    for file in corpus_files(dir)? {
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                errors.extend(unreadable(&file, &e).0);
                continue;
            }
        };
        hash_file(&mut hasher, &file, &bytes);
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                errors.push(CorpusError {
                    file,
                    line,
                    problem: CorpusProblem::NotUtf8,
                });
                continue;
            }
        };
        let in_file = |(line, problem)| CorpusError {
            file: file.clone(),
            line,
            problem,
        };
        if file.file_name().is_some_and(|n| n == THESAURUS_FILE) {
            match Thesaurus::parse(text) {
                Ok(t) => thesaurus = t,
                Err(problems) => errors.extend(problems.into_iter().map(in_file)),
            }
            continue;
        }
        let id = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match markdown::parse_guide(&id, text) {
            Ok(guide) => guides.push(guide),
            Err(problems) => errors.extend(problems.into_iter().map(in_file)),
        }
    }
    if guides.is_empty() && errors.is_empty() {
        errors.push(CorpusError {
            file: dir.to_path_buf(),
            line: 0,
            problem: CorpusProblem::NoGuides,
        });
    }
    if errors.is_empty() {
        Ok(Corpus {
            guides,
            thesaurus,
            content_hash: hex(&hasher.finalize()),
        })
    } else {
        Err(CorpusErrors(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_must_be_a_plain_guide_file_name() {
        for bad in [
            "../escape.md",
            "sub/guide.md",
            "..\\guide.md",
            ".hidden.md",
            "guide.txt",
            ".md",
            "thesaurus.txt",
            "gu ide.md",
            "-dash.md",
        ] {
            assert!(
                matches!(check_upload(bad, 10, 100), Err(UploadRefused::BadName(_))),
                "{bad}"
            );
        }
        assert_eq!(check_upload("nurse-salaries_2026.md", 10, 100), Ok(()));
    }

    #[test]
    fn uploads_over_the_size_limit_are_refused() {
        assert_eq!(
            check_upload("big.md", 101, 100),
            Err(UploadRefused::TooLarge {
                size: 101,
                max: 100
            })
        );
    }

    #[test]
    fn topic_is_a_lower_case_slug() {
        assert_eq!(Topic::new("Remote Work").unwrap().as_str(), "remote-work");
        assert_eq!(Topic::new("  "), None);
    }

    #[test]
    fn a_guide_parsed_from_text_reports_problems_under_its_file_name() {
        let errors =
            parse_guide_text("new.md", "---\nsource: x\n---\n## A\n\nText.\n").unwrap_err();
        assert_eq!(
            errors.0[0].to_string(),
            "new.md:1: the front matter has no `title:`"
        );
        assert!(parse_guide_text("ok.md", "---\ntitle: T\n---\n## A\n\nText.\n").is_ok());
    }

    #[test]
    fn a_directory_without_guides_is_an_error() {
        let dir = std::env::temp_dir().join(format!("careerbot-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let errors = load(&dir).unwrap_err();
        assert_eq!(errors.0[0].problem, CorpusProblem::NoGuides);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn bundled_corpus_is_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("faq-corpus");
        let corpus = load(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(corpus.passage_count() > 100);
        assert_eq!(corpus.content_hash, content_hash(&dir).unwrap());
    }
}
