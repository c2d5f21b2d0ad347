//! Renders an engine [`Answer`] as a Discord embed, within Discord's limits.
//!
//! Nothing here decides what to say: every word comes from the answer engine, so the same
//! answer can be reproduced with `careerbot ask`.

use poise::serenity_prelude as serenity;

use crate::answer::{Answer, Citation, Outcome};
use crate::text::trim_to_chars;

/// Discord's limits (see the `openapi.json` schemas): embed title 256, description 4096,
/// field name 256, field value 1024, footer 2048, 6000 characters in all; message content 2000.
pub const TITLE_MAX: usize = 256;
pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELD_NAME_MAX: usize = 256;
pub const FIELD_VALUE_MAX: usize = 1024;
pub const FOOTER_MAX: usize = 2048;
pub const EMBED_TOTAL_MAX: usize = 6000;
pub const CONTENT_MAX: usize = 2000;
/// Autocomplete: at most 25 choices of at most 100 characters.
pub const CHOICES_MAX: usize = 25;
pub const CHOICE_NAME_MAX: usize = 100;

const ANSWERED_COLOUR: u32 = 0x2e7d32;
const NOT_IN_THE_GUIDE: &str = "Not in the guide";
const DECLINED_COLOUR: u32 = 0x757575;

/// The plain parts of an embed, before they become serenity's builder: easy to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedParts {
    pub title: String,
    pub description: String,
    pub url: Option<String>,
    pub fields: Vec<(String, String)>,
    pub footer: String,
    pub colour: u32,
}

impl EmbedParts {
    pub fn total_chars(&self) -> usize {
        let fields: usize = self
            .fields
            .iter()
            .map(|(n, v)| n.chars().count() + v.chars().count())
            .sum();
        self.title.chars().count()
            + self.description.chars().count()
            + self.footer.chars().count()
            + fields
    }

    pub fn build(self) -> serenity::CreateEmbed {
        let mut embed = serenity::CreateEmbed::new()
            .title(self.title)
            .description(self.description)
            .colour(self.colour)
            .footer(serenity::CreateEmbedFooter::new(self.footer));
        if let Some(url) = self.url {
            embed = embed.url(url);
        }
        for (name, value) in self.fields {
            embed = embed.field(name, value, false);
        }
        embed
    }
}

