//! Scores question sets written in the format of `shared/eval/FORMAT.md`.
//!
//! A citation answers a question when its normalised snippet contains one of the question's
//! evidence alternatives (every part of it, for an array). Reported overall, by style and by
//! topic: top-1, recall@3, MRR@10, declined and falsely declined, and the misses.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::answer::{Answer, Engine};

/// One evidence alternative: a string, or strings that must all appear.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Evidence {
    One(String),
    All(Vec<String>),
}

impl Evidence {
    fn parts(&self) -> Vec<&str> {
        match self {
            Evidence::One(s) => vec![s.as_str()],
            Evidence::All(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct EvalQuestion {
    pub id: String,
    pub q: String,
    pub topic: String,
    pub style: String,
    pub answerable: bool,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

pub struct QuestionSet {
    pub questions: Vec<EvalQuestion>,
}

impl QuestionSet {
    pub fn load(path: &Path) -> Result<QuestionSet> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let questions = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                serde_json::from_str(l)
                    .with_context(|| format!("{}:{}: not a question object", path.display(), i + 1))
            })
            .collect::<Result<_>>()?;
        Ok(QuestionSet { questions })
    }
}

/// Normalises text as FORMAT.md says: NFKC, straight quotes, `-` for dashes, Markdown marks to
/// spaces, white space collapsed, lower case.
pub fn normalise(text: &str) -> String {
    let mapped: String = text
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '*' | '_' | '`' | '~' | '>' | '|' => ' ',
            c => c,
        })
        .collect();
    mapped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a snippet answers a question: it contains every part of one evidence alternative.
pub fn snippet_answers(snippet: &str, evidence: &[Evidence]) -> bool {
    let snippet = normalise(snippet);
    evidence.iter().any(|alt| {
        alt.parts()
            .iter()
            .all(|part| snippet.contains(&normalise(part)))
    })
}

/// Counts behind each figure, for one slice of the set (overall, a style or a topic).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub answerable: usize,
    pub top1: usize,
    pub recall3: usize,
    pub reciprocal_rank_sum: f64,
    pub falsely_declined: usize,
    pub unanswerable: usize,
    pub declined: usize,
}

impl Tally {
    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 {
            f64::NAN
        } else {
            n as f64 / d as f64
        }
    }

    pub fn top1(&self) -> f64 {
        Self::ratio(self.top1, self.answerable)
    }

    pub fn recall3(&self) -> f64 {
        Self::ratio(self.recall3, self.answerable)
    }

    pub fn mrr(&self) -> f64 {
        if self.answerable == 0 {
            f64::NAN
        } else {
            self.reciprocal_rank_sum / self.answerable as f64
        }
    }

    pub fn declined(&self) -> f64 {
        Self::ratio(self.declined, self.unanswerable)
    }

    pub fn falsely_declined(&self) -> f64 {
        Self::ratio(self.falsely_declined, self.answerable)
    }
}

/// A question the engine got wrong, with what it showed instead.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub q: String,
    pub answerable: bool,
    pub answered: bool,
    /// The first citation's section and snippet, if any.
    pub shown: Option<(String, String)>,
    /// Rank of the first citation that answers it (1-based), if any.
    pub found_at: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub overall: Tally,
    pub by_style: BTreeMap<String, Tally>,
    pub by_topic: BTreeMap<String, Tally>,
    pub misses: Vec<Miss>,
}

fn score_one(q: &EvalQuestion, answer: &Answer, tallies: &mut [&mut Tally]) -> Option<Miss> {
    let rank = answer
        .citations
        .iter()
        .take(10)
        .position(|c| snippet_answers(&c.snippet, &q.evidence))
        .map(|i| i + 1);
    let shown = answer
        .citations
        .first()
        .map(|c| (c.section.clone(), c.snippet.clone()));
    let miss = Miss {
        id: q.id.clone(),
        q: q.q.clone(),
        answerable: q.answerable,
        answered: answer.answered,
        shown,
        found_at: rank,
    };
    for t in tallies.iter_mut() {
        if q.answerable {
            t.answerable += 1;
            if answer.answered {
                if rank == Some(1) {
                    t.top1 += 1;
                }
                if rank.is_some_and(|r| r <= 3) {
                    t.recall3 += 1;
                }
                t.reciprocal_rank_sum += rank.map_or(0.0, |r| 1.0 / r as f64);
            } else {
                t.falsely_declined += 1;
            }
        } else {
            t.unanswerable += 1;
            if !answer.answered {
                t.declined += 1;
            }
        }
    }
    let correct = if q.answerable {
        answer.answered && rank == Some(1)
    } else {
        !answer.answered
    };
    (!correct).then_some(miss)
}

