//! Any bytes as a question: the answer engine never panics and stays within its limits.
#![no_main]

use std::sync::OnceLock;

use careerbot::answer::Engine;
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../faq-corpus");
        let index = std::env::temp_dir().join(format!("careerbot-fuzz-{}", std::process::id()));
        careerbot::cli::open_engine(&corpus, &index).expect("the bundled corpus opens")
    })
}

fuzz_target!(|data: &[u8]| {
    let question = String::from_utf8_lossy(data);
    let answer = engine().answer(&question);
    assert!(answer.citations.len() <= careerbot::answer::MAX_CITATIONS);
    assert!(answer.citations.iter().all(|c| c.snippet.chars().count() <= 350));
    let embed = careerbot::discord::render::answer_embed(&answer);
    assert!(embed.total_chars() <= careerbot::discord::render::EMBED_TOTAL_MAX);
});
