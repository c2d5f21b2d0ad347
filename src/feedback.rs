//! What users asked and thought of the answers: questions, whether they were answered, their top
//! section, and votes, kept in SQLite so moderators can see where the guide falls short.
//!
//! People are stored only as a keyed hash (HMAC-SHA256) of their Discord id, never the id
//! itself, and rows older than the retention period are deleted.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::Sha256;

use crate::answer::{Answer, Outcome};

/// Default period after which questions and their votes are deleted.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    asked_at INTEGER NOT NULL,
    person TEXT NOT NULL,
    surface TEXT NOT NULL,
    question TEXT NOT NULL,
    terms TEXT NOT NULL,
    outcome TEXT NOT NULL,
    top_section TEXT,
    corpus_version TEXT NOT NULL
);
CREATE INDEX questions_by_time ON questions (asked_at);
CREATE TABLE votes (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    voted_at INTEGER NOT NULL,
    PRIMARY KEY (question_id, person)
);
"#];

#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    #[error("feedback database {path}: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("no feedback database at {0}: `careerbot serve` records questions there (set FEEDBACK_DB to its path)")]
    Missing(PathBuf),
    #[error("feedback key file {path}: {source}")]
    Key {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("feedback database {path} was written by a newer careerbot (schema {found}, this one knows {known})")]
    NewerSchema {
        path: PathBuf,
        found: usize,
        known: usize,
    },
}

/// A person, as the keyed hash of their Discord user id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonHash(String);

impl PersonHash {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A stored question, as the buttons under its answer refer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuestionId(pub i64);

/// Where a question was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    Ask,
    Faq,
    Topic,
    Mention,
}

impl Surface {
    fn as_str(self) -> &'static str {
        match self {
            Surface::Ask => "ask",
            Surface::Faq => "faq",
            Surface::Topic => "topic",
            Surface::Mention => "mention",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vote {
    Up,
    Down,
}

impl Vote {
    fn value(self) -> i64 {
        match self {
            Vote::Up => 1,
            Vote::Down => -1,
        }
    }
}

/// What a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteOutcome {
    Recorded,
    Changed,
    Unchanged,
    /// The question is gone (deleted by retention).
    UnknownQuestion,
}

/// A stored question, for "More results".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuestion {
    pub question: String,
    pub asker: PersonHash,
}

/// Everything a question record needs besides the answer.
pub struct Asked<'a> {
    pub person: &'a PersonHash,
    pub surface: Surface,
    /// The engine's [`crate::answer::Engine::key_terms`] of the question.
    pub terms: &'a [String],
    pub corpus_version: &'a str,
    pub at: SystemTime,
}

fn unix_secs(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Answered => "answered",
        Outcome::NotCovered => "not_covered",
        Outcome::SmallTalk => "small_talk",
        Outcome::Empty => "empty",
    }
}

pub struct FeedbackStore {
    connection: Mutex<Connection>,
    key: Vec<u8>,
    retention: Duration,
    path: PathBuf,
}

