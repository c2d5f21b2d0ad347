//! The `careerbot` command line: ask, index, check, eval.
//!
//! Only renders what the answer engine returns; every answer the Discord bot gives can be
//! reproduced here with `careerbot ask`.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

use crate::answer::{Answer, Engine, Explanation};
use crate::index::{self, OpenOutcome};

#[derive(Debug, Parser)]
#[command(
    name = "careerbot",
    version,
    about = "Answers career questions from indexed career guides, with cited snippets."
)]
pub struct Cli {
    /// Directory of guide Markdown files (and thesaurus.txt).
    #[arg(long, global = true, env = "CORPUS_DIR", value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Directory the search index is built in.
    #[arg(long, global = true, env = "INDEX_DIR", value_name = "DIR")]
    pub index: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a question (or, with none given, one question a line from standard input).
    Ask {
        /// Print one JSON object per question instead of text.
        #[arg(long)]
        json: bool,
        /// Show why the answer won: matched words, corrections, synonyms, topic, scores.
        #[arg(long)]
        explain: bool,
        /// The question; several words are joined with spaces.
        question: Vec<String>,
    },
    /// (Re)build the index from the corpus and report what was built.
    Index,
    /// Validate the corpus and list every problem with file and line.
    Check,
    /// Print the passages the index is built from, one JSON object a line.
    Passages,
    /// Score a question set (JSON Lines, see shared/eval/FORMAT.md).
    Eval {
        file: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Try a tuning weight for this run only, e.g. `--set min_coverage=0.4` (repeatable).
        #[arg(long = "set", value_name = "NAME=VALUE")]
        overrides: Vec<String>,
        /// Also write every question's ranked candidates, their score parts and whether each
        /// one's snippet answers, one JSON object a line: the data for fitting the weights.
        #[arg(long, value_name = "FILE")]
        candidates: Option<PathBuf>,
    },
    /// Connect to Discord and answer there (needs DISCORD_TOKEN; see .env.example).
    Serve,
    /// What the guide failed lately: unanswered and down-voted questions from Discord,
    /// near-duplicates grouped, most frequent first.
    Report {
        /// How many days back to look.
        #[arg(long, default_value_t = 7)]
        days: u32,
        /// The bot's feedback database (default: feedback.sqlite3 beside the index).
        #[arg(long, env = "FEEDBACK_DB", value_name = "FILE")]
        db: Option<PathBuf>,
    },
    /// Measure answer latency, throughput, build time, index size, cold start and memory.
    Bench {
        /// Question set to time (JSON Lines, the eval format); default: the golden set.
        #[arg(long, value_name = "FILE")]
        questions: Option<PathBuf>,
        /// How many times the set is answered for the figures.
        #[arg(long, default_value_t = 20)]
        rounds: usize,
        /// How many whole `careerbot ask` processes to time for a cold start.
        #[arg(long, default_value_t = 20)]
        cold: usize,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Measure on this many generated guides instead of the corpus.
        #[arg(long, value_name = "GUIDES")]
        synthetic: Option<usize>,
        /// Seed of the synthetic corpus (the same seed writes the same corpus).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Where bundled files are: relative to the working directory when run from a checkout, else
/// the crate's own.
fn bundled(name: &str) -> PathBuf {
    let local = PathBuf::from(name);
    if local.exists() {
        local
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
    }
}

impl Cli {
    pub fn corpus_dir(&self) -> PathBuf {
        self.corpus.clone().unwrap_or_else(|| bundled("faq-corpus"))
    }

    pub fn index_dir(&self) -> PathBuf {
        self.index.clone().unwrap_or_else(|| bundled("index"))
    }
}

/// Opens the engine, rebuilding the index when the corpus changed; warns when a broken corpus
/// left the previous index in service.
pub fn open_engine(corpus_dir: &Path, index_dir: &Path) -> Result<Engine> {
    let (loaded, outcome) = index::open_or_build(corpus_dir, index_dir)
        .with_context(|| format!("cannot open the index for {}", corpus_dir.display()))?;
    match outcome {
        OpenOutcome::UpToDate => {}
        OpenOutcome::Rebuilt(report) => tracing::info!(
            "index rebuilt: {} guides, {} passages in {:.0} ms",
            report.guides,
            report.passages,
            report.took.as_secs_f64() * 1000.0
        ),
        OpenOutcome::KeptPrevious(errors) => {
            eprintln!("warning: {errors}");
            eprintln!(
                "warning: answering from the previous index ({}) until the corpus is fixed",
                loaded.manifest.version()
            );
        }
    }
    Ok(Engine::new(loaded))
}

pub fn run(cli: Cli) -> Result<()> {
    let (corpus_dir, index_dir) = (cli.corpus_dir(), cli.index_dir());
    match cli.command {
        Command::Ask {
            json,
            explain,
            question,
        } => ask(&corpus_dir, &index_dir, json, explain, question),
        Command::Index => {
            let corpus = crate::corpus::load(&corpus_dir)?;
            let report = index::build(&corpus, &index_dir)?;
            write_stdout(&format!(
                "built index {} in {}: {} guide(s), {} sections, {} passages, {:.1} ms\n",
                report.version,
                index_dir.display(),
                report.guides,
                report.sections,
                report.passages,
                report.took.as_secs_f64() * 1000.0
            ))
        }
        Command::Check => {
            let corpus = crate::corpus::load(&corpus_dir)?;
            write_stdout(&format!(
                "{}: {} guide(s), {} sections, {} passages: all valid\n",
                corpus_dir.display(),
                corpus.guides.len(),
                corpus.section_count(),
                corpus.passage_count()
            ))
        }
        Command::Serve => crate::discord::serve_from_env(corpus_dir, index_dir),
        Command::Report { days, db } => {
            let db = db.unwrap_or_else(|| index_dir.with_file_name("feedback.sqlite3"));
            let store = crate::feedback::FeedbackStore::open_existing(&db)?;
            let now = std::time::SystemTime::now();
            let since = now - std::time::Duration::from_secs(u64::from(days) * 86_400);
            print!("{}", store.gaps(since, now)?);
            Ok(())
        }
        Command::Passages => {
            let corpus = crate::corpus::load(&corpus_dir)?;
            let mut text = String::new();
            for guide in &corpus.guides {
                for section in &guide.sections {
                    for passage in &section.passages {
                        let line = serde_json::json!({
                            "guide": guide.title,
                            "section": section.path_label(),
                            "kind": passage.kind.as_str(),
                            "line": passage.line,
                            "text": passage.text,
                        });
                        text.push_str(&line.to_string());
                        text.push('\n');
                    }
                }
            }
            write_stdout(&text)
        }
        Command::Bench {
            questions,
            rounds,
            cold,
            json,
            synthetic,
            seed,
        } => {
            let file = questions.unwrap_or_else(|| bundled("tests/golden/questions.jsonl"));
            let set = crate::eval::QuestionSet::load(&file)?;
            let corpus_dir = match synthetic {
                Some(guides) => {
                    let dir =
                        std::env::temp_dir().join(format!("careerbot-synthetic-{guides}-{seed}"));
                    let _ = std::fs::remove_dir_all(&dir);
                    crate::bench::synthetic::write_corpus(&corpus_dir, &dir, guides, seed)?;
                    dir
                }
                None => corpus_dir,
            };
            let options = crate::bench::BenchOptions {
                corpus_dir,
                questions: set.questions.into_iter().map(|q| q.q).collect(),
                rounds: rounds.max(1),
                cold_runs: cold,
            };
            let report = crate::bench::run(&options)?;
            let text = if json {
                serde_json::to_string_pretty(&report)? + "\n"
            } else {
                report.to_string()
            };
            write_stdout(&text)
        }
        Command::Eval {
            file,
            json,
            overrides,
            candidates,
        } => {
            let mut engine = open_engine(&corpus_dir, &index_dir)?;
            let mut tuning = engine.tuning();
            for o in &overrides {
                let (name, value) = o
                    .split_once('=')
                    .with_context(|| format!("`{o}` is not NAME=VALUE"))?;
                let value: f32 = value
                    .parse()
                    .with_context(|| format!("`{value}` is not a number"))?;
                tuning.set(name, value).map_err(anyhow::Error::msg)?;
            }
            engine = engine.with_tuning(tuning);
            let set = crate::eval::QuestionSet::load(&file)?;
            if let Some(path) = candidates {
                let lines = crate::eval::candidate_lines(&engine, &set)?;
                std::fs::write(&path, lines)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            let report = crate::eval::evaluate(&engine, &set);
            let text = if json {
                serde_json::to_string_pretty(&report)? + "\n"
            } else {
                report.to_string()
            };
            write_stdout(&text)
        }
    }
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<()> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn ask(
    corpus_dir: &Path,
    index_dir: &Path,
    json: bool,
    explain: bool,
    words: Vec<String>,
) -> Result<()> {
    let started = Instant::now();
    let engine = open_engine(corpus_dir, index_dir)?;
    tracing::debug!("engine ready in {:?}", started.elapsed());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if words.is_empty() {
        // One question a line; the index is opened once for all of them.
        for line in std::io::stdin().lock().lines() {
            let line = line.context("cannot read standard input")?;
            let (answer, explanation) = engine.answer_explained(&line);
            print_answer(&mut out, &answer, json, explain.then_some(&explanation))?;
        }
        return Ok(());
    }
    let question = words.join(" ");
    if question.trim().is_empty() {
        bail!("the question is empty: ask something like `careerbot ask \"how much do they earn in Canada?\"`");
    }
    let (answer, explanation) = engine.answer_explained(&question);
    print_answer(&mut out, &answer, json, explain.then_some(&explanation))
}

fn print_answer(
    out: &mut impl Write,
    answer: &Answer,
    json: bool,
    explanation: Option<&Explanation>,
) -> Result<()> {
    if json {
        let mut value = serde_json::to_value(answer)?;
        if let Some(explanation) = explanation {
            value["explain"] = serde_json::to_value(explanation)?;
        }
        writeln!(out, "{}", serde_json::to_string(&value)?)?;
    } else {
        write!(out, "{}", render_text(answer))?;
        if let Some(explanation) = explanation {
            write!(out, "{}", render_explanation(explanation))?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The answer as a person reads it in a terminal.
pub fn render_text(answer: &Answer) -> String {
    let mut s = String::new();
    if let Some(best) = answer.citations.first() {
        s.push_str(&format!("{}\n", best.snippet));
        s.push_str(&format!("  — {}\n", best.section));
        let mut credit = format!("    {} guide · {}", best.guide, best.source);
        if let Some(version) = &best.version {
            credit.push_str(&format!(" ({version})"));
        }
        if let Some(url) = &best.url {
            credit.push_str(&format!(" · {url}"));
        }
        s.push_str(&credit);
        s.push('\n');
        if answer.citations.len() > 1 {
            s.push_str("\nAlso in the guide:\n");
            for c in &answer.citations[1..] {
                s.push_str(&format!("  • {} — {}\n", c.section, c.snippet));
            }
        }
    }
    if let Some(message) = &answer.message {
        s.push_str(&format!("{message}\n"));
    }
    for suggestion in &answer.suggestions {
        s.push_str(&format!("  • {suggestion}\n"));
    }
    s.push('\n');
    s
}

fn render_explanation(e: &Explanation) -> String {
    let u = &e.understood;
    let mut s = String::from("Why:\n");
    if !e.parts.is_empty() {
        let parts: Vec<String> = e.parts.iter().map(|p| format!("“{p}”")).collect();
        s.push_str(&format!(
            "  asks {} questions, answered apart: {}; explained below is the first the guide answers\n",
            parts.len(),
            parts.join(" · ")
        ));
    }
    s.push_str(&format!("  cleaned question: {}\n", u.cleaned));
    for (from, to) in &u.corrections {
        s.push_str(&format!("  corrected: {from} → {to}\n"));
    }
    let words: Vec<String> = u
        .words
        .iter()
        .map(|w| match &w.origin {
            crate::answer::Origin::Question if w.context => {
                format!("{} [{}] ×{} as context", w.word, w.stem, w.weight)
            }
            // A weak word ("job") counts less than a full one, the action asked ("make the
            // switch") more.
            crate::answer::Origin::Question if w.weight != 1.0 => {
                format!("{} [{}] ×{}", w.word, w.stem, w.weight)
            }
            crate::answer::Origin::Question => format!("{} [{}]", w.word, w.stem),
            crate::answer::Origin::Synonym { phrase } => {
                format!("{} [{}] ×{} via \"{phrase}\"", w.word, w.stem, w.weight)
            }
            crate::answer::Origin::Implied { phrase } => {
                format!("{} [{}] for \"{phrase}\"", w.word, w.stem)
            }
        })
        .collect();
    s.push_str(&format!("  search words: {}\n", words.join(", ")));
    s.push_str(&format!(
        "  topic: {}\n",
        u.topic.as_ref().map_or("none".into(), |t| t.to_string())
    ));
    if !u.entities.is_empty() {
        let names: Vec<String> = u
            .entities
            .iter()
            .map(|e| format!("{}.{}", e.class, e.name))
            .collect();
        s.push_str(&format!("  asks about: {}\n", names.join(", ")));
    }
    if !u.hints.is_empty() {
        s.push_str(&format!("  quote hints: {}\n", u.hints.join(", ")));
    }
    if let Some(expected) = u.expects {
        // The snake_case name the JSON explanation uses ("duration", "amount"…).
        let name = serde_json::to_value(expected)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        s.push_str(&format!("  expects: {name}\n"));
    }
    if let Some(thing) = &u.thing_asked {
        s.push_str(&format!("  thing asked of: {thing}\n"));
    }
    if let Some(reason) = e.declined {
        s.push_str(&format!("  declined: {reason}\n"));
    }
    for (i, c) in e.candidates.iter().enumerate() {
        let p = &c.parts;
        let parts: Vec<String> = [
            ("bm25", p.bm25),
            ("coverage", p.coverage),
            ("quote", p.quote_coverage),
            ("heading", p.heading_coverage),
            ("heading fit", p.heading_precision),
            ("topic", p.topic),
            ("entities", p.entities),
            ("guide", p.guide),
            ("faq", p.faq),
            ("lead", p.lead_passage),
            ("fact type", p.answer_type),
        ]
        .into_iter()
        .filter(|(_, v)| *v != 0.0)
        .map(|(name, v)| format!("{name} {v:+.2}"))
        .collect();
        s.push_str(&format!(
            "  {}. {:.3} = {}  {} [{}] (coverage {:.2})\n",
            i + 1,
            c.score,
            parts.join(" "),
            c.section,
            c.matched.join(" "),
            c.coverage,
        ));
    }
    s
}
