//! The thesaurus: data that teaches the answer engine how people phrase things.
//!
//! It lives beside the guides (`thesaurus.txt`) so moderators can improve matching without
//! touching code. Four sections, each of `key = phrase | phrase` lines:
//! - `[abbreviations]`: chat shorthand rewritten before anything else (`ppl = people`);
//! - `[synonyms]`: a phrase on the right also searches the words on the left, weighted below the
//!   user's own words (`salary = pay | earn | make`). Each line is one concept: a passage that
//!   says another of its phrases gets part credit ("wage" asked, "pay" written), and a question
//!   that names the key itself lets its phrases steer which sentence is quoted;
//! - `[topics]`: the words that signal a topic (`remote = remote | home | telecommute`);
//! - `[entities]`: facts a question can pin down, as `class.name` (`country.canada = canada | cad`).
//!   A question naming one prefers passages naming it over those naming another of its class.

use serde::{Deserialize, Serialize};

use super::CorpusProblem;

/// One `key = phrase | phrase` line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub key: String,
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thesaurus {
    pub abbreviations: Vec<Entry>,
    pub synonyms: Vec<Entry>,
    pub topics: Vec<Entry>,
    pub entities: Vec<Entry>,
}

impl Thesaurus {
    pub fn parse(text: &str) -> Result<Thesaurus, Vec<(usize, CorpusProblem)>> {
        let mut thesaurus = Thesaurus::default();
        let mut problems = Vec::new();
        let mut section: Option<&mut Vec<Entry>> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name.trim() {
                    "abbreviations" => Some(&mut thesaurus.abbreviations),
                    "synonyms" => Some(&mut thesaurus.synonyms),
                    "topics" => Some(&mut thesaurus.topics),
                    "entities" => Some(&mut thesaurus.entities),
                    _ => {
                        problems.push((i + 1, CorpusProblem::MalformedThesaurusLine));
                        None
                    }
                };
                continue;
            }
            let parsed = line.split_once('=').and_then(|(key, rest)| {
                let key = crate::text::fold(key.trim());
                let phrases: Vec<String> = rest
                    .split('|')
                    .map(|p| crate::text::fold(p.trim()))
                    .filter(|p| !p.is_empty())
                    .collect();
                (!key.is_empty() && !phrases.is_empty()).then_some(Entry { key, phrases })
            });
            match (parsed, section.as_deref_mut()) {
                (Some(entry), Some(entries)) => entries.push(entry),
                _ => problems.push((i + 1, CorpusProblem::MalformedThesaurusLine)),
            }
        }
        if problems.is_empty() {
            Ok(thesaurus)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_hold_folded_entries() {
        let t = Thesaurus::parse("[synonyms]\nSalary = Pay | earn  # money words\n").unwrap();
        assert_eq!(
            t.synonyms,
            [Entry {
                key: "salary".into(),
                phrases: vec!["pay".into(), "earn".into()]
            }]
        );
    }

    #[test]
    fn a_line_outside_a_section_is_reported() {
        assert_eq!(
            Thesaurus::parse("salary = pay\n").unwrap_err(),
            [(1, CorpusProblem::MalformedThesaurusLine)]
        );
    }

    #[test]
    fn a_line_without_equals_is_reported() {
        assert_eq!(
            Thesaurus::parse("[topics]\n\nsalary pay\n").unwrap_err(),
            [(3, CorpusProblem::MalformedThesaurusLine)]
        );
    }
}
