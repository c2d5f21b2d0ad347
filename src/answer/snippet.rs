//! Choosing what to quote: the best sentence(s) of a passage, matched words in bold.

use std::collections::HashMap;

use tantivy::tokenizer::TextAnalyzer;

use super::understand::{stem, EntityRef, Understander};
use crate::text::{fold_for_search, sentences, trim_to_chars, word_spans};

/// The longest snippet shown, in characters.
pub const MAX_SNIPPET_CHARS: usize = 350;
/// A sentence shorter than this gets a neighbour for context when there is room.
const SHORT_SENTENCE_CHARS: usize = 140;

/// How a sentence scores against the question.
struct Scored<'a> {
    text: &'a str,
    score: f32,
}

/// Scores each sentence by the rarity-weighted question words it holds, plus the entities the
/// question named, minus entities of the same class it did not name.
fn score_sentences<'a>(
    passage: &'a str,
    weights: &HashMap<String, f32>,
    wanted: &[EntityRef],
    understander: &Understander,
) -> Vec<Scored<'a>> {
    sentences(passage)
        .into_iter()
        .map(|text| {
            let stems = understander.stems_of(text);
            let mut seen = std::collections::HashSet::new();
            let mut score: f32 = stems
                .iter()
                .filter(|s| seen.insert(s.as_str()))
                .filter_map(|s| weights.get(s))
                .sum();
            let named = understander.entities_in(&stems);
            for entity in &named {
                if wanted.contains(entity) {
                    score += 4.0;
                } else if wanted.iter().any(|w| w.class == entity.class) {
                    score -= 2.0;
                }
            }
            Scored { text, score }
        })
        .collect()
}

/// The quote for one passage: its best sentence, with a neighbour when the sentence is short
/// and both fit, at most [`MAX_SNIPPET_CHARS`], matched words in `**bold**`.
pub fn choose(
    passage: &str,
    weights: &HashMap<String, f32>,
    wanted: &[EntityRef],
    understander: &Understander,
) -> String {
    let scored = score_sentences(passage, weights, wanted, understander);
    let Some(best) = scored
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.score.total_cmp(&b.1.score).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
    else {
        return String::new();
    };
    let mut first = best;
    let mut last = best;
    let length = |a: usize, b: usize| scored[a..=b].iter().map(|s| s.text.chars().count() + 1).sum::<usize>();
    while length(first, last) < SHORT_SENTENCE_CHARS {
        let next = (last + 1 < scored.len()).then(|| last + 1);
        let prev = first.checked_sub(1);
        let pick = match (prev, next) {
            (Some(p), Some(n)) => Some(if scored[p].score > scored[n].score { p } else { n }),
            (p, n) => n.or(p),
        };
        match pick {
            Some(i) if i < first && length(i, last) <= MAX_SNIPPET_CHARS => first = i,
            Some(i) if i > last && length(first, i) <= MAX_SNIPPET_CHARS => last = i,
            _ => break,
        }
    }
    let text: Vec<&str> = scored[first..=last].iter().map(|s| s.text).collect();
    let mut analyzer = understander.analyzer();
    let bolded = embolden(&text.join(" "), weights, &mut analyzer);
    trim_to_chars(&bolded, MAX_SNIPPET_CHARS)
}

/// Wraps each run of matched words in `**`, leaving everything else as the guide wrote it.
pub fn embolden(text: &str, weights: &HashMap<String, f32>, analyzer: &mut TextAnalyzer) -> String {
    let matched: Vec<(usize, usize)> = word_spans(text)
        .into_iter()
        .filter(|&(a, b)| {
            let folded = fold_for_search(&text[a..b]);
            let hit = crate::text::words(&folded).any(|w| stem(analyzer, w).is_some_and(|s| weights.contains_key(&s)));
            hit
        })
        .collect();
    // Join matches separated only by spaces into one bold run.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (a, b) in matched {
        match runs.last_mut() {
            Some(run) if text[run.1..a].chars().all(|c| c == ' ') => run.1 = b,
            _ => runs.push((a, b)),
        }
    }
    let mut out = String::with_capacity(text.len() + runs.len() * 4);
    let mut at = 0;
    for (a, b) in runs {
        out.push_str(&text[at..a]);
        out.push_str("**");
        out.push_str(&text[a..b]);
        out.push_str("**");
        at = b;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weights(stems: &[&str]) -> HashMap<String, f32> {
        stems.iter().map(|s| (s.to_string(), 1.0)).collect()
    }

    #[test]
    fn matched_words_are_bold_and_adjacent_ones_share_a_run() {
        let mut analyzer = crate::index::analyzer();
        let out = embolden("Senior Patient pay, and salaries.", &weights(&["senior", "patient", "salari"]), &mut analyzer);
        assert_eq!(out, "**Senior Patient** pay, and **salaries**.");
    }
}
