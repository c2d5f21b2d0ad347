//! Property tests: whatever people paste and whatever moderators save, nothing panics and
//! every answer stays within what Discord accepts.

mod common;

use std::sync::OnceLock;

use careerbot::answer::{Engine, MAX_CITATIONS, MAX_SUGGESTIONS};
use careerbot::discord::render;
use proptest::prelude::*;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        careerbot::cli::open_engine(&common::bundled_corpus(), &common::temp_dir("properties"))
            .unwrap()
    })
}

/// Questions as people paste them: any Unicode, with query syntax and Discord markup mixed in.
fn question() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<String>(),
        "[a-zA-Z ]{0,40}",
        Just("@everyone".to_string()),
        Just("<@&123456>".to_string()),
        Just("<#987>".to_string()),
        Just("```rust\nfn x() {}\n```".to_string()),
        Just("+title:(salary OR \"pay\")~2 [a TO z] ^3 -remote NOT *".to_string()),
        Just("\u{202e}\u{200b}\u{301}".to_string()),
        Just("💰🇨🇦 給料 зарплата".to_string()),
        Just("how much do they make in canada".to_string()),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_question_gets_an_answer_within_discords_limits(q in question()) {
        let answer = engine().answer(&q);
        prop_assert!(answer.citations.len() <= MAX_CITATIONS);
        prop_assert!(answer.suggestions.len() <= MAX_SUGGESTIONS);
        prop_assert_eq!(answer.answered, !answer.citations.is_empty());
        for c in &answer.citations {
            prop_assert!(c.snippet.chars().count() <= 350, "snippet of {} chars", c.snippet.chars().count());
        }
        let embed = render::answer_embed(&answer);
        prop_assert!(embed.total_chars() <= render::EMBED_TOTAL_MAX);
        prop_assert!(embed.title.chars().count() <= render::TITLE_MAX);
        prop_assert!(embed.description.chars().count() <= render::DESCRIPTION_MAX);
        let json = serde_json::to_string(&answer).unwrap();
        prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    }

    #[test]
    fn very_long_questions_are_answered_too(q in "[a-z ]{9000,10000}") {
        let answer = engine().answer(&q);
        prop_assert!(answer.question.chars().count() <= 300);
    }

    #[test]
    fn arbitrary_markdown_never_panics_and_every_error_has_a_place(body in markdown()) {
        let dir = common::temp_dir(&format!("prop-md-{}", std::process::id()));
        std::fs::write(dir.join("guide.md"), &body).unwrap();
        if let Err(errors) = careerbot::corpus::load(&dir) {
            for e in &errors.0 {
                prop_assert!(e.file.ends_with("guide.md"), "{e}");
                let shown = e.to_string();
                prop_assert!(shown.contains("guide.md"), "{shown}");
            }
        }
    }
}

/// Guide-like Markdown: front matter or not, headings, text, tables (ragged or not),
/// annotations, and noise.
fn markdown() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("---".to_string()),
        Just("title: T".to_string()),
        "#{1,4} [A-Za-z ?]{0,20}",
        "[A-Za-z .,]{0,60}",
        Just("| a | b |".to_string()),
        Just("|---|---|".to_string()),
        Just("| 1 | 2 | 3 |".to_string()),
        Just("<!-- topic: salary -->".to_string()),
        Just("<!-- bogus: x -->".to_string()),
        Just("- item".to_string()),
        Just(String::new()),
        any::<String>(),
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}
