//! Any bytes as a guide file: the reader never panics, and every error names the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(errors) = careerbot::corpus::parse_guide_text("fuzzed.md", text) {
        for e in &errors.0 {
            assert!(e.to_string().starts_with("fuzzed.md"));
        }
    }
});