impl FeedbackStore {
    /// Opens (creating and migrating) the database at `path`. The hashing key is `key` when
    /// given, else the one kept in `<path>.key` (created, readable by the owner alone, on
    /// first use), so hashes stay stable across restarts.
    pub fn open(
        path: &Path,
        key: Option<&str>,
        retention_days: u32,
    ) -> Result<FeedbackStore, FeedbackError> {
        let database = |source| FeedbackError::Database {
            path: path.to_path_buf(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| FeedbackError::Key {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let key = match key {
            Some(k) => k.as_bytes().to_vec(),
            None => key_from_file(&key_path(path))?,
        };
        let connection = Connection::open(path).map_err(database)?;
        let store = FeedbackStore::with_connection(connection, key, retention_days, path)?;
        Ok(store)
    }

    /// Opens a database the bot has written, to read reports from it; never creates one.
    pub fn open_existing(path: &Path) -> Result<FeedbackStore, FeedbackError> {
        if !path.is_file() {
            return Err(FeedbackError::Missing(path.to_path_buf()));
        }
        let connection = Connection::open(path).map_err(|source| FeedbackError::Database {
            path: path.to_path_buf(),
            source,
        })?;
        // Reports never hash anyone, so no key is read.
        FeedbackStore::with_connection(connection, Vec::new(), u32::MAX, path)
    }

    /// A store that lives in memory only, for tests and tools.
    pub fn in_memory(key: &str, retention_days: u32) -> Result<FeedbackStore, FeedbackError> {
        let path = Path::new(":memory:");
        let connection =
            Connection::open_in_memory().map_err(|source| FeedbackError::Database {
                path: path.to_path_buf(),
                source,
            })?;
        FeedbackStore::with_connection(connection, key.as_bytes().to_vec(), retention_days, path)
    }

    fn with_connection(
        mut connection: Connection,
        key: Vec<u8>,
        retention_days: u32,
        path: &Path,
    ) -> Result<FeedbackStore, FeedbackError> {
        let database = |source| FeedbackError::Database {
            path: path.to_path_buf(),
            source,
        };
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            )
            .map_err(database)?;
        migrate(&mut connection, path)?;
        Ok(FeedbackStore {
            connection: Mutex::new(connection),
            key,
            retention: Duration::from_secs(u64::from(retention_days) * 24 * 60 * 60),
            path: path.to_path_buf(),
        })
    }

    fn database(&self, source: rusqlite::Error) -> FeedbackError {
        FeedbackError::Database {
            path: self.path.clone(),
            source,
        }
    }

    fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The keyed hash a Discord user id is stored as.
    pub fn person(&self, user_id: u64) -> PersonHash {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key size");
        mac.update(user_id.to_string().as_bytes());
        let digest = mac.finalize().into_bytes();
        PersonHash(digest[..16].iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn record_question(
        &self,
        answer: &Answer,
        asked: &Asked<'_>,
    ) -> Result<QuestionId, FeedbackError> {
        let connection = self.connection();
        connection
            .execute(
                "INSERT INTO questions (asked_at, person, surface, question, terms, outcome, top_section, corpus_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    unix_secs(asked.at),
                    asked.person.as_str(),
                    asked.surface.as_str(),
                    answer.question,
                    asked.terms.join(" "),
                    outcome_name(answer.outcome),
                    answer.citations.first().map(|c| c.section.as_str()),
                    asked.corpus_version,
                ],
            )
            .map_err(|e| self.database(e))?;
        Ok(QuestionId(connection.last_insert_rowid()))
    }

    pub fn question(&self, id: QuestionId) -> Result<Option<StoredQuestion>, FeedbackError> {
        self.connection()
            .query_row(
                "SELECT question, person FROM questions WHERE id = ?1",
                [id.0],
                |row| {
                    Ok(StoredQuestion {
                        question: row.get(0)?,
                        asker: PersonHash(row.get(1)?),
                    })
                },
            )
            .optional()
            .map_err(|e| self.database(e))
    }

    /// Records `person`'s vote on a question: one per person, the latest counts.
    pub fn vote(
        &self,
        id: QuestionId,
        person: &PersonHash,
        vote: Vote,
        at: SystemTime,
    ) -> Result<VoteOutcome, FeedbackError> {
        let mut connection = self.connection();
        let tx = connection.transaction().map_err(|e| self.database(e))?;
        let exists: bool = tx
            .query_row("SELECT 1 FROM questions WHERE id = ?1", [id.0], |_| Ok(()))
            .optional()
            .map_err(|e| self.database(e))?
            .is_some();
        if !exists {
            return Ok(VoteOutcome::UnknownQuestion);
        }
        let before: Option<i64> = tx
            .query_row(
                "SELECT vote FROM votes WHERE question_id = ?1 AND person = ?2",
                params![id.0, person.as_str()],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.database(e))?;
        tx.execute(
            "INSERT INTO votes (question_id, person, vote, voted_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (question_id, person) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
            params![id.0, person.as_str(), vote.value(), unix_secs(at)],
        )
        .map_err(|e| self.database(e))?;
        tx.commit().map_err(|e| self.database(e))?;
        Ok(match before {
            None => VoteOutcome::Recorded,
            Some(v) if v == vote.value() => VoteOutcome::Unchanged,
            Some(_) => VoteOutcome::Changed,
        })
    }

    /// (up, down) votes on a question.
    pub fn votes(&self, id: QuestionId) -> Result<(u32, u32), FeedbackError> {
        self.connection()
            .query_row(
                "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM votes WHERE question_id = ?1",
                [id.0],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(|e| self.database(e))
    }

    /// Deletes questions (and their votes) older than the retention period; returns how many.
    pub fn purge_expired(&self, now: SystemTime) -> Result<usize, FeedbackError> {
        let cutoff = unix_secs(now) - self.retention.as_secs() as i64;
        self.connection()
            .execute("DELETE FROM questions WHERE asked_at < ?1", [cutoff])
            .map_err(|e| self.database(e))
    }

    /// How many questions are stored.
    pub fn question_count(&self) -> Result<u64, FeedbackError> {
        self.connection()
            .query_row("SELECT COUNT(*) FROM questions", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.database(e))
    }

    /// The questions of `[since, until)` the guide did not answer or that people voted down,
    /// grouped when they ask the same thing in other words, most frequent first.
    pub fn gaps(&self, since: SystemTime, until: SystemTime) -> Result<GapsReport, FeedbackError> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(
                "SELECT q.question, q.terms, q.outcome, q.top_section,
                        COALESCE(SUM(v.vote = -1), 0), COALESCE(SUM(v.vote = 1), 0)
                 FROM questions q LEFT JOIN votes v ON v.question_id = q.id
                 WHERE q.asked_at >= ?1 AND q.asked_at <= ?2
                 GROUP BY q.id
                 HAVING q.outcome = 'not_covered' OR SUM(v.vote = -1) > SUM(v.vote = 1)
                 ORDER BY q.asked_at",
            )
            .map_err(|e| self.database(e))?;
        let rows = statement
            .query_map(params![unix_secs(since), unix_secs(until)], |row| {
                Ok(Miss {
                    question: row.get(0)?,
                    terms: row
                        .get::<_, String>(1)?
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    declined: row.get::<_, String>(2)? == "not_covered",
                    top_section: row.get(3)?,
                    down_votes: row.get(4)?,
                })
            })
            .map_err(|e| self.database(e))?
            .collect::<Result<Vec<Miss>, _>>()
            .map_err(|e| self.database(e))?;
        let days = (unix_secs(until) - unix_secs(since)).max(0) as u64 / 86_400;
        Ok(GapsReport {
            days,
            groups: group_near_duplicates(rows),
        })
    }
}

fn key_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_os_string();
    name.push(".key");
    PathBuf::from(name)
}

fn key_from_file(path: &Path) -> Result<Vec<u8>, FeedbackError> {
    let error = |source| FeedbackError::Key {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::read(path) {
        Ok(key) if key.len() >= 16 => return Ok(key),
        Ok(_) => {
            return Err(error(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "shorter than 16 bytes; delete it to have a new one made",
            )))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(error(e)),
    }
    let mut key = vec![0u8; 32];
    getrandom::getrandom(&mut key).map_err(|e| error(std::io::Error::other(e)))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(error)?;
    std::io::Write::write_all(&mut file, &key).map_err(error)?;
    Ok(key)
}

fn migrate(connection: &mut Connection, path: &Path) -> Result<(), FeedbackError> {
    let database = |source| FeedbackError::Database {
        path: path.to_path_buf(),
        source,
    };
    let applied = connection
        .query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))
        .map_err(database)?
        .max(0) as usize;
    if applied > MIGRATIONS.len() {
        return Err(FeedbackError::NewerSchema {
            path: path.to_path_buf(),
            found: applied,
            known: MIGRATIONS.len(),
        });
    }
    for (number, migration) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = connection.transaction().map_err(database)?;
        tx.execute_batch(migration).map_err(database)?;
        tx.pragma_update(None, "user_version", number as i64 + 1)
            .map_err(database)?;
        tx.commit().map_err(database)?;
    }
    Ok(())
}