fn bullet_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("• {s}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The embed for an answer.
pub fn answer_embed(answer: &Answer) -> EmbedParts {
    let parts = match answer.citations.split_first() {
        Some((best, rest)) => {
            let mut footer = format!("{} guide · {}", best.guide, best.source);
            let mut fields: Vec<(String, String)> = rest.iter().map(citation_field).collect();
            // A message that asks several things says which of them the guide does not cover.
            if let Some(message) = &answer.message {
                fields.push((
                    NOT_IN_THE_GUIDE.to_string(),
                    trim_to_chars(message, FIELD_VALUE_MAX),
                ));
            }
            if let Some(version) = &best.version {
                footer.push_str(&format!(" · version {version}"));
            }
            EmbedParts {
                title: trim_to_chars(&best.section, TITLE_MAX),
                description: trim_to_chars(&best.snippet, DESCRIPTION_MAX),
                url: best.url.clone().filter(|u| u.starts_with("http")),
                fields,
                footer: trim_to_chars(&footer, FOOTER_MAX),
                colour: ANSWERED_COLOUR,
            }
        }
        None => {
            let title = match answer.outcome {
                Outcome::SmallTalk => "Hello!",
                Outcome::Empty => "Ask me a question",
                Outcome::NotCovered | Outcome::Answered => NOT_IN_THE_GUIDE,
            };
            let mut description = answer.message.clone().unwrap_or_default();
            if !answer.suggestions.is_empty() {
                description.push('\n');
                description.push_str(&bullet_list(&answer.suggestions));
            }
            EmbedParts {
                title: title.to_string(),
                description: trim_to_chars(&description, DESCRIPTION_MAX),
                url: None,
                fields: Vec::new(),
                footer: "Answers come only from the guide, quoted.".to_string(),
                colour: DECLINED_COLOUR,
            }
        }
    };
    within_total(parts)
}

/// "More results": the further citations of a question, each a field.
pub fn more_embed(question: &str, citations: &[Citation]) -> EmbedParts {
    let footer = citations
        .first()
        .map(|c| format!("{} guide · {}", c.guide, c.source))
        .unwrap_or_default();
    within_total(EmbedParts {
        title: trim_to_chars(&format!("More on: {question}"), TITLE_MAX),
        description: "Further passages of the guide, best first.".to_string(),
        url: None,
        fields: citations.iter().map(citation_field).collect(),
        footer: trim_to_chars(&footer, FOOTER_MAX),
        colour: ANSWERED_COLOUR,
    })
}

/// A further citation as an embed field: its section, then its quote.
fn citation_field(citation: &Citation) -> (String, String) {
    (
        trim_to_chars(&citation.section, FIELD_NAME_MAX),
        trim_to_chars(&citation.snippet, FIELD_VALUE_MAX),
    )
}

/// Never past the 6000-character total: drop the last fields first, then shorten.
fn within_total(mut parts: EmbedParts) -> EmbedParts {
    while parts.total_chars() > EMBED_TOTAL_MAX && parts.fields.pop().is_some() {}
    if parts.total_chars() > EMBED_TOTAL_MAX {
        let room =
            EMBED_TOTAL_MAX.saturating_sub(parts.total_chars() - parts.description.chars().count());
        parts.description = trim_to_chars(&parts.description, room);
    }
    parts
}

/// Autocomplete choices: at most 25, each at most 100 characters.
pub fn choices(labels: Vec<String>) -> Vec<String> {
    labels
        .into_iter()
        .take(CHOICES_MAX)
        .map(|l| trim_to_chars(&l, CHOICE_NAME_MAX))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(section: &str, snippet: &str) -> Citation {
        Citation {
            guide: "G".into(),
            guide_id: "g".into(),
            section: section.into(),
            snippet: snippet.into(),
            score: 1.0,
            source: "S".into(),
            url: Some("https://example.org/g".into()),
            version: Some("2025".into()),
            line: 1,
        }
    }

    fn answer(citations: Vec<Citation>) -> Answer {
        let citations_empty = citations.is_empty();
        Answer {
            question: "q".into(),
            answered: !citations.is_empty(),
            outcome: if citations.is_empty() {
                Outcome::NotCovered
            } else {
                Outcome::Answered
            },
            topic: None,
            citations,
            suggestions: vec!["What is the pay?".into()],
            message: citations_empty.then(|| "The G guide doesn't cover that.".into()),
        }
    }

    #[test]
    fn what_a_partly_answered_message_asked_that_the_guide_does_not_cover_ends_the_fields() {
        let mut partial = answer(vec![citation("Pay", "**pay** is good")]);
        partial.message = Some("The G guide doesn't cover “do they wear scrubs”.".into());
        let parts = answer_embed(&partial);
        assert_eq!(parts.description, "**pay** is good");
        assert_eq!(
            parts.fields,
            [(
                "Not in the guide".to_string(),
                "The G guide doesn't cover “do they wear scrubs”.".to_string()
            )]
        );
    }

    #[test]
    fn the_best_citation_is_the_embed_and_the_others_fields() {
        let parts = answer_embed(&answer(vec![
            citation("Pay", "**pay** is good"),
            citation("Remote", "rarely"),
        ]));
        assert_eq!(parts.title, "Pay");
        assert_eq!(parts.description, "**pay** is good");
        assert_eq!(parts.fields, [("Remote".to_string(), "rarely".to_string())]);
        assert_eq!(parts.footer, "G guide · S · version 2025");
        assert_eq!(parts.url.as_deref(), Some("https://example.org/g"));
    }

    #[test]
    fn a_decline_shows_the_message_and_suggestions() {
        let parts = answer_embed(&answer(Vec::new()));
        assert_eq!(parts.title, "Not in the guide");
        assert!(
            parts.description.contains("doesn't cover")
                && parts.description.contains("• What is the pay?")
        );
    }

    #[test]
    fn oversized_parts_are_trimmed_to_discords_limits() {
        let huge = "word ".repeat(3000);
        let parts = answer_embed(&answer(vec![
            citation(&huge, &huge),
            citation(&huge, &huge),
            citation(&huge, &huge),
        ]));
        assert!(parts.title.chars().count() <= TITLE_MAX);
        assert!(parts.description.chars().count() <= DESCRIPTION_MAX);
        assert!(parts
            .fields
            .iter()
            .all(|(n, v)| n.chars().count() <= FIELD_NAME_MAX
                && v.chars().count() <= FIELD_VALUE_MAX));
        assert!(parts.total_chars() <= EMBED_TOTAL_MAX);
    }

    #[test]
    fn choices_are_capped_in_number_and_length() {
        let labels: Vec<String> = (0..40)
            .map(|i| format!("{i} {}", "x".repeat(150)))
            .collect();
        let out = choices(labels);
        assert_eq!(out.len(), CHOICES_MAX);
        assert!(out.iter().all(|c| c.chars().count() <= CHOICE_NAME_MAX));
    }
}
