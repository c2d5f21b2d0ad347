//! English stemming that keeps apart words the Snowball stemmer folds into another word's stem.
//!
//! Stemming lets "earning" find "earn", but the stemmer also cuts some words down to a
//! different word's stem: "medications" to "medic" (so it searched "medical"), "educates" to
//! "educ" (so teaching patients read as the education topic), "demanding" to "demand" (the
//! market's demand, not a hard job), "busy" to "busi" (business hours), "organizations" to
//! "organ" (being organized). Such words keep a stem of their own, in the index and in
//! questions alike.

use std::borrow::Cow;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words (lower case, folded) with the stem they keep, and why they may not share one. The index
/// holds these stems: changing the list changes the index format (`FORMAT_VERSION`).
const KEPT_APART: &[(&str, &str)] = &[
    // "medic", which "medical" stems to.
    ("medication", "medication"),
    ("medications", "medication"),
    // "educ", the stem of "education"; "educated" (how much schooling) stays with it.
    ("educate", "educate"),
    ("educates", "educate"),
    ("educating", "educate"),
    // "demand", the market's.
    ("demanding", "demanding"),
    // "busi", the stem of "business" ("busier" and "busiest" are read as "busy").
    ("busy", "busy"),
    // "organ", the stem of "organized" and "organizational" (the skill).
    ("organizations", "organizations"),
    // "offic", the stem of "office" (the workplace): a police officer is not office work.
    ("officer", "officer"),
    ("officers", "officer"),
    // "attend", the verb ("attend job fairs"): a flight attendant attends nothing.
    ("attendant", "attendant"),
    ("attendants", "attendant"),
];

/// The English stemmer, with the words of [`KEPT_APART`] given their own stems.
#[derive(Clone, Copy, Debug, Default)]
pub struct EnglishStemmer;

impl TokenFilter for EnglishStemmer {
    type Tokenizer<T: Tokenizer> = EnglishStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EnglishStemmerFilter<T> {
        EnglishStemmerFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct EnglishStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for EnglishStemmerFilter<T> {
    type TokenStream<'a> = EnglishStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EnglishStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

pub struct EnglishStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
}

impl<T: TokenStream> TokenStream for EnglishStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stem = match KEPT_APART.iter().find(|(word, _)| *word == token.text) {
            Some((_, stem)) => Cow::Borrowed(*stem),
            None => self.stemmer.stem(&token.text),
        };
        if stem != token.text.as_str() {
            token.text = stem.into_owned();
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