/// One question that the guide failed.
#[derive(Debug, Clone)]
struct Miss {
    question: String,
    terms: HashSet<String>,
    declined: bool,
    top_section: Option<String>,
    down_votes: u32,
}

/// Questions asking the same thing, however worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapGroup {
    /// The wording asked most often (the earliest, on a tie).
    pub example: String,
    /// Other wordings, most frequent first.
    pub variants: Vec<String>,
    pub asked: usize,
    pub declined: usize,
    pub down_votes: u32,
    /// The section answers came from, when the guide answered and was voted down.
    pub answered_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapsReport {
    pub days: u64,
    pub groups: Vec<GapGroup>,
}

/// Near-duplicates share most of their key terms: Jaccard similarity at least this.
const SAME_QUESTION: f32 = 0.5;

fn group_near_duplicates(misses: Vec<Miss>) -> Vec<GapGroup> {
    struct Building {
        terms: HashSet<String>,
        members: Vec<Miss>,
    }
    let mut groups: Vec<Building> = Vec::new();
    for miss in misses {
        let best = groups
            .iter_mut()
            .map(|g| (jaccard(&g.terms, &miss.terms), g))
            .filter(|(s, _)| *s >= SAME_QUESTION)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((_, group)) => {
                group.terms.extend(miss.terms.iter().cloned());
                group.members.push(miss);
            }
            None => groups.push(Building {
                terms: miss.terms.clone(),
                members: vec![miss],
            }),
        }
    }
    let mut out: Vec<GapGroup> = groups
        .into_iter()
        .map(|g| {
            let mut wordings: Vec<(String, usize)> = Vec::new();
            for m in &g.members {
                let folded = m.question.to_lowercase();
                match wordings
                    .iter_mut()
                    .find(|(w, _)| w.to_lowercase() == folded)
                {
                    Some((_, n)) => *n += 1,
                    None => wordings.push((m.question.clone(), 1)),
                }
            }
            // Stable: ties keep the earliest wording first.
            wordings.sort_by_key(|w| std::cmp::Reverse(w.1));
            let mut wordings = wordings.into_iter().map(|(w, _)| w);
            GapGroup {
                example: wordings.next().unwrap_or_default(),
                variants: wordings.collect(),
                asked: g.members.len(),
                declined: g.members.iter().filter(|m| m.declined).count(),
                down_votes: g.members.iter().map(|m| m.down_votes).sum(),
                answered_from: g.members.iter().find_map(|m| m.top_section.clone()),
            }
        })
        .collect();
    out.sort_by(|a, b| b.asked.cmp(&a.asked).then(b.down_votes.cmp(&a.down_votes)));
    out
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(b).count() as f32 / union as f32
}

