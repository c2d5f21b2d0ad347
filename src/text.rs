//! Text primitives shared by every stage: folding, word splitting, sentence splitting and
//! trimming on word boundaries.
//!
//! The corpus, the index and the question all go through the same folding so that a word the
//! user types and the word the guide prints compare equal.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds text for comparison: NFKC, then accents removed, then lower case.
pub fn fold(text: &str) -> String {
    // NFKC and accent removal leave ASCII unchanged: most of a guide, and most questions.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfkc()
        .collect::<String>()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Endings of inflection, and a silent "e" or a "y" that a longer form of the word drops.
const ENDINGS: &[&str] = &["", "s", "es", "ed", "d", "ing", "e", "y", "ies", "ied"];

/// Whether two words differ only by endings of inflection after what they share
/// ("studies", "study"; not "educates", "education").
pub fn inflected_alike(a: &str, b: &str) -> bool {
    let shared = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    ENDINGS.contains(&&a[shared..]) && ENDINGS.contains(&&b[shared..])
}

/// Whether two words of one stem are one word in different forms: inflected alike, or one
/// the other, less an ending of inflection, with an ending added ("stress", "stressful";
/// "secure", "security"). "Positions" and "positives" share a stem and no more.
pub fn same_word_family(a: &str, b: &str) -> bool {
    let grows_into = |from: &str, to: &str| {
        ENDINGS.iter().any(|ending| {
            from.strip_suffix(ending)
                .is_some_and(|base| base.chars().count() >= 3 && to.starts_with(base))
        })
    };
    inflected_alike(a, b) || grows_into(a, b) || grows_into(b, a)
}

/// Folds text for searching: like [`fold`], but first rewrites the upper-case country forms
/// `US`, `U.S.`, `USA` and `U.S.A.` as `usa`, because folded to lower case "US" would read as
/// the pronoun "us". The guide and the question both go through it, so they agree.
pub fn fold_for_search(text: &str) -> String {
    let mut marked = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let boundary_before = marked
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let matched = ["U.S.A.", "U.S.A", "U.S.", "U.S", "USA", "US"]
            .into_iter()
            .find(|form| {
                rest.starts_with(form)
                    && rest[form.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
            .filter(|_| boundary_before);
        match matched {
            Some(form) => {
                marked.push_str("usa");
                rest = &rest[form.len()..];
            }
            None => {
                let c = rest.chars().next().expect("rest is not empty");
                marked.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    fold(&marked)
}

/// Splits folded text into words: runs of letters and digits.
///
/// Matches tantivy's `SimpleTokenizer` (which splits on anything not alphanumeric), so a word
/// here is always a token there.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Byte ranges of the words of `text`, in order, on the original (unfolded) text.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// Splits a passage into sentences, keeping each sentence's own text (trimmed).
///
/// A sentence ends at `.`, `!` or `?` followed by white space and an upper-case letter, digit or
/// symbol that starts a sentence. Abbreviations such as "e.g." and "U.S." do not end one, since
/// the next word after them starts in lower case or the dot is not followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let Some(&(_, next)) = chars.get(k + 1) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        let following = chars[k + 1..].iter().find(|(_, ch)| !ch.is_whitespace());
        let Some(&(_, first)) = following else {
            continue;
        };
        if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '$' | '£' | '€'))
        {
            continue;
        }
        if is_abbreviation_before(&text[start..=i]) {
            continue;
        }
        let sentence = text[start..=i].trim();
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = i + 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn is_abbreviation_before(sentence_so_far: &str) -> bool {
    let last_word = sentence_so_far
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(
        last_word.to_ascii_lowercase().as_str(),
        "e.g." | "i.e." | "etc." | "vs." | "u.s." | "dr." | "mr." | "mrs." | "ms." | "st."
    )
}

/// Cuts `text` to at most `max_chars` characters on a word boundary, adding an ellipsis when it
/// cut anything. Never splits a word, a `**bold**` pair or a multi-byte character.
pub fn trim_to_chars(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let budget = max_chars.saturating_sub(1);
    let mut cut = 0;
    for (count, (i, c)) in text.char_indices().enumerate() {
        if count >= budget {
            break;
        }
        if c.is_whitespace() {
            cut = i;
        }
    }
    let mut kept = text[..cut].trim_end().to_string();
    if kept.matches("**").count() % 2 == 1 {
        kept.push_str("**");
    }
    kept.push('…');
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_one_family_are_told_from_words_that_only_share_a_stem() {
        assert!(same_word_family("positives", "positive"));
        assert!(same_word_family("stress", "stressful"));
        assert!(same_word_family("secure", "security"));
        assert!(same_word_family("studies", "study"));
        assert!(!same_word_family("positions", "positives"));
        assert!(!same_word_family("application", "applicants"));
    }

    #[test]
    fn ascii_folds_to_lower_case() {
        assert_eq!(fold("Salary IN Canada?"), "salary in canada?");
    }

    #[test]
    fn fold_removes_accents_case_and_compatibility_forms() {
        assert_eq!(fold("Café ＳＡＬＡＲＹ"), "cafe salary");
    }

    #[test]
    fn upper_case_us_is_the_country_and_lower_case_us_the_pronoun() {
        assert_eq!(
            fold_for_search("US Median, U.S. law, tell us"),
            "usa median, usa law, tell us"
        );
        assert_eq!(fold_for_search("USB BUS"), "usb bus");
    }

    #[test]
    fn words_split_on_anything_not_alphanumeric() {
        let folded = fold("what's the 401(k)?");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            ["what", "s", "the", "401", "k"]
        );
    }

    #[test]
    fn sentences_do_not_split_on_abbreviations() {
        let text = "The U.S. median is high. In Canada, it is CAD 45,000. Done";
        assert_eq!(
            sentences(text),
            [
                "The U.S. median is high.",
                "In Canada, it is CAD 45,000.",
                "Done"
            ]
        );
    }

    #[test]
    fn trimming_never_cuts_a_word_and_marks_the_cut() {
        let trimmed = trim_to_chars("alpha beta gamma delta", 12);
        assert_eq!(trimmed, "alpha beta…");
        assert!(trimmed.chars().count() <= 12);
    }

    #[test]
    fn trimming_closes_an_open_bold_mark() {
        let trimmed = trim_to_chars("one **two three** four", 14);
        assert_eq!(trimmed, "one **two**…");
    }

    #[test]
    fn word_spans_point_at_original_text() {
        let text = "Pay: $55k";
        let spans: Vec<&str> = word_spans(text).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(spans, ["Pay", "55k"]);
    }
}