/// Each question's ranked candidates, one JSON object a line, each candidate marked with
/// whether its snippet answers the question: what a weight fit needs, nothing it does not.
pub fn candidate_lines(engine: &Engine, set: &QuestionSet) -> Result<String> {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        answerable: bool,
        candidates: Vec<Scored>,
    }
    #[derive(Serialize)]
    struct Scored {
        correct: bool,
        #[serde(flatten)]
        candidate: crate::answer::RankedCandidate,
    }
    let mut out = String::new();
    for q in &set.questions {
        let candidates = engine
            .ranked_candidates(&q.q)
            .into_iter()
            .map(|candidate| Scored {
                correct: snippet_answers(&candidate.snippet, &q.evidence),
                candidate,
            })
            .collect();
        let line = Line {
            id: &q.id,
            answerable: q.answerable,
            candidates,
        };
        out.push_str(&serde_json::to_string(&line)?);
        out.push('\n');
    }
    Ok(out)
}

pub fn evaluate(engine: &Engine, set: &QuestionSet) -> Report {
    let mut report = Report {
        overall: Tally::default(),
        by_style: BTreeMap::new(),
        by_topic: BTreeMap::new(),
        misses: Vec::new(),
    };
    for q in &set.questions {
        let answer = engine.answer(&q.q);
        let mut style = report.by_style.remove(&q.style).unwrap_or_default();
        let mut topic = report.by_topic.remove(&q.topic).unwrap_or_default();
        if let Some(miss) = score_one(
            q,
            &answer,
            &mut [&mut report.overall, &mut style, &mut topic],
        ) {
            report.misses.push(miss);
        }
        report.by_style.insert(q.style.clone(), style);
        report.by_topic.insert(q.topic.clone(), topic);
    }
    report
}

fn pct(x: f64) -> String {
    if x.is_nan() {
        "   -  ".to_string()
    } else {
        format!("{:5.1}%", x * 100.0)
    }
}

fn write_row(f: &mut fmt::Formatter<'_>, name: &str, t: &Tally) -> fmt::Result {
    writeln!(
        f,
        "{name:<22} {:>4} {} {} {:>6} {:>4} {} {}",
        t.answerable,
        pct(t.top1()),
        pct(t.recall3()),
        if t.answerable == 0 {
            "-".to_string()
        } else {
            format!("{:.3}", t.mrr())
        },
        t.unanswerable,
        pct(t.declined()),
        pct(t.falsely_declined()),
    )
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<22} {:>4} {:>6} {:>6} {:>6} {:>4} {:>6} {:>6}",
            "", "ans", "top-1", "rec@3", "MRR", "una", "decl", "f.decl"
        )?;
        write_row(f, "overall", &self.overall)?;
        writeln!(f, "by style:")?;
        for (name, t) in &self.by_style {
            write_row(f, &format!("  {name}"), t)?;
        }
        writeln!(f, "by topic:")?;
        for (name, t) in &self.by_topic {
            write_row(f, &format!("  {name}"), t)?;
        }
        writeln!(f, "misses ({}):", self.misses.len())?;
        for m in &self.misses {
            let what = match (m.answerable, m.answered) {
                (true, false) => "falsely declined".to_string(),
                (true, true) => match m.found_at {
                    Some(r) => format!("right answer at rank {r}"),
                    None => "wrong answer".to_string(),
                },
                (false, _) => "answered, should decline".to_string(),
            };
            writeln!(f, "  {} {:?}: {what}", m.id, m.q)?;
            if let Some((section, snippet)) = &m.shown {
                writeln!(f, "      shown: {section}: {snippet}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_folds_quotes_dashes_marks_and_space() {
        assert_eq!(
            normalise("It’s **£25,000 –  £35,000**"),
            "it's £25,000 - £35,000"
        );
    }

    #[test]
    fn an_array_alternative_needs_every_part() {
        let evidence = vec![Evidence::All(vec!["Senior".into(), "$55k".into()])];
        assert!(snippet_answers(
            "**Senior** Patient Care Coordinator: US Median $55k USD",
            &evidence
        ));
        assert!(!snippet_answers("Senior coordinators earn more", &evidence));
    }
}