impl fmt::Display for GapsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let period = match self.days {
            1 => "the last day".to_string(),
            n => format!("the last {n} days"),
        };
        if self.groups.is_empty() {
            return write!(
                f,
                "No gaps in {period}: every question was answered and none was voted down."
            );
        }
        let questions: usize = self.groups.iter().map(|g| g.asked).sum();
        writeln!(
            f,
            "Gaps in {period}: {questions} question(s) not answered or voted down, in {} group(s).",
            self.groups.len()
        )?;
        for (n, group) in self.groups.iter().enumerate() {
            let mut why = Vec::new();
            if group.declined > 0 {
                why.push(format!("not answered ×{}", group.declined));
            }
            if group.down_votes > 0 {
                why.push(format!("👎 ×{}", group.down_votes));
            }
            write!(
                f,
                "{}. \"{}\" — asked {}×, {}",
                n + 1,
                group.example,
                group.asked,
                why.join(", ")
            )?;
            if let Some(section) = group
                .answered_from
                .as_ref()
                .filter(|_| group.down_votes > 0)
            {
                write!(f, " (answered from {section})")?;
            }
            writeln!(f)?;
            if !group.variants.is_empty() {
                let shown: Vec<String> = group
                    .variants
                    .iter()
                    .take(3)
                    .map(|v| format!("\"{v}\""))
                    .collect();
                let more = group.variants.len().saturating_sub(3);
                write!(f, "   also: {}", shown.join(", "))?;
                if more > 0 {
                    write!(f, " and {more} more")?;
                }
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Citation;

    const DAY: Duration = Duration::from_secs(86_400);

    fn answer(question: &str, section: Option<&str>) -> Answer {
        Answer {
            question: question.to_string(),
            answered: section.is_some(),
            outcome: if section.is_some() {
                Outcome::Answered
            } else {
                Outcome::NotCovered
            },
            topic: None,
            citations: section
                .map(|s| Citation {
                    guide: "G".into(),
                    guide_id: "g".into(),
                    section: s.into(),
                    snippet: "…".into(),
                    score: 1.0,
                    source: "S".into(),
                    url: None,
                    version: None,
                    line: 1,
                })
                .into_iter()
                .collect(),
            suggestions: Vec::new(),
            message: None,
        }
    }

    fn ask(
        store: &FeedbackStore,
        user: u64,
        question: &str,
        terms: &str,
        section: Option<&str>,
        at: SystemTime,
    ) -> QuestionId {
        let terms: Vec<String> = terms.split_whitespace().map(str::to_string).collect();
        let person = store.person(user);
        store
            .record_question(
                &answer(question, section),
                &Asked {
                    person: &person,
                    surface: Surface::Ask,
                    terms: &terms,
                    corpus_version: "v1",
                    at,
                },
            )
            .unwrap()
    }

    #[test]
    fn people_are_stored_as_a_keyed_hash_never_their_id() {
        let store = FeedbackStore::in_memory("key one", 90).unwrap();
        let other_key = FeedbackStore::in_memory("key two", 90).unwrap();
        let id = 140_000_000_000_000_001u64;
        let hash = store.person(id);
        assert!(!hash.as_str().contains(&id.to_string()));
        assert_eq!(hash, store.person(id), "stable under one key");
        assert_ne!(hash, other_key.person(id), "useless without the key");
        let q = ask(
            &store,
            id,
            "uk pay",
            "uk salari",
            Some("Pay"),
            SystemTime::now(),
        );
        assert_eq!(store.question(q).unwrap().unwrap().asker, hash);
    }

    #[test]
    fn a_second_vote_by_the_same_person_replaces_the_first() {
        let store = FeedbackStore::in_memory("k", 90).unwrap();
        let now = SystemTime::now();
        let q = ask(&store, 1, "uk pay", "uk salari", Some("Pay"), now);
        let (alice, bob) = (store.person(1), store.person(2));
        assert_eq!(
            store.vote(q, &alice, Vote::Up, now).unwrap(),
            VoteOutcome::Recorded
        );
        assert_eq!(
            store.vote(q, &alice, Vote::Up, now).unwrap(),
            VoteOutcome::Unchanged
        );
        assert_eq!(
            store.vote(q, &bob, Vote::Up, now).unwrap(),
            VoteOutcome::Recorded
        );
        assert_eq!(
            store.vote(q, &alice, Vote::Down, now).unwrap(),
            VoteOutcome::Changed
        );
        assert_eq!(store.votes(q).unwrap(), (1, 1));
    }

    #[test]
    fn a_vote_on_a_forgotten_question_is_not_recorded() {
        let store = FeedbackStore::in_memory("k", 90).unwrap();
        let vote = store.vote(
            QuestionId(42),
            &store.person(1),
            Vote::Up,
            SystemTime::now(),
        );
        assert_eq!(vote.unwrap(), VoteOutcome::UnknownQuestion);
    }

    #[test]
    fn retention_deletes_old_questions_and_their_votes() {
        let store = FeedbackStore::in_memory("k", 30).unwrap();
        let now = SystemTime::now();
        let old = ask(&store, 1, "old", "old", None, now - 31 * DAY);
        store
            .vote(old, &store.person(2), Vote::Down, now - 31 * DAY)
            .unwrap();
        let recent = ask(&store, 1, "recent", "recent", None, now - 29 * DAY);
        assert_eq!(store.purge_expired(now).unwrap(), 1);
        assert!(store.question(old).unwrap().is_none());
        assert_eq!(
            store.votes(old).unwrap(),
            (0, 0),
            "votes go with their question"
        );
        assert!(store.question(recent).unwrap().is_some());
    }

    #[test]
    fn gaps_group_rewordings_and_leave_out_answered_questions() {
        let store = FeedbackStore::in_memory("k", 90).unwrap();
        let now = SystemTime::now();
        ask(
            &store,
            1,
            "salary in texas?",
            "salari texa",
            None,
            now - DAY,
        );
        ask(&store, 2, "texas pay", "pay salari texa", None, now - DAY);
        ask(
            &store,
            3,
            "Salary in Texas?",
            "salari texa",
            None,
            now - DAY,
        );
        ask(
            &store,
            4,
            "do nurses get paid more",
            "get more nurs paid salari",
            None,
            now - DAY,
        );
        ask(
            &store,
            5,
            "uk pay",
            "pay salari uk",
            Some("Global Salaries"),
            now - DAY,
        );
        let voted = ask(
            &store,
            6,
            "is it remote",
            "remot",
            Some("Remote Work"),
            now - DAY,
        );
        store
            .vote(voted, &store.person(7), Vote::Down, now)
            .unwrap();
        ask(
            &store,
            8,
            "salary in texas",
            "salari texa",
            None,
            now - 10 * DAY,
        );

        let report = store.gaps(now - 7 * DAY, now).unwrap();
        assert_eq!(report.days, 7);
        let examples: Vec<&str> = report.groups.iter().map(|g| g.example.as_str()).collect();
        assert_eq!(
            examples,
            [
                "salary in texas?",
                "is it remote",
                "do nurses get paid more"
            ],
            "most asked first, then most voted down"
        );
        assert_eq!(report.groups[0].asked, 3);
        assert_eq!(report.groups[0].variants, ["texas pay"]);
        assert_eq!(report.groups[1].down_votes, 1);
        assert_eq!(
            report.groups[1].answered_from.as_deref(),
            Some("Remote Work")
        );
        let text = report.to_string();
        assert!(
            text.contains("5 question(s)") && text.contains("in 3 group(s)"),
            "{text}"
        );
    }

    #[test]
    fn an_empty_period_says_there_are_no_gaps() {
        let store = FeedbackStore::in_memory("k", 90).unwrap();
        let now = SystemTime::now();
        let report = store.gaps(now - DAY, now).unwrap();
        assert!(report.to_string().starts_with("No gaps in the last day"));
    }

    #[test]
    fn a_database_on_disk_is_migrated_once_and_keeps_its_rows_and_key() {
        let dir = std::env::temp_dir().join(format!("careerbot-feedback-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("feedback.sqlite3");
        let first = FeedbackStore::open(&path, None, 90).unwrap();
        let hash = first.person(1);
        ask(&first, 1, "uk pay", "uk", None, SystemTime::now());
        drop(first);
        let again = FeedbackStore::open(&path, None, 90).unwrap();
        assert_eq!(again.question_count().unwrap(), 1);
        assert_eq!(again.person(1), hash, "the key file keeps hashes stable");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(key_path(&path))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "the key is private to its owner");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
