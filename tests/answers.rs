//! How the answer engine decides, specified on a small guide of the tests' own (a Dental
//! Receptionist guide with the bundled thesaurus), so each behaviour is pinned without the
//! bundled guide's wording; the few that need that wording say so.

mod common;

use careerbot::answer::{Answer, CandidateTrace, Engine, Explanation};
use std::path::{Path, PathBuf};

const GUIDE: &str = "---\ntitle: Dental Receptionist\nsource: careerbot test guide\ndate: 2026\n---\n\n\
## Salary\n\n<!-- topic: salary -->\n\n\
Dental Receptionists in the United States typically earn $34,000 to $42,000 a year.\n\n\
In Canada, Dental Receptionists earn CAD 38,000 to CAD 46,000 a year.\n\n\
## Education\n\n<!-- topic: education -->\n\n\
Most Dental Receptionists need only a high school diploma; some practices prefer a short front-office certificate.\n\n\
Bachelor's degrees in business cost $40,000 or more and take four years of full-time study.\n\n\
## Daily Work\n\n<!-- topic: duties -->\n\n\
Dental Receptionists greet patients, book cleanings and work closely with hygienists and nurses to keep the day on time.\n\n\
## Job Market\n\n<!-- topic: market -->\n\n\
Entry-level front-desk openings draw many applicants, so competition for a first job is stiff.\n\n\
## Career Path\n\n<!-- topic: career-path -->\n\n\
### Senior Dental Receptionist\n\n\
Senior Dental Receptionists run the front desk and train new staff.\n\n\
## Related Careers\n\n<!-- topic: related-careers -->\n\n\
Explore similar roles that might suit you:\n\n\
- Medical Receptionist: front-desk work in a doctor's office.\n\
- Dental Assistant: chairside work with the dentist.\n";

/// An engine over the test guide and the bundled thesaurus, with an index of the test's own.
fn engine(name: &str) -> Engine {
    let dir = common::temp_dir(name);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("dental-receptionist.md"), GUIDE).unwrap();
    std::fs::copy(
        common::bundled_corpus().join("thesaurus.txt"),
        corpus.join("thesaurus.txt"),
    )
    .unwrap();
    careerbot::cli::open_engine(&corpus, &index_dir(&dir)).unwrap()
}

/// An engine over one guide of a test's own, without a thesaurus.
fn engine_over(name: &str, guide: &str) -> Engine {
    let dir = common::temp_dir(name);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("dental-receptionist.md"), guide).unwrap();
    careerbot::cli::open_engine(&corpus, &index_dir(&dir)).unwrap()
}

/// An engine over the bundled guide, for behaviours only its wording shows.
fn bundled_engine(name: &str) -> Engine {
    let dir = common::temp_dir(name);
    careerbot::cli::open_engine(&common::bundled_corpus(), &index_dir(&dir)).unwrap()
}

fn index_dir(dir: &Path) -> PathBuf {
    dir.join("index")
}

/// The candidate from `section` among those an explanation ranked.
fn candidate<'a>(explanation: &'a Explanation, section: &str) -> &'a CandidateTrace {
    explanation
        .candidates
        .iter()
        .find(|c| c.section == section)
        .unwrap()
}

fn first_snippet(answer: &Answer) -> &str {
    assert!(answer.answered, "{answer:?}");
    &answer.citations[0].snippet
}

fn first_section(answer: &Answer) -> &str {
    assert!(answer.answered, "{answer:?}");
    &answer.citations[0].section
}

/// Asserts that a question after each opener, and before each closer, is answered with the
/// quote it gets alone.
fn assert_wrapped_answered_as_alone(
    engine: &Engine,
    question: &str,
    openers: &[&str],
    closers: &[&str],
) {
    let alone = engine.answer(question);
    let opened = openers.iter().map(|opener| format!("{opener}{question}"));
    let closed = closers.iter().map(|closer| format!("{question} {closer}"));
    for message in opened.chain(closed) {
        let with = engine.answer(&message);
        assert_eq!(
            first_snippet(&with),
            first_snippet(&alone),
            "{message}: {with:?}"
        );
    }
}

#[test]
fn a_career_named_only_in_passing_does_not_answer_a_question_about_its_pay() {
    // On the bundled guide, where "Collaborates with nurses" stands in a passage that also
    // says "registration", so it covers the question's words without answering it.
    let engine = bundled_engine("answers-passing-career");
    let answer = engine.answer("what is the salary of a registered nurse");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn an_introduction_ending_in_a_colon_is_never_the_answer() {
    let engine = engine("answers-introduction");
    let answer = engine.answer("what are some similar roles");
    for citation in &answer.citations {
        assert!(!citation.snippet.trim_end().ends_with(':'), "{citation:?}");
    }
    assert!(
        first_snippet(&answer).contains("Receptionist"),
        "{answer:?}"
    );
}

#[test]
fn a_short_typo_of_a_thesaurus_word_is_understood() {
    let engine = engine("answers-short-typo");
    let (answer, explanation) = engine.answer_explained("how much is the pya");
    assert!(
        explanation
            .understood
            .corrections
            .contains(&("pya".to_string(), "pay".to_string())),
        "{:?}",
        explanation.understood.corrections
    );
    assert!(first_snippet(&answer).contains("$34,000"), "{answer:?}");
}

#[test]
fn words_typed_joined_are_read_apart_not_respelled() {
    // "alot" is a lot, not the English "allot" the speller found nearest.
    let engine = bundled_engine("answers-joined-words");
    let (_, explanation) = engine.answer_explained("is there alot of paperwork");
    assert!(
        explanation.understood.corrections.is_empty(),
        "{:?}",
        explanation.understood.corrections
    );
    assert!(
        explanation.understood.words.iter().any(|w| w.word == "lot"),
        "{:?}",
        explanation.understood.words
    );
}

#[test]
fn a_word_in_several_fields_of_a_passage_counts_less_than_their_sum() {
    // The Salary section's heading and aliases say "salary"; a Daily Work line says it once.
    let guide = "---\ntitle: Dental Receptionist\nsource: test\ndate: 2026\n---\n\n\
                 ## Salary\n\n<!-- aliases: salary range -->\n\n\
                 A salary of $34,000 to $42,000 is typical.\n\n\
                 ## Daily Work\n\n\
                 Receptionists answer questions about salary deductions for dental plans.\n";
    let engine = engine_over("answers-field-tie", guide);
    let share_of_salary_section = |engine: &Engine| {
        let (_, explanation) = engine.answer_explained("salary");
        candidate(&explanation, "Salary").bm25 / candidate(&explanation, "Daily Work").bm25
    };
    let mut summed = engine.tuning();
    summed.field_tie_breaker = 1.0;
    let as_one_word = share_of_salary_section(&engine);
    let engine = engine.with_tuning(summed);
    assert!(as_one_word < share_of_salary_section(&engine));
}

#[test]
fn a_heading_writing_only_another_word_of_the_stem_covers_less_than_the_word_itself() {
    // "Practices" stems like "practical" but is another word.
    let guide = "---\ntitle: Dental Receptionist\nsource: test\ndate: 2026\n---\n\n\
                 ## Practices\n\n\
                 Several offices hire receptionists across the country.\n\n\
                 ## Daily Work\n\n\
                 Receptionists stay practical by keeping one calendar for every dentist.\n";
    let engine = engine_over("answers-derived-heading", guide);
    let (_, explanation) = engine.answer_explained("how practical are they");
    assert!(
        candidate(&explanation, "Practices").coverage
            < candidate(&explanation, "Daily Work").coverage
    );
}

#[test]
fn how_big_a_part_of_the_job_something_is_asks_about_the_thing() {
    // On the bundled guide, where "big" found its "Large hospital systems".
    let engine = bundled_engine("answers-big-part");
    let answer = engine.answer("is data entry a big part of it");
    assert!(first_snippet(&answer).contains("data entry"), "{answer:?}");
}

#[test]
fn a_question_naming_a_country_but_asking_what_the_guide_never_mentions_is_declined() {
    let engine = engine("answers-unknown-ask");
    let answer = engine.answer("how is the weather in canada for work");
    assert!(!answer.answered, "{answer:?}");
    assert!(!answer.suggestions.is_empty());
}

#[test]
fn a_question_naming_a_country_is_answered_with_that_country() {
    let engine = engine("answers-country");
    let answer = engine.answer("how much do they make in canada");
    assert!(first_snippet(&answer).contains("CAD 38,000"), "{answer:?}");
}

#[test]
fn a_city_is_read_as_its_country() {
    // On the bundled guide, whose thesaurus lists the larger cities of the countries it
    // gives pay for: people name where they live, not always its country.
    let engine = bundled_engine("answers-city");
    let answer = engine.answer("what do coordinators make in toronto");
    assert!(first_snippet(&answer).contains("CAD 45,000"), "{answer:?}");
}

#[test]
fn what_one_needs_at_home_asks_for_the_home_setup() {
    // On the bundled guide, whose Remote Work section opens on what international remote work
    // requires and closes on the internet and workspace a home needs.
    let engine = bundled_engine("answers-home-setup");
    let answer = engine.answer("what do i need at home to work remotely");
    assert!(
        first_snippet(&answer).contains("dedicated workspace"),
        "{answer:?}"
    );
}

#[test]
fn being_needed_on_site_asks_for_the_physical_presence() {
    // On the bundled guide, whose Remote Work section opens on international remote work and
    // whose FAQ says the role often requires a physical presence.
    let engine = bundled_engine("answers-on-site");
    let answer = engine.answer("why do most coordinator jobs need you on site");
    assert!(
        first_snippet(&answer).contains("physical presence"),
        "{answer:?}"
    );
}

#[test]
fn where_the_jobs_are_asks_for_the_geographic_hotspots() {
    // On the bundled guide, whose Market Commentary names the metropolitan areas as hotspots.
    let engine = bundled_engine("answers-where-jobs");
    let answer = engine.answer("where are most jobs for coordinators");
    assert!(
        first_snippet(&answer).contains("metropolitan"),
        "{answer:?}"
    );
}

#[test]
fn a_perk_the_guide_never_names_is_declined() {
    // On the bundled guide, which names professional development allowances and no other.
    let engine = bundled_engine("answers-perk-unnamed");
    let answer = engine.answer("do remote pccs get a phone allowance");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_perk_the_guide_names_in_other_words_is_answered() {
    // The thesaurus reads tuition reimbursement as the guide's professional development
    // allowances.
    let engine = bundled_engine("answers-perk-named");
    let answer = engine.answer("do coordinators get tuition reimbursement");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("allowances"), "{answer:?}");
}

#[test]
fn a_stipend_is_read_as_an_allowance() {
    // So a stipend for what the guide names no allowance for is declined like one.
    let engine = bundled_engine("answers-stipend");
    let answer = engine.answer("is there a remote stipend for home office equipment");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn being_allowed_to_do_something_is_not_asking_for_an_allowance() {
    // Was declined as asking for a perk by name: "allowed" shares the stem of "allowance".
    let engine = bundled_engine("answers-allowed-not-allowance");
    let answer = engine.answer("would my wife and kids be allowed to join me on a work visa");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("Family"), "{answer:?}");
}

#[test]
fn a_package_the_guide_never_names_is_declined_like_a_perk() {
    // Visa & Immigration speaks of relocation, but of no package that comes with a job.
    let engine = bundled_engine("answers-package");
    let answer = engine.answer("do coordinators get a relocation package");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_pay_package_is_the_pay() {
    // Read whole as "compensation", so "package" is not asked for as a perk of its own.
    let engine = bundled_engine("answers-pay-package");
    let answer = engine.answer("what's the compensation package like in canada");
    assert!(first_snippet(&answer).contains("CAD 45,000"), "{answer:?}");
}

#[test]
fn a_claim_reported_to_be_checked_is_asked_about_itself() {
    // "says" and "true" frame the claim; searched for, they covered too little of any passage.
    let engine = bundled_engine("answers-reported-claim");
    let answer = engine.answer("my cousin says pccs are underpaid for what they do, true?");
    assert!(
        first_snippet(&answer).contains("commensurate pay"),
        "{answer:?}"
    );
}

#[test]
fn travelling_the_world_while_working_asks_about_digital_nomads() {
    let engine = bundled_engine("answers-travelling");
    let answer = engine.answer("any chance of doing this job while travelling the world");
    assert!(
        first_snippet(&answer).contains("Digital nomad"),
        "{answer:?}"
    );
}

#[test]
fn keeping_ones_cool_with_angry_patients_asks_about_distressed_patients() {
    let engine = bundled_engine("answers-losing-it");
    let answer = engine.answer("how do coordinators handle angry patients without losing it");
    assert!(
        first_snippet(&answer).contains("and families, requiring constant emotional resilience"),
        "{answer:?}"
    );
}

#[test]
fn whether_something_no_guide_names_is_required_is_declined() {
    // "required" and the career's name cover most of the question; the car is what is asked.
    let engine = bundled_engine("answers-required-thing");
    let answer = engine.answer("is a car required for pcc jobs");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn the_cheapest_schooling_asks_for_the_cost_effective_route() {
    // Not the four-year degree's cost, which the guide states first.
    let engine = bundled_engine("answers-cheapest");
    let answer = engine.answer("cheapest schooling option for this job");
    assert!(
        first_snippet(&answer).contains("cost-effective"),
        "{answer:?}"
    );
}

#[test]
fn what_hospitals_and_clinics_want_of_applicants_is_answered_by_the_qualifications() {
    // Skills & Qualifications, tagged with education too, says how requirements vary by
    // facility; the Education & Training section only that big hospitals value degrees.
    let engine = bundled_engine("answers-facility-requirements");
    let answer = engine.answer("do big hospitals want certs more than small clinics");
    assert!(
        first_snippet(&answer).contains("often prefer candidates with formal"),
        "{answer:?}"
    );
}

#[test]
fn the_careers_a_coordinator_works_with_are_asked_about() {
    // "nurses" beside the guide's own career had been set aside as the asker's background.
    let engine = bundled_engine("answers-worked-beside");
    let answer = engine.answer("do pccs get along with nurses usually");
    assert!(
        first_snippet(&answer).contains("effectively with doctors"),
        "{answer:?}"
    );
}

#[test]
fn whether_something_no_guide_names_helps_is_declined() {
    // "hired" is the guide's word; being bilingual, which it never mentions, is what is asked.
    let engine = bundled_engine("answers-helping-thing");
    let answer = engine.answer("does being bilingual help me get hired as a pcc?");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn qualifying_for_a_visa_in_a_country_asks_about_visas() {
    // "qualify" says how to become one too; "visas", written as the thesaurus' visa topic
    // does, keeps the question on visas, where the guide names the country.
    let engine = bundled_engine("answers-skilled-visas");
    let answer = engine.answer(
        "I want to move to Canada someday. Do coordinators qualify for skilled visas there?",
    );
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("worker"), "{answer:?}");
}

#[test]
fn the_asker_named_again_is_not_what_is_asked_about() {
    // "myself" had been the thing asked, a word no guide uses, and the question was declined.
    let engine = bundled_engine("answers-reflexive");
    let answer = engine.answer("how should i prep myself for the hard parts of this job");
    assert!(
        first_snippet(&answer).contains("Developing resilience"),
        "{answer:?}"
    );
}

#[test]
fn a_side_of_the_job_is_asked_of_the_job() {
    // "side" is no word of the guides; what it is a side of is what is asked about.
    let engine = bundled_engine("answers-side-of");
    let answer = engine.answer("how do i prepare for the stressful side of being a pcc");
    assert!(
        first_snippet(&answer).contains("Developing resilience"),
        "{answer:?}"
    );
}

#[test]
fn explain_like_im_five_asks_for_nothing_of_its_own() {
    // "explain" had read as educating, and "five" as a figure.
    let engine = bundled_engine("answers-eli5");
    let answer = engine.answer("explain like i'm five what a care coordinator does");
    assert!(
        first_snippet(&answer).contains("central navigator"),
        "{answer:?}"
    );
}

#[test]
fn a_hiring_manager_is_an_employer_not_the_manager_level() {
    let engine = bundled_engine("answers-hiring-manager");
    let answer = engine.answer("what do hiring managers value more, experience or a degree");
    assert!(
        first_snippet(&answer).contains("as much as, if not more than"),
        "{answer:?}"
    );
}

#[test]
fn booking_visits_is_scheduling_them() {
    let engine = bundled_engine("answers-booking");
    let answer = engine.answer("do pccs book follow-up visits");
    assert!(
        first_snippet(&answer).contains("diagnostic tests"),
        "{answer:?}"
    );
}

#[test]
fn why_people_quit_asks_about_burnout() {
    let engine = bundled_engine("answers-quitting");
    let answer = engine.answer("why do so many coordinators quit");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn words_standing_together_as_a_compound_the_guide_writes_ask_for_the_compound() {
    // The guide writes "patient-facing"; "face" alone ("challenges Coordinators face") is
    // not what was asked.
    let engine = bundled_engine("answers-compound");
    let answer = engine.answer("is this a patient facing job");
    assert!(
        first_snippet(&answer).contains("patient-facing"),
        "{answer:?}"
    );
}

#[test]
fn newer_coordinators_are_the_less_experienced_ones() {
    let engine = bundled_engine("answers-newer");
    let answer = engine.answer("how do seniors help the newer ones");
    assert!(
        first_snippet(&answer).contains("Provides guidance"),
        "{answer:?}"
    );
}

#[test]
fn tracking_down_insurance_approvals_is_obtaining_pre_authorizations() {
    let engine = bundled_engine("answers-approvals");
    let answer = engine.answer("do coordinators have to track down insurance approvals");
    assert!(
        first_snippet(&answer).contains("pre-authorizations"),
        "{answer:?}"
    );
}

#[test]
fn benefits_asked_of_a_country_are_answered_from_its_pay() {
    // "benefits" read as the pros of the job, which no country's passage is about.
    let engine = bundled_engine("answers-benefits-country");
    let answer = engine.answer("are the benefits good for coordinators in germany");
    assert!(
        first_snippet(&answer).contains("robust social"),
        "{answer:?}"
    );
}

#[test]
fn pay_weighed_against_a_career_no_guide_covers_is_declined() {
    // On the bundled guide, which gives a coordinator's pay but no medical assistant's.
    let engine = bundled_engine("answers-pay-against-another");
    let answer = engine.answer("pcc vs medical assistant which pays more");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_level_named_in_passing_still_answers_when_the_guide_is_organised_by_levels() {
    let engine = engine("answers-passing-level");
    let answer = engine.answer("is it hard to find an entry-level job");
    assert!(first_snippet(&answer).contains("competition"), "{answer:?}");
}

#[test]
fn agreeing_on_the_topic_does_not_cover_a_question_mostly_in_words_the_guide_never_uses() {
    // On the bundled guide, where "salary" alone covers less than the bar and only topic
    // agreement could carry it over.
    let engine = bundled_engine("answers-unknown-words");
    let answer = engine.answer("what is the salary of an astronaut on mars");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_question_whose_only_words_are_generic_and_unknown_to_the_guide_is_declined() {
    let engine = engine("answers-generic-unknown");
    let answer = engine.answer("how old are most dental receptionists");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_question_naming_only_the_career_is_answered() {
    let engine = engine("answers-only-the-career");
    let answer = engine.answer("tell me about dental receptionists");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn a_place_the_person_only_says_they_are_from_does_not_decline_their_question() {
    let engine = engine("answers-told-place");
    let answer = engine.answer("I'm from Ohio. How much do dental receptionists earn?");
    assert!(first_snippet(&answer).contains("$34,000"), "{answer:?}");
}

#[test]
fn chat_shorthand_the_thesaurus_does_not_know_does_not_decline_the_question() {
    // On the bundled guide, whose thesaurus knows neither "dis" nor "jb": scraps of shorthand,
    // not names of something the guide lacks.
    let engine = bundled_engine("answers-shorthand");
    let answer = engine.answer("is it possible to do dis jb remotly");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn asking_what_something_the_guide_never_mentions_is_is_declined() {
    // On the bundled guide, which mentions 401(k) matching but never vesting.
    let engine = bundled_engine("answers-what-is-unknown");
    let answer = engine.answer("what's 401k vesting");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn how_to_become_another_career_is_declined() {
    // On the bundled guide, which mentions doctors but says how to become a coordinator.
    let engine = bundled_engine("answers-become-another");
    assert!(!engine.answer("how do i become a doctor").answered);
    assert!(engine.answer("how do i become a coordinator").answered);
    assert!(engine.answer("can i become a manager eventually").answered);
}

#[test]
fn a_count_is_answered_only_by_a_figure_counting_what_was_asked() {
    let engine = engine("answers-counted");
    // The guide states years of study, never hours of anything.
    assert!(
        !engine
            .answer("how many hours of study does the degree take")
            .answered
    );
    assert!(
        first_snippet(&engine.answer("how many years does a bachelor's degree take"))
            .contains("take four")
    );
}

#[test]
fn what_the_person_tells_of_themselves_says_nothing_of_the_topic() {
    // On the bundled guide's thesaurus, where "office" signals the work environment.
    let engine = bundled_engine("answers-context-topic");
    let (answer, explanation) = engine
        .answer_explained("I work as a receptionist at a dental office. Australia salary pcc?");
    assert_eq!(
        explanation.understood.topic.map(|t| t.as_str().to_string()),
        Some("salary".to_string())
    );
    assert!(first_snippet(&answer).contains("AUD 50,000"), "{answer:?}");
}

#[test]
fn what_the_person_tells_of_themselves_never_makes_the_question_unknown() {
    // "hoping" is a word the bundled guide never uses, but it is not what is asked.
    let engine = bundled_engine("answers-context-unknown");
    let answer =
        engine.answer("hi there, hoping someone can help. what does a pcc actually do all day");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn the_highest_paying_row_of_a_table_answers_a_question_for_the_highest() {
    // On the bundled guide, whose salary table runs from junior ($39k) to manager ($75k).
    let engine = bundled_engine("answers-extreme-row");
    assert!(first_snippet(&engine.answer("highest paying level")).contains("$75k"));
    assert!(first_snippet(&engine.answer("lowest paid level")).contains("$39k"));
}

#[test]
fn a_heading_that_only_names_the_career_does_not_make_its_section_the_answer() {
    // Every FAQ heading of the bundled guide names the career; "Work Environment" does not.
    let engine = bundled_engine("heading-names-the-career");
    let answer = engine.answer("Where do patient care coordinators usually work?");
    assert!(
        first_snippet(&answer).contains("hospitals, clinics"),
        "{answer:?}"
    );
}

#[test]
fn how_to_prepare_for_something_quotes_the_advice_not_the_problem() {
    let engine = bundled_engine("how-to-quotes-the-way");
    let answer = engine.answer("how can i prepare for the challenges");
    assert!(
        first_snippet(&answer).contains("Developing resilience"),
        "{answer:?}"
    );
}

#[test]
fn where_to_find_jobs_is_answered_by_where_they_are_listed() {
    let engine = bundled_engine("where-to-find");
    let answer = engine.answer("where do i find remote coordinator jobs");
    assert!(
        first_snippet(&answer).contains("Platforms like LinkedIn"),
        "{answer:?}"
    );
}

#[test]
fn where_to_get_something_no_passage_gives_a_source_for_is_declined() {
    // The bundled guide names the IELTS among visa requirements, and nowhere to take it.
    let engine = bundled_engine("where-to-get-unsourced");
    let answer = engine.answer("where can i take the ielts test");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn getting_a_thing_the_guide_never_names_is_declined() {
    let engine = engine("gets-an-unknown-thing");
    let answer = engine.answer("do dental receptionists get a company car");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_rate_of_something_the_guide_states_no_figure_for_is_declined() {
    let engine = bundled_engine("rate-without-figure");
    let answer = engine.answer("what's the turnover rate for pccs");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_short_word_the_guide_only_writes_longer_is_not_known_to_it() {
    // The bundled guide writes "aging", never "age".
    let engine = bundled_engine("age-is-not-aging");
    let answer = engine.answer("whats the retirement age for pccs");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn pay_asked_of_no_country_is_not_answered_with_another_country_s_figures() {
    let engine = bundled_engine("pay-in-the-home-market");
    let answer = engine.answer("pay after a few years?");
    let snippet = first_snippet(&answer);
    assert!(
        !["Australia", "Germany", "UK", "Brazil"]
            .iter()
            .any(|country| snippet.contains(country)),
        "{answer:?}"
    );
}

#[test]
fn the_longer_of_two_overlapping_names_names_the_entity() {
    // "case manager" is another career in the bundled thesaurus, "manager" a level.
    let engine = bundled_engine("case-manager-is-not-a-level");
    let answer = engine.answer("is a pcc the same as a case manager");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_section_headed_by_another_level_does_not_answer_for_the_level_it_mentions() {
    // "Junior › Key Focus Areas" mentions seeking mentorship from senior coordinators.
    let engine = bundled_engine("section-headed-by-another-level");
    let answer = engine.answer("what do senior pccs focus on");
    assert!(answer.answered, "{answer:?}");
    assert!(
        answer.citations[0].section.contains("Senior"),
        "{:?}",
        answer.citations[0]
    );
}

#[test]
fn a_section_headed_by_another_level_is_not_preferred_for_the_level_the_asker_holds() {
    // "Senior › Key Focus Areas" mentions mentoring junior coordinators.
    let engine = bundled_engine("told-level-headed-by-another");
    let answer = engine.answer("I'm currently a junior pcc. what should I focus on to move up?");
    assert!(answer.answered, "{answer:?}");
    assert!(
        !answer.citations[0].section.contains("Senior"),
        "{:?}",
        answer.citations[0]
    );
}

#[test]
fn a_price_is_answered_only_by_a_figure_for_what_was_priced() {
    // The bundled guide prices degrees, certificates and courses, and names the CMAA unpriced.
    let engine = bundled_engine("price-of-what-was-asked");
    let priced = engine.answer("how much does an associate degree cost");
    assert!(
        first_snippet(&priced).contains("$5,000-$20,000"),
        "{priced:?}"
    );
    let unpriced = engine.answer("how much does the cmaa cost");
    assert!(!unpriced.answered, "{unpriced:?}");
}

#[test]
fn a_subsection_reads_under_its_parent_heading_too() {
    // In the bundled guide "Diversity & Inclusion" heads both its introduction and its
    // "Resources & Support Networks", which alone names scholarships.
    let engine = bundled_engine("parent-heading-credit");
    let answer =
        engine.answer("are there any scholarships for minorities going into healthcare admin");
    assert!(
        first_snippet(&answer).contains("scholarships"),
        "{answer:?}"
    );
}

#[test]
fn a_heading_repeated_under_each_level_reads_with_its_level() {
    // In the bundled guide every level has its own "Key Focus Areas", which alone says
    // what to learn; the level's own section describes the work.
    let engine = bundled_engine("repeated-heading");
    let answer = engine.answer("what should a junior coordinator focus on learning");
    assert!(answer.answered, "{answer:?}");
    assert_eq!(
        answer.citations[0].section,
        "Career Path › Junior Patient Care Coordinator › Key Focus Areas"
    );
}

#[test]
fn years_into_the_career_ask_of_the_level_they_make() {
    // The bundled guide gives each level its years ("Senior…: Experience: 4-7 years").
    let engine = bundled_engine("years-make-a-level");
    let answer = engine.answer(
        "Been a PCC for about 5 years now at a mid size clinic. Whats a fair salary for someone at my level?",
    );
    assert!(first_snippet(&answer).contains("$55k"), "{answer:?}");
}

#[test]
fn the_row_of_the_level_told_years_make_answers_though_it_holds_few_of_the_words() {
    // "expect" and "years" are in a sentence on UK pay; the lead's row holds neither.
    let engine = bundled_engine("told-years-answer");
    let answer = engine.answer("I've been a coordinator for 8 years. What pay should I expect?");
    assert!(first_snippet(&answer).contains("$62k"), "{answer:?}");
}

#[test]
fn what_comes_after_a_level_is_the_next_level_of_the_ladder() {
    // The bundled guide's years run on: the lead's 7-10 start where the senior's 4-7 end.
    let engine = bundled_engine("after-a-level");
    let answer = engine.answer("what's the step after senior coordinator");
    assert_eq!(
        answer.citations[0].section, "Career Path › Lead Patient Care Coordinator",
        "{answer:?}"
    );
    let answer = engine.answer("whats after lead pcc");
    assert_eq!(
        answer.citations[0].section, "Career Path › Patient Care Manager",
        "{answer:?}"
    );
}

#[test]
fn the_next_step_from_the_level_the_asker_tells_is_the_level_after_it() {
    let engine = bundled_engine("next-step-from-told-level");
    let answer = engine.answer(
        "I've been a senior coordinator for a while and I'm bored. What's the next step up for me?",
    );
    assert_eq!(
        answer.citations[0].section, "Career Path › Lead Patient Care Coordinator",
        "{answer:?}"
    );
}

#[test]
fn a_country_asked_about_is_answered_from_the_global_section_on_its_topics() {
    // The bundled guide speaks of Canada's demand only in its visa passage.
    let engine = bundled_engine("country-demand");
    let answer = engine.answer("are coordinators in demand in canada");
    assert!(first_snippet(&answer).contains("Canada"), "{answer:?}");
    assert_eq!(
        answer.citations[0].section,
        "Global Patient Care Coordinator Opportunities › Visa & Immigration"
    );
    // Education in Canada is not what that passage speaks of.
    let answer = engine.answer("is there a pcc certification in canada");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn years_in_another_career_do_not_make_a_level() {
    let engine = bundled_engine("years-in-another-career");
    let answer = engine.answer(
        "I've been a medical receptionist for 5 years. What salary could I expect as a coordinator?",
    );
    assert!(!first_snippet(&answer).contains("$55k"), "{answer:?}");
}

#[test]
fn a_question_pointing_back_asks_about_what_was_told() {
    // "Is that normal?" holds no word the bundled guide uses; what it asks about is told.
    let engine = bundled_engine("points-back");
    let answer = engine.answer(
        "I'm a PCC in a hospital and they want me to learn ICD-10 coding. Is that normal for this job?",
    );
    assert!(first_snippet(&answer).contains("ICD-10"), "{answer:?}");
}

#[test]
fn a_state_asked_of_without_naming_one_is_declined() {
    // The bundled guide gives national figures only; "United States" is not a state.
    let engine = bundled_engine("unnamed-state");
    let answer = engine.answer("whats the best state to be a pcc in");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_figure_stated_of_the_level_asked_about_answers_whatever_the_verb() {
    // The bundled guide never says "stay"; it gives the junior level "0-2 years".
    let engine = bundled_engine("figure-of-the-named");
    let answer = engine.answer("how long do people stay junior");
    assert!(
        first_snippet(&answer).contains("Experience: 0-2"),
        "{answer:?}"
    );
}

#[test]
fn the_explanation_says_why_a_question_was_declined() {
    let engine = engine("decline-reason");
    let (answer, why) = engine.answer_explained("best pizza near me");
    assert!(!answer.answered, "{answer:?}");
    assert!(
        matches!(
            why.declined,
            Some(careerbot::answer::Declined::NothingCoversEnough { .. })
        ),
        "{:?}",
        why.declined
    );
    let (answer, why) = engine.answer_explained("what do dental receptionists earn in canada");
    assert!(answer.answered && why.declined.is_none(), "{answer:?}");
}

#[test]
fn a_length_of_something_the_guide_never_names_is_declined() {
    // The bundled guide states how long entry takes ("Breaking into…"), and no lunch breaks.
    let engine = bundled_engine("length-of-the-unnamed");
    let answer = engine.answer("how long is the lunch break");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn when_one_reaches_a_level_is_answered_by_the_years_it_takes() {
    let engine = bundled_engine("when-one-becomes");
    let answer = engine.answer("when do you become a lead");
    assert!(first_snippet(&answer).contains("7-10"), "{answer:?}");
}

#[test]
fn the_foremost_of_a_list_is_its_first_item() {
    // The guide lists soft skills with "Essential", "Crucial", "Vital"…: only the order says
    // which comes first.
    let engine = bundled_engine("foremost-listed");
    let answer = engine.answer("which soft skills matter most");
    assert!(
        first_snippet(&answer).contains("Empathetic Communication"),
        "{answer:?}"
    );
}

#[test]
fn a_misspelt_word_of_degree_after_how_is_not_a_country() {
    // "mutch" is a letter from "dutch" (the Netherlands, which the guide never covers).
    let engine = bundled_engine("how-mutch");
    let answer = engine.answer("how mutch do junior cordinators make");
    assert!(first_snippet(&answer).contains("$39k"), "{answer:?}");
}

#[test]
fn two_levels_weighed_against_each_other_are_quoted_together() {
    let engine = bundled_engine("two-levels");
    let answer = engine.answer("senior vs lead pay");
    let snippet = first_snippet(&answer);
    assert!(
        snippet.contains("$55k") && snippet.contains("$62k"),
        "{answer:?}"
    );
}

#[test]
fn one_level_asked_is_quoted_alone() {
    let engine = bundled_engine("one-level");
    let answer = engine.answer("senior pcc pay");
    let snippet = first_snippet(&answer);
    assert!(
        snippet.contains("$55k") && !snippet.contains("$62k"),
        "{answer:?}"
    );
}

#[test]
fn a_list_asked_for_as_a_whole_is_quoted_from_its_first_item() {
    // Every technical skill reads under "Technical Skills" alike; the guide lists EHR first.
    let engine = bundled_engine("whole-list");
    let answer = engine.answer("what technical skills does a coordinator need");
    assert!(
        first_snippet(&answer).contains("Electronic Health Record"),
        "{answer:?}"
    );
}

#[test]
fn years_asked_of_in_the_question_ask_about_the_level_they_make() {
    // The guide gives the lead "Experience: 7-10 years"; its FAQ speaks of "several years".
    let engine = bundled_engine("years-asked");
    let answer = engine.answer("whats the salary for a pcc with 8 years experience");
    assert!(first_snippet(&answer).contains("$62k"), "{answer:?}");
}

#[test]
fn a_message_asking_two_things_gets_a_quote_for_each_in_the_order_asked() {
    let engine = engine("two-questions");
    let (answer, explanation) =
        engine.answer_explained("do I need a degree and how much does it pay?");
    assert_eq!(
        explanation.parts,
        ["do I need a degree", "how much does it pay?"]
    );
    let sections: Vec<&str> = answer
        .citations
        .iter()
        .map(|c| c.section.as_str())
        .collect();
    assert_eq!(sections[..2], ["Education", "Salary"]);
}

#[test]
fn a_second_question_the_guide_does_not_cover_is_named_beside_the_first_ones_answer() {
    let engine = engine("two-questions-one-uncovered");
    let answer = engine.answer("How much do they earn? And do they need to wear scrubs?");
    assert!(first_snippet(&answer).contains("$34,000"));
    assert_eq!(
        answer.message.as_deref(),
        Some("The Dental Receptionist guide doesn't cover “do they need to wear scrubs”, so I won't guess.")
    );
}

#[test]
fn a_question_pointing_back_at_the_one_before_is_not_answered_apart() {
    let engine = engine("follow-up");
    let (_, explanation) =
        engine.answer_explained("what do they earn? is that enough to pay for a degree?");
    assert!(explanation.parts.is_empty(), "{:?}", explanation.parts);
}

#[test]
fn checking_insurance_covers_something_is_verifying_eligibility() {
    let engine = bundled_engine("answers-check-insurance");
    let answer = engine.answer("who checks if the patient's insurance covers stuff");
    let quote = first_snippet(&answer).to_lowercase();
    assert!(
        quote.contains("verif") && quote.contains("eligibility"),
        "{answer:?}"
    );
}

#[test]
fn falling_short_is_a_skill_gap() {
    let engine = bundled_engine("answers-fall-short");
    let answer = engine.answer("where do coordinators tend to fall short skill wise these days");
    assert!(first_snippet(&answer).contains("Skill gaps"), "{answer:?}");
}

#[test]
fn an_area_of_medicine_is_a_specialty() {
    let engine = bundled_engine("answers-area-of-medicine");
    let answer = engine.answer("which areas of medicine need coordinators most");
    assert!(first_snippet(&answer).contains("oncology"), "{answer:?}");
}

#[test]
fn keeping_from_something_is_avoiding_it() {
    let engine = bundled_engine("answers-keep-from");
    let answer = engine.answer("how do i keep from burning out in this role");
    let quote = first_snippet(&answer);
    assert!(
        ["burnout", "resilience", "coping"]
            .iter()
            .any(|way| quote.contains(way)),
        "{answer:?}"
    );
}

#[test]
fn naming_some_careers_close_to_this_one_asks_for_related_careers() {
    let engine = bundled_engine("answers-name-some");
    let answer = engine.answer("name some careers close to this one");
    assert!(
        first_snippet(&answer).contains("Clinical Coordinator"),
        "{answer:?}"
    );
}

#[test]
fn a_career_path_is_a_track() {
    let engine = bundled_engine("answers-path-track");
    let answer = engine.answer("what career path options are there");
    assert!(
        first_snippet(&answer).contains("individual contributor"),
        "{answer:?}"
    );
}

#[test]
fn what_comes_next_asks_about_advancement() {
    let engine = bundled_engine("answers-comes-next");
    let answer = engine.answer("after lead coordinator what comes next");
    let section = first_section(&answer);
    assert!(
        section.contains("Career Path") || section.contains("career advancement"),
        "{answer:?}"
    );
}

#[test]
fn a_percentage_of_pay_asked_for_is_declined_when_only_sums_are_stated() {
    // The guide states pay as sums ("can increase to $50,000"), never a yearly raise in percent.
    let engine = bundled_engine("answers-percent-raise");
    let answer = engine.answer("what percent raise do coordinators get each year");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_percentage_the_guide_states_is_answered() {
    let engine = bundled_engine("answers-percent-growth");
    let answer = engine.answer("what percentage growth is expected for pcc jobs");
    assert!(first_snippet(&answer).contains("16%"), "{answer:?}");
}

#[test]
fn an_office_of_ones_own_is_a_subject_the_guide_does_not_cover() {
    let engine = bundled_engine("answers-own-office");
    let answer = engine.answer("do pccs get their own office");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn how_much_time_off_is_asked_of_a_figure_the_guide_never_states() {
    // The guide says benefits packages include paid time off, never how much.
    let engine = bundled_engine("answers-how-much-pto");
    let answer = engine.answer("how much pto do coordinators get");
    assert!(!answer.answered, "{answer:?}");
    let whether = engine.answer("do coordinators get pto");
    assert!(
        first_snippet(&whether).contains("paid time off"),
        "{whether:?}"
    );
}

#[test]
fn a_first_offer_is_entry_level_pay() {
    let engine = bundled_engine("answers-first-offer");
    let answer = engine.answer("what salary should i ask for in my first offer");
    let quote = first_snippet(&answer);
    assert!(
        quote.contains("$35,000 to $45,000") || quote.contains("$39k"),
        "{answer:?}"
    );
}

#[test]
fn running_a_department_is_management() {
    let engine = bundled_engine("answers-run-a-department");
    let answer = engine.answer("could a coordinator eventually run a whole department");
    let section = first_section(&answer);
    assert!(
        section.contains("Career Path") || section.contains("career advancement"),
        "{answer:?}"
    );
}

#[test]
fn a_typical_morning_or_afternoon_asks_for_the_daily_duties() {
    let engine = bundled_engine("answers-typical-afternoon");
    let answer = engine.answer("what does a coordinator get up to on a typical afternoon");
    let section = first_section(&answer);
    assert!(
        section.contains("day-to-day responsibilities") || section.contains("Key Responsibilities"),
        "{answer:?}"
    );
}

#[test]
fn a_passage_naming_no_country_speaks_of_the_guides_home_country() {
    // The guide names the US in its pay and global passages only; its work environment is
    // the US one without saying so.
    let engine = bundled_engine("answers-home-country");
    let answer = engine.answer("is the work fast paced in the us");
    assert!(
        first_section(&answer).contains("Work Environment"),
        "{answer:?}"
    );
}

#[test]
fn a_passage_naming_other_countries_does_not_speak_of_the_home_one() {
    // The visa passage's criminal-record sentence names no country, but its passage names
    // Canada, Australia and the UK: it is about moving there, not working in the US.
    let engine = bundled_engine("answers-home-country-visa");
    let answer = engine.answer("can i do this job with a criminal record in the us");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_question_asking_only_what_a_heading_names_is_answered_by_the_lead_sentence() {
    // Tools & Technologies opens with the EHR systems; a later sentence holds the word
    // "tools" itself ("Communication tools such as multi-line phone systems…").
    let engine = bundled_engine("answers-heading-asked");
    let answer = engine.answer("which tools do coordinators use");
    assert!(
        first_snippet(&answer).contains("Epic, Cerner, or Meditech"),
        "{answer:?}"
    );
}

#[test]
fn a_question_asking_where_is_not_answered_by_the_lead_sentence() {
    // "Remote" is Remote Work's heading, but "where" asks for the job boards it names last.
    let engine = bundled_engine("answers-heading-asked-where");
    let answer = engine.answer("where can i find remote coordinator jobs");
    assert!(first_snippet(&answer).contains("LinkedIn"), "{answer:?}");
}

#[test]
fn a_level_named_with_the_word_level_asks_about_that_level() {
    // "level" restates the kind of thing named; searched, it drew the pay-by-level table.
    let engine = bundled_engine("answers-manager-level");
    let answer = engine.answer("what does a manager level coordinator actually do all day");
    assert_eq!(
        first_section(&answer),
        "Career Path › Patient Care Manager",
        "{answer:?}"
    );
}

#[test]
fn a_room_of_ones_home_asks_about_remote_work() {
    let engine = bundled_engine("answers-living-room");
    let answer = engine.answer("can this job be done from my living room");
    let section = first_section(&answer);
    assert!(
        section.contains("Remote") || section.contains("work remotely"),
        "{answer:?}"
    );
}

#[test]
fn the_bad_side_of_a_job_asks_for_its_challenges() {
    let engine = bundled_engine("answers-bad-side");
    let answer = engine.answer("ok but whats the bad side of being a coordinator honestly");
    let section = first_section(&answer);
    assert!(
        section.ends_with("› Cons") || section.to_lowercase().contains("challenges"),
        "{answer:?}"
    );
}

#[test]
fn which_things_to_learn_is_answered_by_examples_of_them() {
    // Education & Training names "EHR systems" among areas to keep learning; Tools &
    // Technologies names the systems.
    let engine = bundled_engine("answers-which-ehr");
    let answer = engine.answer("which ehr systems should i learn");
    assert!(first_snippet(&answer).contains("Epic"), "{answer:?}");
}

#[test]
fn a_choice_between_experience_and_a_diploma_is_answered_by_the_comparison() {
    let engine = bundled_engine("answers-experience-or-diploma");
    let answer = engine.answer("do employers care more about experience or the diploma");
    assert!(first_snippet(&answer).contains("as much as"), "{answer:?}");
}

#[test]
fn a_nursing_home_is_a_workplace_not_working_from_home() {
    // "home" alone reads as working from home; the guides say "long-term care facilities".
    let engine = bundled_engine("answers-nursing-home");
    let answer = engine.answer("can a coordinator get hired at a nursing home");
    assert!(
        first_snippet(&answer).contains("long-term care facilities"),
        "{answer:?}"
    );
}

#[test]
fn never_going_into_an_office_asks_about_working_remotely() {
    let engine = bundled_engine("answers-never-in-office");
    let answer = engine.answer("is there a way to do this job and never go into an office");
    assert!(
        first_snippet(&answer).contains("remote") || first_snippet(&answer).contains("Remote"),
        "{answer:?}"
    );
}

#[test]
fn moving_sideways_asks_for_lateral_moves() {
    let engine = bundled_engine("answers-sideways");
    let answer = engine.answer("could a pcc make a sideways move into another role");
    assert!(
        first_snippet(&answer).contains("Lateral movement"),
        "{answer:?}"
    );
}

#[test]
fn jobs_on_the_rise_asks_about_demand_not_adoption() {
    // "on the rise" alone is the guides' "increasing adoption" of remote models.
    let engine = bundled_engine("answers-jobs-on-the-rise");
    let answer = engine.answer("are coordinator jobs on the rise these days");
    assert!(
        first_snippet(&answer).to_lowercase().contains("demand")
            || first_snippet(&answer).contains("faster than average"),
        "{answer:?}"
    );
}

#[test]
fn what_the_asker_tells_about_themselves_does_not_get_the_question_declined() {
    // "mom" and "teacher" are in no guide; told, not asked, they must not count against
    // every passage.
    let engine = bundled_engine("answers-told-context");
    let answer = engine.answer("My mom was a teacher for 20 years. Whats good about being a pcc?");
    assert!(answer.answered, "{answer:?}");
    assert!(first_section(&answer).ends_with("Pros"), "{answer:?}");
}

#[test]
fn a_small_clinic_is_one_of_the_guides_smaller_clinics() {
    // The guides compare settings by size only in comparatives ("smaller clinics").
    let engine = bundled_engine("answers-small-clinic");
    let answer = engine.answer("do tiny clinics care about certificates");
    assert!(
        first_snippet(&answer).contains("smaller clinics"),
        "{answer:?}"
    );
}

#[test]
fn a_two_year_degree_is_an_associates_degree() {
    // Read whole, so "year" does not ask for a duration.
    let engine = bundled_engine("answers-two-year-degree");
    let answer = engine.answer("would a 2 year degree get me hired as a coordinator");
    assert!(
        first_snippet(&answer).contains("associate's degree"),
        "{answer:?}"
    );
}

#[test]
fn a_question_about_ai_taking_over_is_about_the_outlook() {
    // "scheduling" alone would draw the work environment; AI is the outlook's subject.
    let engine = bundled_engine("answers-ai-outlook");
    let answer = engine.answer("will ai take over the scheduling side of this work");
    assert_eq!(
        first_section(&answer),
        "Salary & Outlook › Market Commentary"
    );
}

#[test]
fn moving_into_the_career_asks_how_to_become_one() {
    // "moving into supervisory roles" is the FAQ's moving up; from another job it is a start.
    let engine = bundled_engine("answers-move-into");
    let answer = engine.answer("what do i need to move into a pcc job");
    assert!(
        first_section(&answer).starts_with("How to Become"),
        "{answer:?}"
    );
}

#[test]
fn an_advocate_asked_about_finds_the_guides_advocacy() {
    // The stemmer keeps "advocate" and "advocacy" apart, and the FAQ's lateral moves say only
    // "patient advocacy roles".
    let engine = bundled_engine("answers-advocacy");
    let answer = engine.answer("is patient advocate a job coordinators move on to");
    assert!(
        first_snippet(&answer).contains("patient advocacy"),
        "{answer:?}"
    );
}

#[test]
fn no_background_is_a_complete_beginner() {
    // "background" alone draws "depending on your background", which says nothing of how long.
    let engine = bundled_engine("answers-no-background");
    let answer = engine.answer("with no background how fast can i be hired");
    assert!(
        first_snippet(&answer).contains("complete beginners"),
        "{answer:?}"
    );
}

#[test]
fn how_soon_and_how_quick_ask_how_long_it_takes() {
    // "quick" alone is chat ("quick question"), and "how soon" was declined outright.
    let engine = bundled_engine("answers-how-soon");
    for question in [
        "how soon could i start working as a coordinator",
        "how quick can i become a pcc",
    ] {
        let answer = engine.answer(question);
        assert!(
            first_snippet(&answer).contains("The timeline for entry"),
            "{answer:?}"
        );
    }
}

#[test]
fn other_job_titles_are_the_related_careers() {
    // Declined before: "titles" is a word no guide writes.
    let engine = bundled_engine("answers-other-titles");
    let answer = engine.answer("other titles for this kind of work?");
    assert_eq!(first_section(&answer), "Related Careers");
}

#[test]
fn working_from_home_full_time_asks_about_fully_remote_roles() {
    // Read whole: "full" and "time" alone drew the remote section's "Time zone differences".
    let engine = bundled_engine("answers-home-full-time");
    let answer = engine.answer("is it possible to work at home full time as a coordinator");
    assert!(
        first_snippet(&answer).contains("Fully remote"),
        "{answer:?}"
    );
}

#[test]
fn pay_going_up_asks_how_pay_is_growing() {
    // "going" and "up" are function words; read whole, the direction is what is searched.
    let engine = bundled_engine("answers-pay-going-up");
    let answer = engine.answer("are coordinator wages going up");
    assert!(first_snippet(&answer).contains("growth"), "{answer:?}");
}

#[test]
fn variety_in_the_work_is_its_diverse_daily_tasks() {
    // Declined before: no guide writes "variety".
    let engine = bundled_engine("answers-variety");
    let answer = engine.answer("does the work have much variety");
    assert!(
        first_snippet(&answer).contains("diverse daily tasks"),
        "{answer:?}"
    );
}

#[test]
fn a_day_of_the_weekend_asks_about_weekend_shifts() {
    // Declined before: no guide names a day of the week.
    let engine = bundled_engine("answers-sundays");
    let answer = engine.answer("do coordinators ever have to work sundays");
    assert!(first_snippet(&answer).contains("weekend"), "{answer:?}");
}

#[test]
fn pr_is_permanent_residency() {
    // Declined before: "pr" is a word no guide writes.
    let engine = bundled_engine("answers-pr");
    let answer = engine.answer("how do coordinators abroad get pr");
    assert!(
        first_snippet(&answer).contains("permanent residency"),
        "{answer:?}"
    );
}

#[test]
fn what_an_abbreviation_stands_for_is_what_it_means() {
    // "short" was searched, and quoted Step 2's "short courses", which never names the CPCT.
    let engine = bundled_engine("answers-short-for");
    let answer = engine.answer("what's cpct short for");
    assert!(
        first_snippet(&answer).contains("Certified Patient Care Technician"),
        "{answer:?}"
    );
}

#[test]
fn working_your_way_up_is_moving_up() {
    // "way" was searched, and "how long" then drew the visa timelines.
    let engine = bundled_engine("answers-work-your-way-up");
    let answer = engine.answer("how long does it take to work your way up as a coordinator");
    assert!(first_snippet(&answer).contains("advancement"), "{answer:?}");
}

#[test]
fn a_processing_time_asks_how_long() {
    // "processing" was searched as a word of its own, and the time asked for was never expected.
    let engine = bundled_engine("answers-processing-time");
    let answer = engine.answer("typical visa processing times?");
    assert!(first_snippet(&answer).contains("timelines"), "{answer:?}");
}

#[test]
fn non_healthcare_work_is_outside_healthcare() {
    // "non" alone matched the hiring section's "non-traditional backgrounds".
    let engine = bundled_engine("answers-non-healthcare");
    let answer = engine.answer("are pcc skills any use in non-healthcare jobs");
    assert!(
        first_snippet(&answer).contains("transferable"),
        "{answer:?}"
    );
}

#[test]
fn apps_are_the_platforms_coordinators_use() {
    // Declined before: no guide writes "apps"; they write "platforms".
    let engine = bundled_engine("answers-apps");
    let answer = engine.answer("do coordinators use any telehealth apps");
    assert!(first_snippet(&answer).contains("Platform"), "{answer:?}");
}

#[test]
fn how_much_time_something_takes_asks_how_long() {
    // Quoted How to Become's lead sentence: "much" and "time" alone expect no duration.
    let engine = bundled_engine("answers-how-much-time");
    let answer = engine.answer("how much time does it take to become a coordinator");
    assert!(
        first_snippet(&answer).contains("timeline for entry"),
        "{answer:?}"
    );
}

#[test]
fn thinking_on_ones_feet_is_quick_thinking() {
    // Declined before: "feet" is a word no guide writes, and "quick" alone is chat.
    let engine = bundled_engine("answers-on-their-feet");
    let answer = engine.answer("does this job need someone who can think on their feet");
    assert!(first_snippet(&answer).contains("quick"), "{answer:?}");
}

#[test]
fn what_to_get_better_at_is_what_to_focus_on() {
    // Declined before: "better" was searched, and no focus area says it.
    let engine = bundled_engine("answers-get-better-at");
    let answer = engine.answer("what do senior coordinators need to get better at");
    assert_eq!(
        first_section(&answer),
        "Career Path › Senior Patient Care Coordinator › Key Focus Areas"
    );
}

#[test]
fn a_day_in_front_of_a_computer_is_a_day_at_a_desk() {
    // Declined before: "computer" alone asks about computer skills.
    let engine = bundled_engine("answers-in-front-of-a-computer");
    let answer = engine.answer("do coordinators spend all day in front of a computer");
    assert!(first_snippet(&answer).contains("time at a"), "{answer:?}");
}

#[test]
fn admin_is_administration() {
    // Quoted Work Environment's "clinics": "admin" is a word no guide writes.
    let engine = bundled_engine("answers-admin");
    let answer = engine.answer("is the job more admin than clinical");
    assert!(
        first_snippet(&answer).contains("Medical Assistant who performs"),
        "{answer:?}"
    );
}

#[test]
fn a_phone_ringing_off_the_hook_is_high_call_volumes() {
    // Declined before; "phone" alone is the phone systems coordinators use.
    let engine = bundled_engine("answers-phones-ringing");
    let answer = engine.answer("do the phones ring off the hook for coordinators");
    assert!(
        first_snippet(&answer).contains("call volumes"),
        "{answer:?}"
    );
}

#[test]
fn keeping_up_with_something_is_handling_it() {
    // "keep" alone quoted the Cons' "record-keeping".
    let engine = bundled_engine("answers-keep-up-with");
    let answer = engine.answer("is it hard to keep up with insurance regulations");
    assert!(
        first_snippet(&answer).contains("Navigating complex"),
        "{answer:?}"
    );
}

#[test]
fn credentials_accepted_abroad_asks_about_their_recognition() {
    // Quoted the FAQ's CMAA sentence: "accept" is a word no guide writes of credentials.
    let engine = bundled_engine("answers-accepted-abroad");
    let answer = engine.answer("will other countries accept my cmaa");
    assert!(first_snippet(&answer).contains("recognition"), "{answer:?}");
}

#[test]
fn being_outgoing_asks_about_interpersonal_skills() {
    // Declined before, as "shy" and "introvert" were not.
    let engine = bundled_engine("answers-outgoing");
    let answer = engine.answer("do you have to be outgoing to be a coordinator");
    assert!(
        first_snippet(&answer).contains("Interpersonal"),
        "{answer:?}"
    );
}

#[test]
fn confrontation_asks_about_de_escalation() {
    // Declined before: "confrontation" is a word no guide writes.
    let engine = bundled_engine("answers-confrontation");
    let answer = engine.answer("is there a lot of confrontation in this job");
    assert!(
        first_snippet(&answer).contains("de-escalation"),
        "{answer:?}"
    );
}

#[test]
fn registering_patients_is_patient_registration() {
    // Declined before: the stemmer keeps "register" and "registration" apart.
    let engine = bundled_engine("answers-register");
    let answer = engine.answer("is registering patients part of the job");
    assert!(
        first_snippet(&answer).contains("registration"),
        "{answer:?}"
    );
}

#[test]
fn what_wears_a_person_down_is_what_drains_them() {
    // Declined before: "wear" and "down" are words no guide uses so.
    let engine = bundled_engine("answers-wear-you-down");
    let answer = engine.answer("does pcc work wear you down after a while");
    assert!(first_snippet(&answer).contains("emotionally"), "{answer:?}");
}

#[test]
fn a_thankless_job_asks_what_rewards_it() {
    // Quoted the workplace culture: "thankless" is a word no guide writes.
    let engine = bundled_engine("answers-thankless");
    let answer = engine.answer("do coordinators feel like it's a thankless role");
    assert!(first_snippet(&answer).contains("emotional"), "{answer:?}");
}

#[test]
fn excel_is_the_spreadsheet_not_excellence() {
    // The stemmer reads "excel" as "excellent": this quoted an "excellent reputation".
    let engine = bundled_engine("answers-excel");
    let answer = engine.answer("is knowing excel important");
    assert!(first_snippet(&answer).contains("Microsoft"), "{answer:?}");
}

#[test]
fn employers_struggling_to_find_people_face_shortages() {
    // Quoted the FAQ's education: "trouble finding" is nothing the guides write.
    let engine = bundled_engine("answers-trouble-finding");
    let answer = engine.answer("do employers have trouble finding pccs");
    assert!(first_snippet(&answer).contains("shortages"), "{answer:?}");
}

#[test]
fn a_patient_who_complains_asks_about_patient_complaints() {
    // Declined before: the stemmer keeps "complain" and "complaints" apart.
    let engine = bundled_engine("answers-complains");
    let answer = engine.answer("how does a coordinator handle a patient who complains");
    assert!(first_snippet(&answer).contains("complaints"), "{answer:?}");
}

#[test]
fn a_crowded_field_asks_about_saturation() {
    // Declined before, as "overcrowded" was not.
    let engine = bundled_engine("answers-crowded");
    let answer = engine.answer("is the pcc field getting too crowded");
    assert!(first_snippet(&answer).contains("saturation"), "{answer:?}");
}

#[test]
fn the_software_coordinators_use_is_their_ehr_system() {
    // Quoted "video conferencing software", the only sentence with the word in it.
    let engine = bundled_engine("answers-software");
    let answer = engine.answer("which software will i be working in as a coordinator");
    assert!(first_snippet(&answer).contains("Epic"), "{answer:?}");
}

#[test]
fn a_mentor_had_is_mentorship_sought() {
    // Quoted the senior level's "Mentoring junior coordinators", which is being a mentor.
    let engine = bundled_engine("answers-mentors");
    let answer = engine.answer("are there mentors for new coordinators");
    assert!(first_snippet(&answer).contains("mentorship"), "{answer:?}");
}

#[test]
fn getting_qualified_asks_about_qualifications() {
    // Quoted How to Become's lead sentence: "qualified" alone asks how to become one.
    let engine = bundled_engine("answers-get-qualified");
    let answer = engine.answer("least expensive way to become qualified");
    assert!(
        first_snippet(&answer).contains("cost-effective"),
        "{answer:?}"
    );
}

#[test]
fn the_industries_that_hire_are_the_settings() {
    // Quoted the Pros & Cons introduction: the guides' "industry" is healthcare itself.
    let engine = bundled_engine("answers-industries");
    let answer = engine.answer("what sectors employ patient care coordinators");
    assert!(first_snippet(&answer).contains("hospitals"), "{answer:?}");
}

#[test]
fn take_home_is_pay_after_taxes_not_working_from_home() {
    // Quoted Visa & Immigration: "home" alone asks about working from home.
    let engine = bundled_engine("answers-take-home");
    let answer = engine.answer("what's the take home like for pccs in the uk");
    assert!(first_snippet(&answer).contains("£25,000"), "{answer:?}");
}

#[test]
fn explaining_medications_to_patients_is_a_duty_not_education() {
    // Quoted Education & Training: "medications" stemmed as "medical", "educates" as
    // "education".
    let engine = bundled_engine("answers-medications");
    let answer = engine.answer("will i be teaching patients about their medications");
    assert!(
        first_snippet(&answer).contains("about treatment plans"),
        "{answer:?}"
    );
}

#[test]
fn teaching_yourself_is_self_study() {
    // Declined: "teach" alone is teaching patients.
    let engine = bundled_engine("answers-self-teach");
    let answer = engine.answer("is it possible to teach myself everything for this job");
    assert!(first_snippet(&answer).contains("self-study"), "{answer:?}");
}

#[test]
fn being_organized_is_the_skill_not_the_organizations() {
    // Quoted the support organizations: "organizations" stemmed as "organized".
    let engine = bundled_engine("answers-organized");
    let answer = engine.answer("how organized does a coordinator need to be");
    assert!(
        first_snippet(&answer).contains("Skills: Crucial for managing"),
        "{answer:?}"
    );
}

#[test]
fn the_drawback_of_the_pay_is_not_a_figure() {
    // Quoted a salary figure: a pay question wanted an amount whatever it asked of pay.
    let engine = bundled_engine("answers-pay-drawback");
    let answer = engine.answer("what's the downside of the pay");
    let snippet = first_snippet(&answer);
    assert!(
        snippet.contains("without commensurate") || snippet.contains("earning potential"),
        "{answer:?}"
    );
}

#[test]
fn sitting_down_is_a_day_at_a_desk() {
    // Quoted the Medical Receptionist's "front-desk" tasks: "sit" alone is a weaker synonym.
    let engine = bundled_engine("answers-sitting-down");
    let answer = engine.answer("is it a job where you sit down a lot");
    assert!(first_snippet(&answer).contains("time at a"), "{answer:?}");
}

#[test]
fn several_phone_lines_are_the_multi_line_phone_systems() {
    // Quoted Work Environment's "multiple patient needs" and "over the phone".
    let engine = bundled_engine("answers-phone-lines");
    let answer = engine.answer("do coordinators juggle multiple phone lines");
    assert!(
        first_snippet(&answer).contains("Communication tools"),
        "{answer:?}"
    );
}

#[test]
fn checking_patients_in_is_registration_and_intake() {
    // Quoted the FAQ's day-to-day responsibilities: "check" is verifying insurance.
    let engine = bundled_engine("answers-check-in");
    let answer = engine.answer("do they handle patient check in");
    assert!(first_snippet(&answer).contains("and intake"), "{answer:?}");
}

#[test]
fn a_ballpark_figure_is_only_a_rough_one() {
    // Declined: "ballpark" counted as a content word the guide does not cover.
    let engine = bundled_engine("answers-ballpark");
    let answer = engine.answer("ballpark what does a coordinator pull in a year");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains('$'), "{answer:?}");
}

#[test]
fn a_dead_end_is_advancement_limited() {
    // Quoted the FAQ's advancement paths, the opposite of what is asked.
    let engine = bundled_engine("answers-dead-end");
    let answer = engine.answer("is being a pcc a dead-end job");
    assert!(
        first_snippet(&answer).contains("role itself may be"),
        "{answer:?}"
    );
}

#[test]
fn an_ma_and_a_cma_are_medical_assistants() {
    // Quoted the global "Regulatory differences" and the FAQ's CMAA: "ma" and "cma" named
    // no career.
    let engine = bundled_engine("answers-ma");
    for question in [
        "whats the difference between a coordinator and an ma",
        "how is a pcc different from a cma",
    ] {
        let answer = engine.answer(question);
        assert!(first_snippet(&answer).contains("Unlike a"), "{answer:?}");
    }
}

#[test]
fn another_careers_pay_is_declined_though_its_name_holds_the_guides_own() {
    // Quoted the guide's own salaries: "coordinators" in "clinical coordinators" was read as
    // naming the guide's career, so the other career seemed only a point of comparison.
    let engine = bundled_engine("answers-clinical-coordinator");
    let answer = engine.answer("what do clinical coordinators earn");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_likeness_is_asked_of_the_things_likened() {
    // Declined: "same" was taken for the thing asked about, and no guide writes it.
    let engine = bundled_engine("answers-likeness");
    let answer = engine.answer("is a pcc the same as a medical assistant");
    assert!(first_snippet(&answer).contains("Unlike a"), "{answer:?}");
}

#[test]
fn cancer_care_is_the_guides_oncology_at_full_weight() {
    // Declined: as a synonym, "oncology" counted half, too little for the question.
    let engine = bundled_engine("answers-cancer");
    let answer = engine.answer("are there coordinator jobs at cancer centers");
    assert!(
        first_snippet(&answer).contains("chronic disease"),
        "{answer:?}"
    );
}

#[test]
fn hospital_mergers_are_healthcare_systems_consolidating() {
    // Declined: as a synonym, "consolidate" counted half. ("will hospital mergers cut
    // coordinator jobs", the question first written here, is now read as job security too,
    // "cut jobs" across the career's name, and quotes the FAQ's "relatively secure".)
    let engine = bundled_engine("answers-mergers");
    let answer = engine.answer("will hospital mergers hurt coordinators");
    assert!(first_snippet(&answer).contains("systems"), "{answer:?}");
    assert!(first_snippet(&answer).contains("consolidate"), "{answer:?}");
}

#[test]
fn a_criminal_background_check_for_a_visa_is_a_clean_criminal_record() {
    // Declined: "background check" is a subject the guides do not cover, but a criminal one
    // for a visa is the record they do.
    let engine = bundled_engine("answers-criminal-check");
    let answer = engine.answer("is a criminal background check needed for a work visa");
    assert!(first_snippet(&answer).contains("a clean"), "{answer:?}");
}

#[test]
fn medical_coverage_is_health_insurance() {
    // Declined: "coverage" brought only its synonym "eligibility", at half weight.
    let engine = bundled_engine("answers-medical-coverage");
    let answer = engine.answer("does the job usually include medical coverage");
    assert!(
        first_snippet(&answer).contains("packages often"),
        "{answer:?}"
    );
}

#[test]
fn how_the_answer_should_be_put_is_not_what_it_is_about() {
    // Declined: "sentence" was taken for the thing asked, and no guide writes it.
    let engine = bundled_engine("answers-one-sentence");
    let answer = engine.answer("in one sentence what is a pcc");
    assert!(
        first_snippet(&answer).contains("central navigator"),
        "{answer:?}"
    );
}

#[test]
fn what_patients_owe_is_their_financial_responsibility() {
    // Declined: "owe" is a word no guide writes, and "how much" read as asking for pay.
    let engine = bundled_engine("answers-owe");
    let answer = engine.answer("do coordinators tell patients how much they owe");
    assert!(
        first_snippet(&answer).contains("financial responsibilities"),
        "{answer:?}"
    );
}

#[test]
fn taking_courses_once_hired_is_continuous_learning() {
    // Quoted Step 2's short courses for getting in, not learning after it.
    let engine = bundled_engine("answers-keep-taking-courses");
    let answer = engine.answer("do i need to keep taking classes after i get hired");
    assert!(
        first_snippet(&answer).contains("Continuous learning"),
        "{answer:?}"
    );
}

#[test]
fn busier_months_ask_whether_hiring_is_seasonal() {
    // Declined: "busier" read as the busy clinics, and "months" as nothing the guides write.
    let engine = bundled_engine("answers-busier-months");
    let answer = engine.answer("are there busier months for pcc hiring");
    assert!(
        first_snippet(&answer).contains("fluctuations"),
        "{answer:?}"
    );
}

#[test]
fn the_going_rate_is_the_pay() {
    // Quoted the 2025 market reality: "going" is a function word and "rate" only asks a
    // figure.
    let engine = bundled_engine("answers-going-rate");
    let answer = engine.answer("whats the going rate for pccs these days");
    assert!(first_snippet(&answer).contains("$40,000"), "{answer:?}");
}

#[test]
fn during_says_when_not_what() {
    // Quoted Step 1: "during" matched the Pros' "during their medical journeys" and the
    // emotional intelligence "during stressful or difficult health situations".
    let engine = bundled_engine("answers-during");
    let answer = engine.answer(
        "just started as a junior coordinator. what should I focus on learning during my first couple of years?",
    );
    assert!(
        first_snippet(&answer).contains("foundational knowledge of medical terminology"),
        "{answer:?}"
    );
}

#[test]
fn reasons_to_become_one_ask_for_the_pros() {
    // Quoted how to become one: "become" matched the section's heading.
    let engine = bundled_engine("answers-reasons-to-become");
    let answer = engine.answer("good reasons to become a pcc?");
    assert_eq!(first_section(&answer), "Pros & Cons › Pros", "{answer:?}");
}

#[test]
fn whether_something_the_guides_never_name_is_permitted_is_declined() {
    // Quoted the CMAA: "notes" was not taken for the thing asked, and what the guide says of
    // the certification covered enough of the question.
    let engine = bundled_engine("answers-permitted");
    let answer = engine.answer("can i use notes during the cmaa test");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn chatting_with_coordinators_before_applying_is_an_informational_interview() {
    // Declined: no guide writes "chat", and nothing else in the question is specific.
    let engine = bundled_engine("answers-coffee-chat");
    let answer =
        engine.answer("is it worth asking coordinators to chat about their job before applying");
    assert!(
        first_snippet(&answer).contains("Informational interviews"),
        "{answer:?}"
    );
}

#[test]
fn ergs_are_the_guides_employee_resource_groups() {
    // Declined: no guide writes "erg".
    let engine = bundled_engine("answers-ergs");
    let answer = engine.answer("are there ergs for coordinators of color");
    assert!(
        first_snippet(&answer).contains("employee resource groups"),
        "{answer:?}"
    );
}

#[test]
fn leaving_the_hospital_is_the_guides_discharge() {
    // Quoted the work environment's hospitals.
    let engine = bundled_engine("answers-leaving-hospital");
    let answer = engine.answer("do pccs explain what to do after leaving the hospital");
    assert!(
        first_snippet(&answer).contains("post-discharge"),
        "{answer:?}"
    );
}

#[test]
fn a_psychiatric_clinic_is_the_guides_behavioral_health() {
    // Declined: no guide writes "psychiatric".
    let engine = bundled_engine("answers-psychiatric");
    let answer = engine.answer("could i coordinate care at a psychiatric clinic");
    assert!(
        first_snippet(&answer).contains("behavioral health"),
        "{answer:?}"
    );
}

#[test]
fn calming_down_an_argument_is_conflict_resolution() {
    // Declined: "calm" and "arguments" are words no guide writes.
    let engine = bundled_engine("answers-calm-down");
    let answer =
        engine.answer("how do coordinators calm down arguments between patients and staff");
    assert!(
        first_snippet(&answer).contains("conflict resolution"),
        "{answer:?}"
    );
}

#[test]
fn flexible_when_plans_change_is_adaptability() {
    // Quoted the remote work's "flexible working hours".
    let engine = bundled_engine("answers-flexible");
    let answer = engine.answer("do you need to be flexible when plans change");
    assert!(
        first_snippet(&answer).contains("Adaptability"),
        "{answer:?}"
    );
}

#[test]
fn a_beginner_is_new_to_the_field_not_a_junior_coordinator() {
    // Declined: "beginner" named the junior level, which the networking advice never names.
    let engine = bundled_engine("answers-beginner");
    let answer = engine.answer("how should i network as a beginner");
    assert!(first_snippet(&answer).contains("network"), "{answer:?}");
}

#[test]
fn wanting_to_lead_in_healthcare_names_no_level() {
    // Declined: "lead" named the lead level, which the diversity passages never name.
    let engine = bundled_engine("answers-want-to-lead");
    let answer = engine.answer("are there grants for minorities who want to lead in healthcare");
    assert!(answer.answered, "{answer:?}");
    assert!(
        first_section(&answer).starts_with("Diversity"),
        "{answer:?}"
    );
}

#[test]
fn independence_at_work_is_the_guides_autonomy() {
    // Quoted the regular coordinator's level, which resolves issues "independently".
    let engine = bundled_engine("answers-independence");
    let answer = engine.answer("how much independence do senior coordinators get");
    assert!(first_snippet(&answer).contains("autonomy"), "{answer:?}");
}

#[test]
fn yearly_reviews_are_the_guides_performance_evaluations() {
    // Quoted inclusive hiring's structured interviews.
    let engine = bundled_engine("answers-yearly-reviews");
    let answer = engine.answer("who does the yearly reviews for coordinators");
    assert!(
        first_snippet(&answer).contains("performance evaluations"),
        "{answer:?}"
    );
}

#[test]
fn the_highest_paid_coordinators_ask_for_the_top_of_the_pay() {
    // Declined as pay ranked by something the guides never break it down by: the ranked thing
    // was the career's own people.
    let engine = bundled_engine("answers-highest-paid");
    let answer = engine.answer("what do the highest paid coordinators make");
    assert!(first_snippet(&answer).contains("$75k"), "{answer:?}");
}

#[test]
fn learning_it_on_your_own_is_self_study() {
    // Quoted how to become one: "on my own" read as working alone.
    let engine = bundled_engine("answers-on-my-own");
    let answer = engine.answer("is learning it on my own enough to get hired");
    assert!(first_snippet(&answer).contains("self-study"), "{answer:?}");
}

#[test]
fn work_that_follows_you_home_is_emotionally_draining() {
    // Quoted remote work: "home" read as working from home.
    let engine = bundled_engine("answers-follows-you-home");
    let answer = engine.answer("can the work follow you home emotionally");
    assert!(first_snippet(&answer).contains("emotionally"), "{answer:?}");
}

#[test]
fn a_hundred_percent_from_home_is_fully_remote() {
    // Quoted the remote work passage's "remote work potential … exists".
    let engine = bundled_engine("answers-100-percent");
    let answer = engine.answer("can a coordinator job be done 100% from home");
    assert!(
        first_snippet(&answer).contains("positions are less common"),
        "{answer:?}"
    );
}

#[test]
fn a_question_pointing_back_at_an_opening_phrase_asks_about_it() {
    // The opening "cpct" was read as context told, and the question as one about getting hired.
    let engine = bundled_engine("answers-points-back");
    let answer = engine.answer("cpct - does it actually help land a coordinator gig");
    assert!(
        first_snippet(&answer).contains("Certified Patient Care Technician"),
        "{answer:?}"
    );
}

#[test]
fn a_patient_screaming_is_a_frustrated_patient() {
    // Declined: "screaming" was a word no guide writes.
    let engine = bundled_engine("answers-screaming");
    let answer = engine.answer("how do you handle patients screaming at you");
    assert!(first_snippet(&answer).contains("frustrated"), "{answer:?}");
}

#[test]
fn working_from_a_laptop_is_working_from_home() {
    // Declined: the laptop was taken for the thing asked, which no guide names.
    let engine = bundled_engine("answers-from-my-laptop");
    let answer = engine.answer("can i do this job from my laptop");
    assert!(
        first_snippet(&answer).contains("work potential"),
        "{answer:?}"
    );
}

#[test]
fn being_meticulous_is_attention_to_detail() {
    // Declined: "meticulous" is a word no guide writes.
    let engine = bundled_engine("answers-meticulous");
    let answer = engine.answer("is being meticulous important for this job");
    assert!(first_snippet(&answer).contains("Detail"), "{answer:?}");
}

#[test]
fn recertification_is_a_certification_renewal() {
    // Quoted what certifications one needs: "recertification" was respelled "certification".
    let engine = bundled_engine("answers-recertification");
    let answer = engine.answer("will my employer pay for recertification");
    assert!(first_snippet(&answer).contains("renewals"), "{answer:?}");
}

#[test]
fn a_spouse_coming_along_asks_about_accompanying_family() {
    // Quoted the skilled worker visas: the visa outweighed who was coming along.
    let engine = bundled_engine("answers-come-with-me");
    let answer = engine.answer("can he come with me on my visa");
    assert!(
        first_snippet(&answer).contains("dependent rights"),
        "{answer:?}"
    );
}

#[test]
fn another_careers_degree_needed_for_this_asks_what_this_career_needs() {
    // Declined as a question about nurses: "for this" names the career the degree is for.
    let engine = bundled_engine("answers-needed-for-this");
    let answer = engine.answer("do you need a nursing degree for this");
    assert!(
        first_snippet(&answer).contains("High school diploma"),
        "{answer:?}"
    );
}

#[test]
fn a_large_us_city_is_read_as_its_state() {
    // Answered with the national figures: San Antonio was a place the thesaurus did not know.
    let engine = bundled_engine("answers-us-city");
    let answer = engine.answer("how much do pccs make in san antonio");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_named_telehealth_company_is_an_employer_the_guide_does_not_cover() {
    // Answered with employers' remote hiring policies: Teladoc was an unknown word beside
    // "remote" and "hiring".
    let engine = bundled_engine("answers-teladoc");
    let answer = engine.answer("is teladoc hiring remote coordinators");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_green_card_is_permanent_residency() {
    // Declined: "green" and "card" were words no passage covers.
    let engine = bundled_engine("answers-green-card");
    let answer = engine.answer("can i get a green card as a pcc");
    assert!(
        first_snippet(&answer).contains("permanent residency"),
        "{answer:?}"
    );
}

#[test]
fn an_english_exam_is_a_language_proficiency_test() {
    // Declined: the exam was taken for one the guides never name.
    let engine = bundled_engine("answers-english-exam");
    let answer = engine.answer("which english exam do aussie visas want");
    assert!(
        first_snippet(&answer).contains("IELTS or PTE"),
        "{answer:?}"
    );
}

#[test]
fn a_time_word_ending_the_question_is_not_the_thing_asked() {
    // Declined: "later" was taken for what the question asks of, a word no guide uses.
    let engine = bundled_engine("answers-later");
    let answer = engine.answer("would a bachelor's help me get promoted later");
    assert!(
        first_snippet(&answer).contains("four-year degrees"),
        "{answer:?}"
    );
}

#[test]
fn a_request_to_explain_the_role_to_someone_asks_what_the_role_is() {
    // Declined: "explain" read as a coordinator's duty, and "grandma" respelled "grand".
    let engine = bundled_engine("answers-explain-to-grandma");
    let answer = engine.answer("explain what a patient care coordinator is to my grandma");
    assert!(
        first_snippet(&answer).contains("central navigator"),
        "{answer:?}"
    );
}

#[test]
fn insurance_companies_are_the_insurance_a_coordinator_navigates() {
    // Declined: "companies" asked about employers, a word no passage covers here.
    let engine = bundled_engine("answers-insurance-companies");
    let answer = engine.answer("how hard is dealing with insurance companies all day");
    assert!(
        first_snippet(&answer).contains("navigating complex"),
        "{answer:?}"
    );
}

#[test]
fn needing_a_car_is_a_subject_the_guide_does_not_cover() {
    // Answered with what a coordinator is: "car" was an unknown word among the career's.
    let engine = bundled_engine("answers-own-car");
    let answer = engine.answer("do i need my own car for this job");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn which_online_school_is_best_asks_for_a_ranking_the_guide_does_not_give() {
    // Answered with the certifications one needs.
    let engine = bundled_engine("answers-which-online-school");
    let answer = engine.answer("which online school is best for a medical admin certificate");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_lunch_break_is_a_subject_the_guide_does_not_cover() {
    // Answered with "Breaking into a Patient Care Coordinator role".
    let engine = bundled_engine("answers-lunch-break");
    let answer = engine.answer("do coordinators get a lunch break");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn the_weather_is_not_a_career_question() {
    // Answered with the work-life balance FAQ: "weekend" matched its weekend shifts.
    let engine = bundled_engine("answers-weather");
    let answer = engine.answer("is it gonna rain this weekend");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn what_pushes_pay_up_asks_for_the_factors() {
    // Quoted the global salary ranges: the question was read as asking for a figure.
    let engine = bundled_engine("answers-pushes-pay-up");
    let answer = engine.answer("what pushes a coordinators salary up");
    assert!(first_snippet(&answer).contains("numerous"), "{answer:?}");
}

#[test]
fn reading_people_is_emotional_intelligence() {
    // Quoted the FAQ on how emotionally demanding the job is.
    let engine = bundled_engine("answers-reading-people");
    let answer = engine.answer("does reading peoples emotions matter in this line of work");
    assert!(
        first_snippet(&answer).contains("Intelligence"),
        "{answer:?}"
    );
}

#[test]
fn a_patients_anger_is_a_frustrated_patient() {
    // Declined: "anger" does not stem as "angry" does.
    let engine = bundled_engine("answers-patient-anger");
    let answer = engine.answer("how do i not take patient anger personally");
    assert!(first_snippet(&answer).contains("frustrated"), "{answer:?}");
}

#[test]
fn whether_coordinators_will_always_be_needed_asks_about_demand() {
    // Quoted what education one needs: "need" was read as a requirement.
    let engine = bundled_engine("answers-always-need");
    let answer = engine.answer("will healthcare always need coordinators");
    assert!(first_snippet(&answer).contains("stable"), "{answer:?}");
}

#[test]
fn car_typed_for_care_is_not_a_car() {
    // Declined once "car" named a subject no guide covers: "patient car coordinator" is a slip.
    let engine = bundled_engine("answers-car-for-care");
    let answer = engine.answer("how much do patient car coordinators make");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn weather_typed_for_whether_is_not_the_weather() {
    // Declined once "weather" named a subject no guide covers.
    let engine = bundled_engine("answers-weather-for-whether");
    let answer = engine.answer("i dont know weather the pay is good");
    assert!(first_snippet(&answer).contains("$40,680"), "{answer:?}");
}

#[test]
fn billings_is_billing_not_a_montana_city() {
    // Declined once the city of Billings named Montana.
    let engine = bundled_engine("answers-billings");
    let answer = engine.answer("do coordinators handle billings");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn the_step_above_a_level_is_the_next_one() {
    // Declined: "above" was searched as a word no guide writes, and "step" found the steps
    // of How to Become.
    let engine = bundled_engine("answers-step-above");
    let answer = engine.answer("whats the step above senior pcc");
    assert_eq!(
        answer.citations[0].section, "Career Path › Lead Patient Care Coordinator",
        "{answer:?}"
    );
}

#[test]
fn the_level_above_a_named_one_is_the_next_even_after_an_article() {
    // Quoted the lead level itself: only "the" was looked past between "above" and the level.
    let engine = bundled_engine("answers-above-a-lead");
    let answer = engine.answer("whats above a lead coordinator");
    assert!(first_snippet(&answer).contains("10+ years"), "{answer:?}");
}

#[test]
fn a_country_named_beside_other_countries_is_one_end_of_a_move() {
    // Quoted "states or countries having specific regulatory guidelines": the US was asked of,
    // and the passage on credential recognition never names it.
    let engine = bundled_engine("answers-american-qualifications-abroad");
    let answer = engine.answer("do american qualifications get recognized in other countries");
    assert!(
        first_snippet(&answer).contains("Credential recognition"),
        "{answer:?}"
    );
}

#[test]
fn privacy_law_is_hipaa() {
    // Quoted the global section's "local healthcare laws and patient privacy standards".
    let engine = bundled_engine("answers-privacy-law");
    let answer = engine.answer("how important is patient privacy law in this role");
    assert!(first_snippet(&answer).contains("HIPAA"), "{answer:?}");
}

#[test]
fn surviving_on_pay_is_living_on_it() {
    // Quoted "helps overcome these daily hurdles": "survive" alone is coping.
    let engine = bundled_engine("answers-survive-on-pay");
    let answer = engine.answer("real talk can u survive on a pcc salary");
    assert!(
        first_snippet(&answer).contains("$40,000 to $60,000"),
        "{answer:?}"
    );
}

#[test]
fn chatting_with_people_in_the_job_is_an_informational_interview() {
    // Declined: nothing covered chatting, people or applying.
    let engine = bundled_engine("answers-chat-with-people");
    let answer =
        engine.answer("is it worth chatting w people already doing the job before applying");
    assert!(
        first_snippet(&answer).contains("Informational interviews"),
        "{answer:?}"
    );
}

#[test]
fn what_makes_people_want_to_quit_is_a_drawback_not_pay() {
    // Declined: "makes" was read as earning, and the salary passages covered nothing else.
    let engine = bundled_engine("answers-makes-people-quit");
    let answer = engine.answer("which part of the gig makes people want to quit");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn aus_is_australia() {
    // Quoted the US median: "aus" named no country.
    let engine = bundled_engine("answers-aus");
    let answer = engine.answer("what's the pay like in aus");
    assert!(first_snippet(&answer).contains("AUD 50,000"), "{answer:?}");
}

#[test]
fn knowing_someone_inside_is_networking() {
    // Declined: "knowing someone inside" was only words the guides never use.
    let engine = bundled_engine("answers-knowing-someone");
    let answer = engine.answer("does knowing someone inside help u get hired");
    assert!(
        first_snippet(&answer).contains("**referrals**"),
        "{answer:?}"
    );
}

#[test]
fn the_job_is_searched_when_the_rest_is_told_and_the_question_asks_in_other_words() {
    // Declined: "this job" was set aside because "student" was a word too, and the Pros
    // passage holds neither "student" nor "pros".
    let engine = bundled_engine("answers-told-then-good-about-the-job");
    let answer = engine.answer("I'm a nursing student. Whats good about this job honestly?");
    assert!(answer.answered, "{answer:?}");
    assert!(
        answer.citations[0].section.ends_with("› Pros"),
        "{answer:?}"
    );
}

#[test]
fn pay_asked_by_someone_in_a_country_the_guide_names_is_pay_there() {
    // Quoted the US and Canadian ranges: the UK was only told, and preferred too little.
    let engine = bundled_engine("answers-in-the-uk-what-would-i-earn");
    let answer = engine.answer("im in the uk, what would i earn as a coordinator");
    assert!(first_snippet(&answer).contains("£25,000"), "{answer:?}");
}

#[test]
fn pay_asked_by_someone_from_a_country_the_guide_never_names_is_not_declined() {
    let engine = bundled_engine("answers-from-india-pay");
    let answer = engine.answer("I'm from India. How much do coordinators make?");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn the_point_of_a_coordinator_is_its_purpose() {
    // Quoted the day-to-day FAQ's "primary point of contact".
    let engine = bundled_engine("answers-point-of-a-pcc");
    let answer = engine.answer("whats the point of a pcc if there are already nurses");
    assert!(
        first_snippet(&answer).contains("core purpose"),
        "{answer:?}"
    );
}

#[test]
fn making_the_jump_into_the_career_is_becoming_one() {
    // Declined: "make" was read as earning and "jump" is no word of the guides.
    let engine = bundled_engine("answers-make-the-jump");
    let answer = engine.answer(
        "been a receptionist at a dental office for 3 years, how do i make the jump to pcc",
    );
    assert!(
        first_snippet(&answer).contains("Breaking into"),
        "{answer:?}"
    );
}

#[test]
fn the_pay_to_expect_is_not_the_uk_sentence_that_says_expect() {
    // Quoted "In Western Europe, such as the UK, … can expect £25,000": the one sentence
    // of the guide that says "expect".
    let engine = bundled_engine("answers-pay-to-expect");
    let answer = engine.answer(
        "so i just got my cmaa last week and im wondering what kind of pay i should expect starting out",
    );
    assert!(first_snippet(&answer).contains("$39k"), "{answer:?}");
}

#[test]
fn a_question_naming_no_level_is_answered_of_the_career_not_one_level() {
    // Quoted Career Path › Lead's "Oversees the daily operations … Assigns tasks".
    let engine = bundled_engine("answers-main-daily-tasks");
    let answer = engine.answer("what r the main daily tasks");
    assert!(
        first_snippet(&answer).contains("scheduling appointments"),
        "{answer:?}"
    );
}

#[test]
fn sorting_out_a_problem_is_resolving_it() {
    // Declined: "sort" was the thing asked of, a word no guide writes.
    let engine = bundled_engine("answers-sort-out");
    let answer = engine.answer("do coordinators sort out scheduling conflicts");
    assert!(
        first_snippet(&answer).contains("scheduling conflicts"),
        "{answer:?}"
    );
}

#[test]
fn ending_up_fried_is_burnout() {
    // Quoted "Recent years, particularly 2023-2025": only "year" was found.
    let engine = bundled_engine("answers-fried");
    let answer = engine.answer("any tips so i dont end up fried after a year");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn an_analysts_pay_is_another_careers() {
    // Quoted the salary variations: "analysts" named no career.
    let engine = bundled_engine("answers-analyst-pay");
    let answer = engine.answer("what do epic analysts earn");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn people_getting_older_is_the_aging_population() {
    // Quoted the demand FAQ's "continuously growing", which gives no cause.
    let engine = bundled_engine("answers-getting-older");
    let answer = engine.answer("is demand growing because people are getting older");
    assert!(
        first_snippet(&answer).contains("aging population"),
        "{answer:?}"
    );
}

#[test]
fn moving_up_without_management_is_the_individual_contributor_track() {
    // Quoted the advancement FAQ's supervisory roles.
    let engine = bundled_engine("answers-only-way-up");
    let answer = engine.answer("is going into management the only way to move up");
    assert!(
        first_snippet(&answer).contains("individual contributor"),
        "{answer:?}"
    );
}

#[test]
fn a_bigger_deal_is_more_important() {
    // Quoted the education FAQ's "Many employers prefer…", which weighs nothing.
    let engine = bundled_engine("answers-bigger-deal");
    let answer = engine.answer("whats a bigger deal to employers, certs or a degree");
    assert!(first_snippet(&answer).contains("as much as"), "{answer:?}");
}

#[test]
fn how_someone_spends_their_day_is_what_they_do_day_to_day() {
    // Declined: "spend" was read as a cost.
    let engine = bundled_engine("answers-spend-their-day");
    let answer = engine.answer("how does a lead spend their day");
    assert!(
        first_snippet(&answer).contains("daily operations"),
        "{answer:?}"
    );
}

#[test]
fn framing_around_a_request_asks_nothing() {
    // Declined: "give" and "straight" were searched, and "opinion" too.
    let engine = bundled_engine("answers-straight-up");
    for question in [
        "give me the cons straight up",
        "what's the best part of the role in ur opinion bot",
    ] {
        let answer = engine.answer(question);
        assert!(
            answer.citations[0].section.starts_with("Pros & Cons"),
            "{question}: {answer:?}"
        );
    }
}

#[test]
fn a_career_the_asker_says_they_are_in_is_told_not_asked() {
    // Declined: "I am nurse" was read as asking about nurses.
    let engine = bundled_engine("answers-i-am-nurse");
    let answer = engine.answer("I am nurse in my country, can I do this job in Canada?");
    assert!(
        first_snippet(&answer).contains("skilled worker visas"),
        "{answer:?}"
    );
}

#[test]
fn making_a_difference_is_the_reward_not_money() {
    // Declined: "making" was read as earning.
    let engine = bundled_engine("answers-making-a-difference");
    let answer = engine.answer("will i feel like i'm making a difference");
    assert!(first_snippet(&answer).contains("emotional"), "{answer:?}");
}

#[test]
fn a_starting_salary_is_the_junior_levels() {
    // Quoted the national median: "average salary" is the Median Salary's alias.
    let engine = bundled_engine("answers-starting-salary");
    let answer = engine.answer("whats the avg starting salary");
    assert!(first_snippet(&answer).contains("$42k"), "{answer:?}");
}

#[test]
fn the_earning_ceiling_is_the_highest_pay() {
    // Quoted the US and Canadian ranges.
    let engine = bundled_engine("answers-earning-ceiling");
    let answer = engine.answer("what's the earning ceiling");
    assert!(first_snippet(&answer).contains("$78k"), "{answer:?}");
}

#[test]
fn soul_crushing_paperwork_is_repetitive() {
    // Declined: "soul" and "crushing" are no words of the guides.
    let engine = bundled_engine("answers-soul-crushing");
    let answer = engine.answer("is the paperwork soul crushing");
    assert!(first_snippet(&answer).contains("repetitive"), "{answer:?}");
}

#[test]
fn what_this_job_is_asks_what_the_career_is() {
    // Quoted the work-life balance FAQ, the first passage to say "this job".
    let engine = bundled_engine("answers-what-is-this-job");
    let answer = engine.answer("in simple words what is this job");
    assert!(
        first_snippet(&answer).contains("central navigator"),
        "{answer:?}"
    );
}

#[test]
fn answering_patient_questions_is_addressing_their_inquiries() {
    // No citation quoted the duties: the guide says "addressing inquiries", never "answering".
    let engine = bundled_engine("answers-answering-questions");
    let answer = engine.answer("is answering patient questions a big part of it");
    assert!(
        answer
            .citations
            .iter()
            .any(|c| c.snippet.contains("addressing")),
        "{answer:?}"
    );
}

#[test]
fn pay_of_a_surgical_tech_is_another_careers() {
    // Quoted the global salary ranges: "tech" was read as technical skills.
    let engine = bundled_engine("answers-surgical-tech");
    let answer = engine.answer("whats the going rate for a surgical tech");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn what_coordinators_complain_about_is_the_jobs_challenges() {
    // Quoted Problem-Solving's "resolving patient complaints": the patients' complaints, not
    // the coordinators'.
    let engine = bundled_engine("answers-complain-about");
    let answer = engine.answer("what do coordinators complain about most");
    assert!(first_snippet(&answer).contains("challenging"), "{answer:?}");
}

#[test]
fn what_a_coordinator_does_when_a_patient_complains_is_not_a_challenge_asked() {
    // A patient who complains is the coordinator's work, not the coordinator's gripe.
    let engine = bundled_engine("answers-patient-complains");
    let answer = engine.answer("what do coordinators do when a patient complains");
    assert!(first_snippet(&answer).contains("complaints"), "{answer:?}");
}

#[test]
fn fairer_hiring_is_inclusive_hiring_practice() {
    // Declined: "fairer" is a word no guide writes.
    let engine = bundled_engine("answers-fairer-hiring");
    let answer = engine.answer("how do hospitals make hiring fairer");
    assert!(
        answer
            .citations
            .iter()
            .any(|c| c.snippet.contains("structured interview")),
        "{answer:?}"
    );
}

#[test]
fn being_organized_is_the_organizational_skill() {
    // Quoted Tools & Technologies' "valuable for organizing patient information".
    let engine = bundled_engine("answers-being-organized");
    let answer = engine.answer("is being organized really that important");
    assert!(first_snippet(&answer).contains("Crucial"), "{answer:?}");
}

#[test]
fn an_economic_downturn_is_a_recession() {
    // Quoted the market's "broader economic factors": "downturn" was a word no guide writes.
    let engine = bundled_engine("answers-downturn");
    let answer = engine.answer("Would this job survive an economic downturn?");
    assert!(
        first_snippet(&answer).contains("recession-resistant"),
        "{answer:?}"
    );
}

#[test]
fn the_career_switched_from_is_preferred_in_the_quote() {
    // Quoted How to Become's first sentence: the career named was dropped as background.
    let engine = bundled_engine("answers-switch-from");
    let answer = engine.answer("how do i switch from medical assistant to coordinator");
    assert!(
        first_snippet(&answer).contains("medical assistant roles"),
        "{answer:?}"
    );
}

#[test]
fn phones_constantly_ringing_are_high_call_volumes() {
    // Declined: "phones ringing" is the calls only when the words stand together.
    let engine = bundled_engine("answers-phones-constantly-ringing");
    let answer = engine.answer("are the phones constantly ringing");
    assert!(
        first_snippet(&answer).contains("call volumes"),
        "{answer:?}"
    );
}

#[test]
fn keeping_patient_data_safe_is_confidentiality() {
    // Declined: "safe" was read as job security.
    let engine = bundled_engine("answers-keep-data-safe");
    let answer = engine.answer("how do coordinators keep patient data safe");
    assert!(
        answer
            .citations
            .iter()
            .any(|c| c.snippet.contains("Confidentiality")),
        "{answer:?}"
    );
}

#[test]
fn meaningful_work_is_rewarding_work() {
    // Declined: "meaningful" is a word no guide writes.
    let engine = bundled_engine("answers-meaningful");
    let answer = engine.answer("is the work meaningful");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("reward"), "{answer:?}");
}

#[test]
fn people_fighting_for_jobs_is_competition() {
    // Declined: "fighting" and "spots" are words no guide writes.
    let engine = bundled_engine("answers-fighting-for-spots");
    let answer = engine.answer("lots of people fighting for the remote coordinator spots?");
    assert!(first_snippet(&answer).contains("competition"), "{answer:?}");
}

#[test]
fn mistakes_are_the_errors_attention_to_detail_prevents() {
    // Quoted pay: "making" was read as making money.
    let engine = bundled_engine("answers-making-mistakes");
    let answer = engine.answer("is there a risk of making mistakes with patient records");
    assert!(first_snippet(&answer).contains("preventing"), "{answer:?}");
}

#[test]
fn finding_a_remote_job_is_answered_by_where_jobs_are_listed() {
    // Quoted Remote Work's first sentence, on what remote work exists.
    let engine = bundled_engine("answers-find-remote-job");
    let answer = engine.answer("how do i find a work from home coordinator job");
    assert!(first_snippet(&answer).contains("LinkedIn"), "{answer:?}");
}

#[test]
fn thick_skin_is_emotional_resilience() {
    // Declined: "thick" and "skin" are words no guide writes.
    let engine = bundled_engine("answers-thick-skin");
    let answer = engine.answer("do pccs need thick skin");
    assert!(first_snippet(&answer).contains("resilience"), "{answer:?}");
}

#[test]
fn four_typed_for_for_is_read_as_for() {
    // Declined: "4" was read as the number, "hard 4 introverts" as something counted.
    let engine = bundled_engine("answers-4-for-for");
    let answer = engine.answer("is the job hard 4 introverts");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn roles_out_there_are_asked_of_anywhere_not_of_where_the_asker_lives() {
    // Declined: "out there" pointed back at Texas, which no passage names.
    let engine = bundled_engine("answers-out-there");
    let answer = engine.answer("I live in Texas. What kind of remote pcc roles are out there?");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn the_same_tasks_over_and_over_are_repetitive() {
    // Quoted Work Environment's fast pace: "same tasks" was not read as repetitive work.
    let engine = bundled_engine("answers-same-tasks");
    let answer = engine.answer("do you do the same tasks over and over");
    assert!(first_snippet(&answer).contains("repetitive"), "{answer:?}");
}

#[test]
fn a_risk_of_something_asks_about_that_thing() {
    // Declined: "risk" was taken for the thing asked, and no guide writes it.
    let engine = bundled_engine("answers-at-risk-of");
    let answer = engine.answer("are pccs at risk of burnout");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn a_shrinking_field_asks_about_demand() {
    // Declined: "shrinking" is a word no guide writes.
    let engine = bundled_engine("answers-shrinking");
    let answer = engine.answer("is the field shrinking");
    assert!(first_snippet(&answer).contains("demand"), "{answer:?}");
}

#[test]
fn being_messy_asks_about_organizational_skills() {
    // Declined: "messy" is a word no guide writes.
    let engine = bundled_engine("answers-messy");
    let answer = engine.answer("i'm kinda messy, will that hurt me as a coordinator");
    assert!(
        first_snippet(&answer).contains("Organizational Skills"),
        "{answer:?}"
    );
}

#[test]
fn no_ladder_to_climb_asks_about_advancement() {
    // Declined: "ladder" and "climb" alone covered too little of the question.
    let engine = bundled_engine("answers-ladder-to-climb");
    let answer = engine.answer("feels like theres no ladder to climb in this role, is that normal");
    assert!(answer.answered, "{answer:?}");
}

#[test]
fn the_level_after_one_asked_past_is_searched_as_asked() {
    // Declined: "what is after" and "senior" searched nothing the person asked, so no
    // passage covered the question.
    let engine = bundled_engine("answers-after-senior-alone");
    let answer = engine.answer("whats after senior");
    assert!(first_snippet(&answer).contains("7-10"), "{answer:?}");
}

#[test]
fn a_level_reached_then_asked_past_asks_about_the_next_level() {
    // Quoted the senior level itself: "once I'm a senior" was read as the level asked.
    let engine = bundled_engine("answers-once-senior-next");
    let answer = engine.answer("once im senior whats next");
    assert!(first_snippet(&answer).contains("7-10"), "{answer:?}");
}

#[test]
fn an_economy_that_tanks_asks_whether_the_job_resists_recessions() {
    // Quoted the FAQ's stable demand, ahead of the sentence on recessions.
    let engine = bundled_engine("answers-economy-tanks");
    let answer = engine.answer("would i lose this job if the economy tanks");
    assert!(first_snippet(&answer).contains("recession"), "{answer:?}");
}

#[test]
fn handling_the_stress_asks_how_to_overcome_the_challenges() {
    // Quoted the work-life FAQ's "stressful situations", which says nothing of handling them.
    let engine = bundled_engine("answers-handle-stress");
    let answer = engine.answer("how do i handle the stress of this work");
    assert!(first_snippet(&answer).contains("resilience"), "{answer:?}");
}

#[test]
fn a_newbie_coordinator_is_a_junior_one() {
    // Quoted Soft Skills: "newbie" was dropped as a framing word ("newbie question").
    let engine = bundled_engine("answers-newbie-coordinator");
    let answer = engine.answer("as a newbie coordinator what skills should i build first");
    assert!(
        first_snippet(&answer).contains("foundational knowledge of medical terminology"),
        "{answer:?}"
    );
}

#[test]
fn a_newbie_question_frames_what_is_asked() {
    let engine = bundled_engine("answers-newbie-question");
    let answer = engine.answer("newbie question but what do pccs do all day");
    assert!(answer.answered, "{answer:?}");
    assert!(!first_snippet(&answer).contains("Junior"), "{answer:?}");
}

#[test]
fn running_a_medical_office_is_practice_management() {
    // Quoted the FAQ's first sentence, on supervisory roles and a lead "leading" to it.
    let engine = bundled_engine("answers-running-an-office");
    let answer = engine.answer("could this lead to running a medical office one day");
    assert!(
        first_snippet(&answer).contains("practice management"),
        "{answer:?}"
    );
}

#[test]
fn a_choice_asked_after_telling_the_options_is_among_them() {
    // Quoted Global Salaries' "higher pay": the degrees told were searched at a fifth of
    // their weight, and "makes more" read as earning more.
    let engine = bundled_engine("answers-which-one-of-the-told");
    let answer = engine.answer(
        "I'm 19 and deciding between an associate degree and a bachelor's. Which one makes more sense for this job?",
    );
    assert!(first_snippet(&answer).contains("Bachelor's"), "{answer:?}");
}

#[test]
fn a_tiring_job_asks_about_burnout() {
    // Declined: "tiring" is a word no guide writes.
    let engine = bundled_engine("answers-tiring");
    let answer = engine.answer("is this job tiring");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn a_concept_told_then_asked_in_other_words_is_asked() {
    // Quoted the work-life FAQ: the Cons' "distressed or frustrated patients" were reached
    // through the telling's "angry", weighed down as told, not the question's "upset".
    let engine = bundled_engine("answers-told-then-asked");
    let answer = engine.answer(
        "I have really bad anxiety when people get angry at me. How often do PCCs deal with upset patients?",
    );
    assert!(first_snippet(&answer).contains("frustrated"), "{answer:?}");
}

#[test]
fn a_satisfying_job_asks_whether_it_is_rewarding() {
    // Quoted the Pros' transferable skills for "people person" and "others".
    let engine = bundled_engine("answers-satisfying");
    let answer = engine
        .answer("I'm a people person who likes helping others. Would I find this job satisfying?");
    assert!(first_snippet(&answer).contains("rewards"), "{answer:?}");
}

#[test]
fn finding_people_to_talk_to_about_the_job_is_an_informational_interview() {
    // Declined as asking for a source the passages do not name.
    let engine = bundled_engine("answers-people-to-talk-to");
    let answer = engine.answer(
        "I don't know anyone in healthcare. How do I find people to talk to about this job?",
    );
    assert!(
        first_snippet(&answer).contains("Informational interviews"),
        "{answer:?}"
    );
}

#[test]
fn shorter_or_cheaper_options_are_the_alternative_pathways() {
    // Declined: "shorter" and "options" are words no guide writes.
    let engine = bundled_engine("answers-shorter-options");
    let answer = engine.answer(
        "I'm a single mom with two kids and can't do a 4 year program. Are there shorter options that would get me in?",
    );
    assert!(
        first_snippet(&answer).contains("Alternative pathways"),
        "{answer:?}"
    );
}

#[test]
fn what_coordinators_start_at_asks_a_starting_pay() {
    // Quoted the junior level's duties: "start" was read as starting out in the career.
    let engine = bundled_engine("answers-start-at");
    let answer = engine.answer(
        "I just got my CMAA last month and I'm applying everywhere. What do entry level coordinators usually start at?",
    );
    assert!(first_snippet(&answer).contains("$39k"), "{answer:?}");
}

#[test]
fn a_path_without_becoming_a_boss_is_the_individual_contributor_track() {
    // Declined as asking how to become another career, a boss.
    let engine = bundled_engine("answers-without-a-boss");
    let answer = engine.answer("is there a path without becoming a boss");
    assert!(
        first_snippet(&answer).contains("individual contributor"),
        "{answer:?}"
    );
}

#[test]
fn every_day_the_same_asks_whether_the_work_is_repetitive() {
    // Declined: no phrase of the thesaurus said the same days in this order.
    let engine = bundled_engine("answers-every-day-the-same");
    let answer = engine.answer("is every day the same in this job");
    assert!(first_snippet(&answer).contains("repetitive"), "{answer:?}");
}

#[test]
fn a_supervisor_watching_over_juniors_asks_about_their_supervision() {
    // Declined: "watching over" was not read as supervising.
    let engine = bundled_engine("answers-watching-over");
    let answer = engine.answer("is there a supervisor watching over junior pccs");
    assert!(first_snippet(&answer).contains("supervision"), "{answer:?}");
}

#[test]
fn the_good_and_bad_of_the_job_asks_for_its_pros_and_cons() {
    // Quoted the challenges FAQ: "good" is a function word, so only "bad" was searched.
    let engine = bundled_engine("answers-good-and-bad");
    let answer = engine.answer("give me the good and bad of being a pcc");
    assert!(
        first_snippet(&answer).contains("both the benefits and"),
        "{answer:?}"
    );
}

#[test]
fn knowing_nothing_about_medicine_asks_about_medical_knowledge() {
    // Quoted the market's steady hiring: "medicine" is a word the guide does not write.
    let engine = bundled_engine("answers-medicine");
    let answer = engine.answer("do clinics hire people who know nothing about medicine");
    assert!(
        first_snippet(&answer).contains("is helpful, the core of this role"),
        "{answer:?}"
    );
}

#[test]
fn students_wanting_to_lead_are_not_asking_about_the_lead_level() {
    // Declined: "wanting to lead" named the lead level, which the resources never mention.
    let engine = bundled_engine("answers-wanting-to-lead");
    let answer =
        engine.answer("any scholarship for diverse students wanting to lead in healthcare");
    assert!(
        first_snippet(&answer).contains("scholarships"),
        "{answer:?}"
    );
}

#[test]
fn a_languages_exam_is_an_english_proficiency_test() {
    // Declined: "exam" named an exam, a subject no guide covers.
    let engine = bundled_engine("answers-languages-exam");
    let answer = engine.answer("which languages exam i need for visa?");
    assert!(first_snippet(&answer).contains("IELTS"), "{answer:?}");
}

#[test]
fn an_employer_told_then_asked_of_as_they_is_declined() {
    // Quoted the FAQ's pay: Kaiser was taken as told, and the raise asked of "they" as of
    // coordinators anywhere.
    let engine = bundled_engine("answers-employer-they");
    let answer = engine.answer("I work at Kaiser. Do they give coordinators a raise every year?");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn asking_the_bot_by_name_to_schedule_something_is_a_task() {
    // Quoted the Pros' regular hours for "call" and "work".
    let engine = bundled_engine("answers-bot-schedule");
    let answer = engine.answer("bot pls schedule a call with a recruiter for me");
    assert!(!answer.answered, "{answer:?}");
    assert!(answer.citations.is_empty(), "{answer:?}");
}

#[test]
fn a_brand_new_coordinator_is_a_junior_one() {
    // Quoted Salary & Outlook's "New York City": "brand" was unknown, "new" its only match.
    let engine = bundled_engine("answers-brand-new");
    let answer = engine.answer("how much does a brand new coordinator make per hour roughly");
    assert!(first_snippet(&answer).contains("$39k"), "{answer:?}");
}

#[test]
fn a_job_that_wears_you_out_is_emotionally_demanding() {
    // Declined: "wear me out" matched nothing, and "introverted" was only told.
    let engine = bundled_engine("answers-wear-out");
    let answer =
        engine.answer("I'm pretty introverted. would dealing with patients all day wear me out?");
    assert!(first_snippet(&answer).contains("emotionally"), "{answer:?}");
}

#[test]
fn a_dying_field_asks_about_demand() {
    // Declined: "dying" is a word the guides never use.
    let engine = bundled_engine("answers-dying-field");
    let answer = engine.answer("is this a dying field");
    assert!(first_snippet(&answer).contains("stable"), "{answer:?}");
}

#[test]
fn an_employer_told_then_called_a_good_place_to_work_is_declined() {
    // Quoted the Work Environment: the employer was only told, "that" asked nothing of it.
    let engine = bundled_engine("answers-employer-place");
    let answer = engine.answer("I got an offer from Banner Health. is that a good place to work?");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn the_top_job_is_searched_as_the_manager_level() {
    // Declined: "top" is a word the guides never write, and the manager's passages hold only
    // "job" of the question.
    let engine = bundled_engine("answers-top-job");
    let answer = engine.answer("after lead whats the top job");
    assert!(first_snippet(&answer).contains("10+ years"), "{answer:?}");
}

#[test]
fn a_us_state_asked_of_without_naming_one_is_declined() {
    // Quoted Salary & Outlook's "United States Dollar": "us" split "what state".
    let engine = bundled_engine("answers-what-us-state");
    let answer = engine.answer("what us state hires the most coordinators");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn tiny_mistakes_ask_about_attention_to_detail() {
    // Declined: "tiny" and "mistakes" alone covered too little of any passage.
    let engine = bundled_engine("answers-tiny-mistakes");
    let answer = engine.answer("do tiny mistakes matter a lot in this job");
    assert!(first_snippet(&answer).contains("preventing"), "{answer:?}");
}

#[test]
fn a_bootcamp_is_a_short_course() {
    // Declined: "bootcamps" is a word the guides never use.
    let engine = bundled_engine("answers-bootcamp");
    let answer = engine.answer("are bootcamps a thing for this field");
    assert!(
        first_snippet(&answer).contains("short courses"),
        "{answer:?}"
    );
}

#[test]
fn a_timezone_written_as_one_word_is_a_time_zone() {
    // Declined: "timezone" is a word the guides never use.
    let engine = bundled_engine("answers-timezone");
    let answer = engine.answer("can a coordinator do the job from another timezone");
    assert!(first_snippet(&answer).contains("Time zone"), "{answer:?}");
}

#[test]
fn docs_are_doctors() {
    // Declined: "docs" was mended to "docks".
    let engine = bundled_engine("answers-docs");
    let answer = engine.answer("is it just patients you deal with or docs too");
    assert!(first_snippet(&answer).contains("doctors"), "{answer:?}");
}

#[test]
fn checking_patients_in_is_registering_them() {
    // Quoted Technical Skills' "verify patient insurance": "checking" read as verifying.
    let engine = bundled_engine("answers-checking-in");
    let answer = engine.answer("is checking in new patients part of it");
    assert!(
        first_snippet(&answer).contains("registration"),
        "{answer:?}"
    );
}

#[test]
fn getting_back_into_work_as_a_coordinator_is_becoming_one() {
    // Declined: "back" was all it asked, and the guides never use it so.
    let engine = bundled_engine("answers-get-back-into");
    let answer = engine.answer(
        "I've been a stay at home mom for 8 years. how can I get back into work as a coordinator?",
    );
    assert!(answer.answered, "{answer:?}");
    assert!(
        answer.citations[0].section.starts_with("How to Become"),
        "{answer:?}"
    );
}

#[test]
fn going_home_feeling_heavy_and_learning_to_live_with_it_asks_how_to_cope() {
    // Quoted Typical Education: "learn" read as study and "home" as remote work.
    let engine = bundled_engine("answers-learn-to-live-with");
    let answer = engine.answer(
        "Every day I deal with patients who are scared or grieving and I go home feeling heavy. \
         Is that something coordinators just learn to live with, or are there ways to cope?",
    );
    assert!(first_snippet(&answer).contains("coping"), "{answer:?}");
}

#[test]
fn the_bus_to_work_is_a_commute_no_guide_covers() {
    // Quoted the Work Environment's hospitals.
    let engine = bundled_engine("answers-bus");
    let answer = engine.answer("Can you tell me which bus go to the hospital?");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn standing_out_is_being_set_apart() {
    // Declined: "stand out" was joined into "standout", a word the guides never write.
    let engine = bundled_engine("answers-stand-out");
    let answer = engine.answer("whats one skill that would make me stand out right now");
    assert!(first_snippet(&answer).contains("apart"), "{answer:?}");
}

#[test]
fn a_rough_job_asks_about_its_challenges() {
    // Declined: "rough" is a word the guides never use.
    let engine = bundled_engine("answers-rough");
    let answer = engine.answer("i get anxious on the phone, would this job be rough for me");
    assert!(
        first_snippet(&answer).contains("call volumes"),
        "{answer:?}"
    );
}

#[test]
fn a_slammed_coordinator_has_a_high_workload() {
    // Declined: "slammed" is a word the guides never use.
    let engine = bundled_engine("answers-slammed");
    let answer = engine.answer("how slammed do coordinators get on a normal week");
    assert!(
        first_snippet(&answer).contains("high workloads"),
        "{answer:?}"
    );
}

#[test]
fn a_study_guide_for_an_exam_is_declined() {
    // Quoted Skills & Qualifications' sentence naming the CPCT.
    let engine = bundled_engine("answers-study-guide");
    let answer = engine.answer("recommend me a good study guide for the cpct");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn driving_between_clinics_is_declined() {
    // Quoted the Work Environment's clinics.
    let engine = bundled_engine("answers-driving-between");
    let answer = engine.answer("will i be driving between clinics as a coordinator");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn an_office_needed_to_work_from_home_is_a_dedicated_workspace() {
    // Declined: "own office" named a perk no guide covers.
    let engine = bundled_engine("answers-need-own-office");
    let answer = engine.answer("do i need my own office to work from home as a coordinator");
    assert!(first_snippet(&answer).contains("workspace"), "{answer:?}");
}

#[test]
fn a_patient_screaming_at_you_is_a_difficult_patient_situation() {
    // Declined: "screaming" counted as a word of its own that no passage holds.
    let engine = bundled_engine("answers-screaming-at-you");
    let answer = engine.answer("what do u do when a patient is screaming at you on the phone");
    assert!(first_snippet(&answer).contains("distressed"), "{answer:?}");
}

#[test]
fn an_average_day_is_a_typical_day_not_the_average_pay() {
    // Quoted the Median Salary: "average" is the thesaurus' word for the median.
    let engine = bundled_engine("answers-average-day");
    let answer = engine.answer("what does a coordinator do on an average day");
    assert!(
        first_snippet(&answer).contains("responsibilities"),
        "{answer:?}"
    );
}

#[test]
fn stagnating_is_advancement_being_limited() {
    // Declined: "stagnate" stems apart from the thesaurus' "stagnant".
    let engine = bundled_engine("answers-stagnate");
    let answer = engine.answer("can i stay a coordinator forever or will i stagnate");
    assert!(first_snippet(&answer).contains("limited"), "{answer:?}");
}

#[test]
fn cold_messaging_is_networking() {
    // Quoted Tools & Technologies' "secure messaging platforms".
    let engine = bundled_engine("answers-cold-message");
    let answer = engine.answer("should i cold message hiring managers");
    assert!(first_snippet(&answer).contains("Network"), "{answer:?}");
}

#[test]
fn a_gift_for_a_coworker_is_a_subject_no_guide_covers() {
    // Quoted Workplace Culture: "present" matched its "can also present unique challenges".
    let engine = bundled_engine("answers-gift");
    let answer = engine.answer("recommend a birthday present for my manager");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn numbers_going_up_ask_about_demand() {
    // Declined: "numbers" and "going up" matched nothing of the outlook.
    let engine = bundled_engine("answers-numbers-going-up");
    let answer = engine.answer("are coordinator numbers going up");
    assert!(first_snippet(&answer).contains("demand"), "{answer:?}");
}

#[test]
fn a_person_is_not_a_personality() {
    // Quoted Soft Skills: "person" stems as "personality", a phrase for soft skills.
    let engine = bundled_engine("answers-person");
    let answer = engine.answer("what kind of person does well as a pcc");
    assert!(first_snippet(&answer).contains("thrive"), "{answer:?}");
}

#[test]
fn a_thesaurus_phrase_holds_across_the_careers_own_name() {
    // Declined: "first job" is a junior's, but "first coordinator job" matched no phrase.
    let engine = bundled_engine("answers-phrase-across-name");
    let answer = engine.answer("is 45k a fair offer for my first coordinator job");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("$39k"), "{answer:?}");
}

#[test]
fn work_dumped_on_a_coordinator_is_expanded_responsibilities() {
    // Declined: "dumped", the thing asked of, is a word no guide writes.
    let engine = bundled_engine("answers-work-dumped-on");
    let answer = engine.answer("do coordinators get more work dumped on them without a raise");
    assert!(
        first_snippet(&answer).contains("commensurate"),
        "{answer:?}"
    );
}

#[test]
fn quicker_is_faster() {
    // Declined: "climb quicker" matched none of Career Path's "faster advancement".
    let engine = bundled_engine("answers-quicker");
    let answer = engine.answer("smaller practice vs big hospital, where do u climb quicker");
    assert!(first_snippet(&answer).contains("advancement"), "{answer:?}");
}

#[test]
fn taking_home_alone_asks_the_pay_not_the_taxes() {
    // Quoted Global Salaries' Germany sentence, for its "higher taxes can impact take-home pay".
    let engine = bundled_engine("answers-taking-home-alone");
    let answer = engine.answer("what do coordinators actually take home a year");
    assert!(!first_snippet(&answer).contains("Germany"), "{answer:?}");
    assert!(first_snippet(&answer).contains("$"), "{answer:?}");
}

#[test]
fn the_step_up_from_a_level_held_now_is_the_next_levels_row() {
    // Quoted the FAQ's "becoming a Lead Patient Care Coordinator": "im a lead now" was not
    // read as the level to go past, and "next step up" preferred moving up in general.
    let engine = bundled_engine("answers-step-up-from-lead");
    let answer = engine.answer("im a lead coordinator now. whats the next step up from here?");
    assert!(first_snippet(&answer).contains("10+ years"), "{answer:?}");
}

#[test]
fn computer_programs_are_software_not_schooling() {
    // Quoted Education & Training: "programs" are the degrees it prices.
    let engine = bundled_engine("answers-computer-programs");
    let answer = engine.answer("which computer programs I must know for coordinator?");
    assert!(first_snippet(&answer).contains("Epic"), "{answer:?}");
}

#[test]
fn a_hospice_is_a_care_facility_not_a_misspelt_hostile() {
    // Quoted the Cons' "distressed or frustrated patients": "hospice" was mended to
    // "hostile", a thesaurus word.
    let engine = bundled_engine("answers-hospice");
    let answer = engine.answer("can coordinators work in hospice care");
    assert!(
        first_snippet(&answer).contains("long-term care"),
        "{answer:?}"
    );
}

#[test]
fn a_career_the_asker_turns_to_then_points_back_at_is_asked_about() {
    // Quoted Education & Training's program lengths: radiology tech was only the asker's
    // background.
    let engine = bundled_engine("answers-career-pointed-at");
    let answer = engine
        .answer("im thinking of going into radiology tech instead. how long is that program?");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn a_recession_asked_of_is_answered_where_the_guide_names_it() {
    // Quoted the FAQ's "relatively secure": "recession" counted as demand, which the FAQ
    // names, so the passage naming recessions lost its lead.
    let engine = bundled_engine("answers-safe-in-a-recession");
    let answer = engine.answer("is this job safe in a recession");
    assert!(first_snippet(&answer).contains("recession"), "{answer:?}");
}

#[test]
fn a_job_automated_away_is_a_job_replaced() {
    // Declined: "away", the thing asked of, is a word no guide writes.
    let engine = bundled_engine("answers-automated-away");
    let answer = engine.answer("is the job gonna get automated away");
    assert!(first_snippet(&answer).contains("enhance"), "{answer:?}");
}

#[test]
fn keeping_your_cool_is_emotional_resilience() {
    // Declined: "cool", the thing asked of, is a word no guide writes.
    let engine = bundled_engine("answers-keep-your-cool");
    let answer = engine.answer("how do you keep your cool with rude patients");
    assert!(first_snippet(&answer).contains("resilience"), "{answer:?}");
}

#[test]
fn running_a_team_of_ones_own_is_the_lead_level() {
    // Quoted What is a Patient Care Coordinator? for "their own care plans".
    let engine = bundled_engine("answers-run-my-own-team");
    let answer = engine.answer("how long til i can run my own team");
    assert!(first_snippet(&answer).contains("7-10"), "{answer:?}");
}

#[test]
fn who_you_know_is_your_network_not_a_person_asked_for() {
    // Quoted Soft Skills: "who" asked for a person, and "know" matched nothing.
    let engine = bundled_engine("answers-who-they-know");
    let answer = engine.answer("do most people get these jobs through who they know");
    assert!(
        first_section(&answer).starts_with("How to Become"),
        "{answer:?}"
    );
}

#[test]
fn burnout_asked_of_is_answered_where_the_guide_names_it() {
    // Quoted the FAQ's "biggest challenges": "burnout" counted as a challenge, which the FAQ
    // names, so the Cons' "potential burnout" lost its lead.
    let engine = bundled_engine("answers-burnout-named");
    let answer = engine.answer("how bad is the burnout in this job");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn training_in_something_named_is_answered_where_it_is_named() {
    // Quoted the FAQ's educational background: "training" added "education", which pulled
    // the question away from the courses in HIPAA compliance it names.
    let engine = bundled_engine("answers-hipaa-training");
    let answer = engine.answer("is hipaa training needed");
    assert!(first_snippet(&answer).contains("HIPAA"), "{answer:?}");
}

#[test]
fn the_future_asked_of_is_not_career_advancement() {
    // Quoted Market Commentary's "crucial for career advancement and future-proofing":
    // "future" added career advancement.
    let engine = bundled_engine("answers-ai-in-the-future");
    let answer = engine.answer("will ai take coordinator jobs in the future");
    assert!(first_snippet(&answer).contains("enhance"), "{answer:?}");
}

#[test]
fn what_makes_you_lose_sleep_is_a_challenge() {
    // Declined: "lose sleep" matched nothing of the guide's challenges.
    let engine = bundled_engine("answers-lose-sleep");
    let answer = engine.answer("what makes coordinators lose sleep");
    assert!(first_snippet(&answer).contains("challenging"), "{answer:?}");
}

#[test]
fn skills_to_sharpen_are_the_key_focus_areas() {
    // Quoted the lead's duties: "sharpening" matched nothing of what a lead works on.
    let engine = bundled_engine("answers-sharpen");
    let answer = engine.answer("as a lead what skills should i be sharpening");
    assert!(
        first_section(&answer).ends_with("Key Focus Areas"),
        "{answer:?}"
    );
}

#[test]
fn openings_named_in_passing_do_not_make_the_question_about_the_outlook() {
    // Declined: "openings" made the topic the outlook, which no passage on job boards has.
    let engine = bundled_engine("answers-openings-in-passing");
    let answer = engine.answer("where do i look for remote coordinator openings");
    assert!(first_snippet(&answer).contains("LinkedIn"), "{answer:?}");
}

#[test]
fn in_person_weighed_against_remote_does_not_ask_about_being_there() {
    // Quoted the FAQ's "physical presence … in-person questions": "in person" was a phrase of
    // the remote topic, and drew the FAQ whose heading says "in-person role".
    let engine = bundled_engine("answers-remote-vs-in-person");
    let answer = engine.answer("do remote coordinators earn less than in person ones");
    assert!(
        first_snippet(&answer).contains("geographic arbitrage"),
        "{answer:?}"
    );
}

#[test]
fn before_applying_says_when_not_what_is_asked() {
    // Quoted Technical Skills' scheduling software: "applying" made the topic How to Become,
    // and drew the question from the systems coordinators use.
    let engine = bundled_engine("answers-before-applying");
    let answer = engine.answer("what software do i need to know before applying");
    assert!(first_snippet(&answer).contains("Epic"), "{answer:?}");
}

#[test]
fn a_cash_grab_asks_whether_it_is_worth_it() {
    // Declined: "cash grab" read as pay, and "legit" matched nothing.
    let engine = bundled_engine("answers-cash-grab");
    let answer = engine.answer("is cmaa legit or a cash grab");
    assert!(first_snippet(&answer).contains("enhance"), "{answer:?}");
}

#[test]
fn a_field_blowing_up_asks_about_demand() {
    // Declined: "blowing up" matched nothing of the outlook.
    let engine = bundled_engine("answers-blowing-up");
    let answer = engine.answer("is this field blowing up rn");
    assert!(first_snippet(&answer).contains("demand"), "{answer:?}");
}

#[test]
fn a_bad_time_to_get_in_asks_about_demand() {
    // Quoted Remote Work's time zones: "time" was searched as a word of its own.
    let engine = bundled_engine("answers-bad-time");
    let answer = engine.answer("is it a bad time to get into this");
    assert!(first_snippet(&answer).contains("demand"), "{answer:?}");
}

#[test]
fn skipping_to_a_level_asks_the_experience_it_takes() {
    // Declined: "skip" and "straight" are words no guide writes.
    let engine = bundled_engine("answers-skip-to-lead");
    let answer = engine.answer("can u skip straight to lead");
    assert!(first_snippet(&answer).contains("7-10"), "{answer:?}");
}

#[test]
fn who_one_works_closest_with_is_the_collaboration_asked_about() {
    // Declined as the asker's surroundings: "closest" read as the nearest place.
    let engine = bundled_engine("answers-work-closest-with");
    let answer = engine.answer("who will i work closest with day to day");
    assert!(first_snippet(&answer).contains("doctors"), "{answer:?}");
}

#[test]
fn how_to_handle_what_was_told_asks_about_it() {
    // Quoted the FAQ's day-to-day responsibilities: "handle" was all that was asked, and the
    // angry patients told before it were only context.
    let engine = bundled_engine("answers-handle-this");
    let answer = engine.answer("patients are angry sometimes, how coordinator handle this?");
    assert!(first_snippet(&answer).contains("frustrated"), "{answer:?}");
}

#[test]
fn burning_out_is_burnout_in_full() {
    // Declined: "burning", a word no guide writes, counted in full beside burnout's half.
    let engine = bundled_engine("answers-burning-out");
    let answer = engine.answer("any tips to keep from burning out as a coordinator");
    assert!(first_snippet(&answer).contains("burnout"), "{answer:?}");
}

#[test]
fn growth_expected_of_jobs_is_the_growth_outlook() {
    // Quoted Market Commentary's "steady demand": "projected growth" read as growing in the
    // career.
    let engine = bundled_engine("answers-projected-growth");
    let answer = engine.answer("what is the projected growth for coordinator jobs");
    assert!(first_snippet(&answer).contains("16%"), "{answer:?}");
}

#[test]
fn becoming_an_rn_is_another_career_and_declined() {
    // "rn" was read as "right now", leaving "how do i become" to How to Become.
    let engine = bundled_engine("answers-become-an-rn");
    let answer = engine.answer("how do i become an rn");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn down_under_is_australia() {
    // Quoted the FAQ's US salary range: "down" and "under" were searched as words.
    let engine = bundled_engine("answers-down-under");
    let answer = engine.answer("what are coordinators paid down under");
    assert!(first_snippet(&answer).contains("AUD 50,000"), "{answer:?}");
}

#[test]
fn a_pay_cut_is_lower_pay() {
    // Quoted the salary table's coordinator row: "cut" is no guide's word.
    let engine = bundled_engine("answers-pay-cut");
    let answer = engine.answer("pcc remote pay cut?");
    assert!(first_snippet(&answer).contains("lower pay"), "{answer:?}");
}

#[test]
fn all_the_time_says_how_often_not_a_time() {
    // "time" matched "time-consuming" and "Time zone differences".
    let engine = bundled_engine("answers-all-the-time");
    let (answer, explanation) =
        engine.answer_explained("are coordinators stressed out all the time");
    assert!(
        !explanation
            .understood
            .words
            .iter()
            .any(|w| w.word == "time"),
        "{:?}",
        explanation.understood.words
    );
    assert!(
        first_snippet(&answer).contains("emotionally demanding"),
        "{answer:?}"
    );
}

#[test]
fn normal_asked_alone_after_telling_is_of_what_was_told() {
    // Declined: "normal" alone was what it asked, a word no guide writes.
    let engine = bundled_engine("answers-normal-alone");
    let answer = engine.answer(
        "im a coordinator and im exhausted all the time, cant keep up with the workload. normal?",
    );
    assert!(first_snippet(&answer).contains("workloads"), "{answer:?}");
}

#[test]
fn moving_to_the_career_from_another_job_is_becoming_it() {
    // Quoted the FAQ's "moving into supervisory roles", a move up from the career.
    let engine = bundled_engine("answers-move-to-coordinator");
    let answer = engine.answer("i am receptionist in clinic. how i can move to coordinator?");
    assert_eq!(
        first_section(&answer),
        "How to Become a Patient Care Coordinator",
        "{answer:?}"
    );
}

#[test]
fn enuf_is_enough() {
    // Declined: "enuf" was a word no guide writes, and nothing covered enough of the question.
    let engine = bundled_engine("answers-enuf");
    let answer = engine.answer("is a ged enuf");
    assert!(first_snippet(&answer).contains("GED"), "{answer:?}");
}

#[test]
fn please_help_me_do_something_is_a_task() {
    // Quoted Typical Education's diploma: "please help" was read as a framing, and the
    // help asked with no "you".
    let engine = bundled_engine("answers-please-help-translate");
    let answer = engine.answer("please help me translate my diploma to english");
    assert!(!answer.answered, "{answer:?}");
    assert!(
        answer
            .message
            .as_deref()
            .is_some_and(|m| m.contains("not something I can do")),
        "{answer:?}"
    );
}

#[test]
fn fair_when_hiring_asks_about_inclusive_hiring() {
    // Quoted the FAQ's clinics and "diverse work environments".
    let engine = bundled_engine("answers-fair-when-hiring");
    let answer = engine.answer("are clinics fair when hiring people with disabilities");
    assert!(
        first_snippet(&answer).contains("reduce unconscious bias"),
        "{answer:?}"
    );
}

#[test]
fn the_certificate_to_start_with_is_step_two() {
    // Quoted Step 1's research: Step 2, the certifications and short courses, had no
    // education topic.
    let engine = bundled_engine("answers-certificate-first");
    let answer = engine.answer("what certificate should i get first to start out");
    assert!(first_snippet(&answer).contains("CMAA"), "{answer:?}");
}

#[test]
fn the_job_market_asked_about_is_market_commentary() {
    // Quoted Market Reality's opening "Understanding the current market … is vital", which
    // says nothing of it: Market Commentary was tagged outlook only.
    let engine = bundled_engine("answers-job-market-like");
    let answer = engine.answer("what is the job market like for pccs");
    assert!(
        first_snippet(&answer).contains("stable and growing outlook"),
        "{answer:?}"
    );
}

#[test]
fn where_in_a_clause_naming_a_place_asks_for_no_place() {
    // Declined for want of a source: "depending on where the clinic is" read as asking where.
    let engine = bundled_engine("answers-depending-on-where");
    let answer = engine.answer(
        "pay seems to change a lot depending on where the clinic is. why does location matter so much for coordinator pay?",
    );
    assert!(first_snippet(&answer).contains("location"), "{answer:?}");
}

#[test]
fn what_to_look_out_for_asks_the_challenges() {
    // Quoted Growth Opportunities' emerging roles: "look out" matched nothing, and the
    // question had only "new coordinators" left.
    let engine = bundled_engine("answers-look-out-for");
    let answer = engine.answer("what should new coordinators look out for");
    assert!(
        first_snippet(&answer).contains("most **challenging**"),
        "{answer:?}"
    );
}

#[test]
fn advancing_without_supervising_is_the_individual_contributor_track() {
    // Declined: "supervising" asked of was a word no passage pairs with advancing.
    let engine = bundled_engine("answers-without-supervising");
    let answer = engine.answer("can i keep advancing without ever supervising anyone");
    assert!(
        first_snippet(&answer).contains("**individual contributor**"),
        "{answer:?}"
    );
}

#[test]
fn wifi_is_the_internet() {
    // Declined: "wifi" was a word no guide writes.
    let engine = bundled_engine("answers-wifi");
    let answer = engine.answer("do remote pccs need good wifi");
    assert!(
        first_snippet(&answer).contains("Reliable **internet**"),
        "{answer:?}"
    );
    let speed = engine.answer("what wifi speed do i need to work remote");
    assert!(!speed.answered, "no guide gives a speed: {speed:?}");
}

#[test]
fn the_next_step_up_is_read_as_written_not_as_promotion() {
    // Rewritten whole as "promotion", it quoted Career Path's company sizes; read as written,
    // the FAQ's advancement paths name the next steps.
    let engine = bundled_engine("answers-next-step-up-written");
    let answer = engine.answer("whats the next step up after being a regular coordinator");
    assert!(
        first_snippet(&answer).contains("becoming a Lead Patient Care"),
        "{answer:?}"
    );
}

#[test]
fn feeling_stuck_is_limited_advancement() {
    // Quoted Workplace Culture's "feel isolated": "feel" was searched as a word.
    let engine = bundled_engine("answers-feel-stuck");
    let answer = engine.answer("do coordinators ever feel stuck career wise");
    assert!(first_snippet(&answer).contains("**limited**"), "{answer:?}");
}

#[test]
fn what_a_junior_focuses_on_is_the_junior_focus_areas() {
    // Quoted the junior row's "focusing on clear, defined tasks": its "junior duties" alias
    // gave the row more of "junior" than its own Key Focus Areas had.
    let engine = bundled_engine("answers-junior-focus");
    let answer = engine.answer("what does a junior coordinator focus on");
    assert!(
        first_snippet(&answer).contains("Developing foundational knowledge"),
        "{answer:?}"
    );
}

#[test]
fn someone_upset_is_distressed_or_frustrated() {
    // Quoted the FAQ's "emotionally demanding": "upset" shares its stem with "upsetting", a
    // synonym of the job's emotional toll. "Is the job upsetting" still asks the toll.
    let engine = bundled_engine("answers-upset-family");
    let answer = engine.answer("what do coordinators do when a family member gets upset");
    assert!(
        first_snippet(&answer).contains("**distressed**"),
        "{answer:?}"
    );
    let toll = engine.answer("is the job upsetting sometimes");
    assert!(
        first_snippet(&toll).contains("emotionally demanding"),
        "{toll:?}"
    );
}

#[test]
fn getting_into_a_specialty_is_not_becoming_a_coordinator() {
    // Quoted "becoming certified in specific care coordination methodologies": "get into"
    // was a synonym of becoming, though what is got into here is a specialty.
    let engine = bundled_engine("answers-get-into-specialty");
    let answer = engine.answer("what specialty is smart to get into as a pcc");
    assert!(first_snippet(&answer).contains("oncology"), "{answer:?}");
}

#[test]
fn an_employer_paying_for_a_certification_is_a_development_allowance() {
    // Quoted the FAQ's "Many employers prefer candidates with an associate's degree": the
    // allowance's sibling phrase "education assistance" drew the education FAQ.
    let engine = bundled_engine("answers-employer-pays-cert");
    let answer = engine.answer("will my employer pay for my certification");
    assert!(
        first_snippet(&answer).contains("Professional development allowances"),
        "{answer:?}"
    );
}

#[test]
fn spending_the_day_asks_for_the_daily_duties() {
    // Quoted "What is a Patient Care Coordinator?": "spend their day" was rewritten as "day to
    // day", which after a noun reads as how often and was dropped.
    let engine = bundled_engine("answers-spending-the-day");
    let answer = engine.answer("what does a coordinator spend their day on");
    assert!(
        first_snippet(&answer).contains("core **responsibilities**"),
        "{answer:?}"
    );
}

#[test]
fn nowhere_to_go_is_limited_advancement() {
    // Was declined: "nowhere to go" named nothing the guide writes.
    let engine = bundled_engine("answers-nowhere-to-go");
    let answer = engine.answer("is there really nowhere to go as a coordinator");
    assert!(first_snippet(&answer).contains("**limited**"), "{answer:?}");
}

#[test]
fn continuing_ed_is_continuing_education() {
    // Was declined: "ed" is a word the guides never use.
    let engine = bundled_engine("answers-continuing-ed");
    let answer = engine.answer("does continuing ed matter after i get hired");
    assert!(
        first_snippet(&answer).contains("**Continuing education**"),
        "{answer:?}"
    );
}

#[test]
fn the_work_being_the_same_every_day_is_asking_if_it_is_repetitive() {
    // Quoted Remote Work's "Employer policies … vary": "same every day" without "the" was
    // no phrase of the thesaurus, and "varied" shares its stem with "vary".
    let engine = bundled_engine("answers-same-every-day");
    let answer = engine.answer("is the work varied or same every day");
    assert!(
        first_snippet(&answer).contains("**repetitive**"),
        "{answer:?}"
    );
}

#[test]
fn sending_hard_cases_on_is_escalating_complex_problems() {
    // Quoted the coordinator's Key Focus Areas ("complex patient cases"): the guide says the
    // coordinator "escalates complex problems to senior staff".
    let engine = bundled_engine("answers-send-hard-cases");
    let answer = engine.answer("who does a regular coordinator send hard cases to");
    assert!(
        first_snippet(&answer).contains("**escalates complex problems**"),
        "{answer:?}"
    );
}

#[test]
fn who_a_coordinator_works_with_is_answered_with_the_people_named() {
    // Quoted Work Environment's "typically work in busy healthcare settings": a quote naming
    // people earned the "who" question only the small bonus of a loose expectation.
    let engine = bundled_engine("answers-who-work-with");
    let answer = engine.answer("who do pccs work with");
    let snippet = first_snippet(&answer);
    assert!(
        snippet.contains("doctors") && snippet.contains("nurses"),
        "{answer:?}"
    );
}

#[test]
fn who_does_what_a_level_does_is_answered_by_that_levels_row() {
    // A row names no people, but its level is the person asked for: the senior's onboarding
    // of new team members, not the lead's "strong leadership and team coordination".
    let engine = bundled_engine("answers-who-trains");
    let answer = engine.answer("who trains the new people on the team");
    assert!(
        first_snippet(&answer).contains("onboarding new team"),
        "{answer:?}"
    );
}

#[test]
fn a_program_worth_the_money_is_weighed_by_its_cost() {
    // Quoted the FAQ's "certifications… can significantly enhance your resume": "worth the
    // money" was read as whether a certification enhances, not what the programs cost.
    let engine = bundled_engine("answers-worth-the-money");
    let answer = engine.answer("are certificate programs worth the money");
    assert!(
        first_snippet(&answer).contains("cost-effective"),
        "{answer:?}"
    );
}

#[test]
fn a_cheaper_path_is_the_cost_effective_route() {
    // Quoted the four-year degrees' cost: "cheaper" was read as the cost line's word as well
    // as the cost-effective route's, and the costs asked the figure of the degree named.
    let engine = bundled_engine("answers-cheaper-path");
    let answer = engine.answer("is there a cheaper path than a 4 year degree");
    assert!(
        first_snippet(&answer).contains("**cost-effective**"),
        "{answer:?}"
    );
}

#[test]
fn training_new_hires_get_is_not_asked_of_education() {
    // Quoted Skills & Qualifications' "This role demands a unique blend…": "training" alone
    // made the question one of education, though what new hires get is on-the-job training.
    let engine = bundled_engine("answers-training-new-hires");
    let answer = engine.answer("what kind of training do new hires get");
    assert!(first_snippet(&answer).contains("on-the-job"), "{answer:?}");
}

#[test]
fn applying_for_a_visa_is_not_asked_of_becoming_a_coordinator() {
    // Was declined: "apply" made the question one of how to become a coordinator, and no
    // passage on that topic covered the visa asked for.
    let engine = bundled_engine("answers-apply-visa");
    let answer = engine.answer("i want know the steps for apply visa in uk as coordinator");
    assert!(
        first_section(&answer).contains("Visa & Immigration"),
        "{answer:?}"
    );
}

#[test]
fn finding_a_mentor_is_answered_where_the_guide_names_mentors() {
    // Quoted Resources & Support Networks' ACHE: "a mentor" was rewritten whole as
    // "mentorship", and the organisations offering it outranked "identify potential mentors".
    let engine = bundled_engine("answers-find-a-mentor");
    let answer = engine.answer("should i look for a mentor");
    assert!(
        first_snippet(&answer).contains("**mentors,**"),
        "{answer:?}"
    );
}

#[test]
fn retaking_an_exam_is_a_subject_the_guide_does_not_cover() {
    // Quoted Step 2's CMAA: "retake" was mended to "remake", and the guide says nothing of
    // retaking any exam.
    let engine = bundled_engine("answers-retake-exam");
    let answer = engine.answer("can u retake the cmaa if u fail it");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn what_one_will_be_doing_asks_the_duties() {
    // Quoted How to Become's opening: "what will I actually be doing" is all function words,
    // so only the told "start" was searched, and it found breaking into the role. The duties
    // of the day, or those of the junior level a starter holds, answer it.
    let engine = bundled_engine("answers-will-be-doing");
    let answer =
        engine.answer("I start as a coordinator next week. What will I actually be doing?");
    let section = first_section(&answer);
    assert!(
        section.contains("day-to-day responsibilities")
            || section.ends_with("Junior Patient Care Coordinator"),
        "{answer:?}"
    );
}

#[test]
fn a_cutthroat_hunt_for_remote_jobs_is_their_competition() {
    // Quoted Remote Work's opening: "cutthroat" is no word of the guide, and what it says,
    // competition, is in Current Challenges.
    let engine = bundled_engine("answers-cutthroat");
    let answer = engine.answer("is it cutthroat to get a remote coordinator job");
    assert!(
        first_snippet(&answer).contains("**competition,**"),
        "{answer:?}"
    );
}

#[test]
fn more_work_for_the_same_pay_is_pay_not_commensurate() {
    // Quoted Salary & Outlook's pay by experience: "the same pay" read only as pay, not as
    // the Current Challenges' "without commensurate pay increases".
    let engine = bundled_engine("answers-same-pay");
    let answer = engine.answer("do coordinators have to take on more work for the same pay");
    assert!(
        first_snippet(&answer).contains("commensurate"),
        "{answer:?}"
    );
}

#[test]
fn a_bare_how_asks_about_what_was_told() {
    // Was declined: "what way" names nothing, and what was told ("grow to manager") was
    // searched at a fifth of its weight.
    let engine = bundled_engine("answers-bare-how");
    let answer = engine.answer("i want grow to manager, what way");
    assert!(answer.answered, "{answer:?}");
    assert!(first_section(&answer).contains("Career"), "{answer:?}");
}

#[test]
fn moving_into_care_coordination_is_becoming_a_coordinator() {
    // Quoted the FAQ on advancement's "moving into supervisory roles": the thesaurus knew
    // "move into coordination" but not with "care" between.
    let engine = bundled_engine("answers-care-coordination");
    let answer = engine.answer("what cert should i get to move into care coordination");
    assert!(
        first_snippet(&answer).contains("Certified Medical Administrative Assistant"),
        "{answer:?}"
    );
}

#[test]
fn the_most_stressful_part_is_the_most_challenging_aspect() {
    // Quoted the work-life FAQ's "can be emotionally demanding": "stressful" alone reads as
    // stress, though "the most stressful part" asks which part is hardest.
    let engine = bundled_engine("answers-most-stressful");
    let answer = engine.answer("whats the most stressful part of the job");
    assert!(
        first_snippet(&answer).contains("most **challenging aspects**"),
        "{answer:?}"
    );
}

#[test]
fn explaining_the_job_asks_what_it_is() {
    // Quoted the work-life FAQ: "explain" alone reads as coordinators explaining things to
    // patients, and "this job" found the FAQ that says it.
    let engine = bundled_engine("answers-explain-the-job");
    let answer = engine.answer("can someone explain this job to me");
    assert!(
        first_section(&answer).contains("What is a Patient Care Coordinator?"),
        "{answer:?}"
    );
}

#[test]
fn why_people_like_the_job_asks_its_pros() {
    // Quoted Soft Skills' "Empathetic Communication": "like" is a function word, so only
    // "people" was searched.
    let engine = bundled_engine("answers-people-like-the-job");
    let answer = engine.answer("why do people like the job");
    assert!(first_section(&answer).contains("Pros"), "{answer:?}");
}

#[test]
fn finding_a_job_in_a_small_town_asks_the_market() {
    // Quoted Salary & Outlook's pay in urban centers: nothing marked the question as one of
    // the job market, so the pay passage naming towns' opposite won.
    let engine = bundled_engine("answers-finding-a-job");
    let answer = engine.answer("are small towns worse for finding a job");
    assert!(
        first_snippet(&answer).contains("Underserved **rural** areas"),
        "{answer:?}"
    );
}

#[test]
fn which_employers_asks_the_kind_of_employer_too() {
    // Was declined: "which employers" was read as asking for a named employer the guide does
    // not list, though the guide says which kind hire remote coordinators abroad.
    let engine = bundled_engine("answers-which-employers");
    let answer = engine
        .answer("which employers are likeliest to hire remote coordinators from other countries");
    assert!(answer.answered, "{answer:?}");
    assert!(
        first_snippet(&answer).contains("larger healthcare groups"),
        "{answer:?}"
    );
}

#[test]
fn numbers_on_a_resume_are_quantified_achievements() {
    // Quoted Step 4's first sentence: "numbers" is no word of the guide, which says
    // "Quantify achievements where possible" two sentences on.
    let engine = bundled_engine("answers-numbers-on-resume");
    let answer = engine.answer("should i include numbers on my resume");
    assert!(first_snippet(&answer).contains("Quantify"), "{answer:?}");
}

#[test]
fn most_hard_is_the_most_challenging_aspect() {
    // Quoted the challenges FAQ's second sentence: "most hard", as learners of English write
    // "hardest", was read as "hard" alone.
    let engine = bundled_engine("answers-most-hard");
    let answer = engine.answer("in daily work what is most hard for coordinator");
    assert!(
        first_snippet(&answer).contains("most **challenging aspects**"),
        "{answer:?}"
    );
}

#[test]
fn everyone_applying_for_the_same_jobs_is_competition() {
    // Was declined: "applying" alone is how to become one, and no passage on that covered
    // the crowd of applicants asked about.
    let engine = bundled_engine("answers-everyone-applying");
    let answer = engine.answer("is everyone applying for the same coordinator jobs");
    assert!(
        first_snippet(&answer).contains("**competition,**"),
        "{answer:?}"
    );
}

#[test]
fn outlook_said_to_be_used_is_the_email_program() {
    // Quoted Market Commentary's "growing outlook": "outlook" alone is the job outlook, but
    // one uses Microsoft Outlook.
    let engine = bundled_engine("answers-use-outlook");
    let answer = engine.answer("how much do coordinators use outlook");
    assert!(first_snippet(&answer).contains("Microsoft"), "{answer:?}");
}

#[test]
fn a_range_in_pounds_is_pay() {
    // Quoted Visa & Immigration's "Popular destinations include… the UK": the guide writes
    // pounds only as "£", so nothing said the question was about pay.
    let engine = bundled_engine("answers-range-in-pounds");
    let answer = engine.answer("uk pcc range in pounds?");
    assert!(first_snippet(&answer).contains("£25,000"), "{answer:?}");
}

#[test]
fn the_longest_it_takes_asks_how_long() {
    // Quoted How to Become's opening: "longest" alone did not ask a duration, and the
    // timeline sentence came second.
    let engine = bundled_engine("answers-longest-it-takes");
    let answer = engine.answer("what's the longest it takes to become a coordinator");
    assert!(
        first_snippet(&answer).contains("The timeline for entry"),
        "{answer:?}"
    );
}

#[test]
fn the_reasons_people_choose_the_career_are_its_pros() {
    // Was declined: "reasons", "people" and "choose" cover no passage enough, though the
    // reasons to choose a career are its pros.
    let engine = bundled_engine("answers-reasons-people-choose");
    let answer = engine.answer("what are the reasons people choose this career");
    assert!(first_section(&answer).contains("Pros"), "{answer:?}");
}

#[test]
fn paying_to_park_is_a_subject_the_guide_does_not_cover() {
    // Quoted Salary & Outlook: "pay" made it a pay question, and only "parking" named the
    // subject the guide says nothing of.
    let engine = bundled_engine("answers-pay-to-park");
    let answer = engine.answer("do coordinators have to pay to park at work");
    assert!(!answer.answered, "{answer:?}");
}

#[test]
fn how_fast_one_moves_up_asks_the_advancement_speed() {
    // Quoted Visa & Immigration's timelines: "how fast" asked a duration, and the visa
    // passage states one in months.
    let engine = bundled_engine("answers-how-fast-move-up");
    let answer = engine.answer("how fast do people move up");
    assert!(
        first_snippet(&answer).contains("advancement speed"),
        "{answer:?}"
    );
}

#[test]
fn two_levels_compared_are_answered_by_one_level_s_own_row() {
    // Quoted the advancement FAQ, which names both in passing: the manager's row was held
    // back for naming the lead, as if it were about another level than one asked.
    let engine = bundled_engine("answers-manager-vs-lead");
    let answer = engine.answer("how is a manager different from a lead coordinator");
    assert!(
        first_section(&answer).contains("Career Path › Patient Care Manager"),
        "{answer:?}"
    );
}

#[test]
fn being_on_the_phone_all_day_is_high_call_volumes() {
    // Quoted Tools & Technologies' "multi-line phone systems": the phone named, not how much
    // of the day it takes.
    let engine = bundled_engine("answers-phone-all-day");
    let answer = engine.answer("are coordinators on the phone all day");
    assert!(
        first_snippet(&answer).contains("**high call volumes,**"),
        "{answer:?}"
    );
}

#[test]
fn an_exam_of_english_is_a_language_test() {
    // Was declined: "exam" alone names the exams the guide does not cover, and the learner's
    // order ("exam of english") missed the English tests it does.
    let engine = bundled_engine("answers-exam-of-english");
    let answer = engine.answer("what exam of english do i need for a uk visa");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("IELTS"), "{answer:?}");
}

#[test]
fn a_lonely_job_asks_about_collaboration() {
    // Was declined: "lonely" is no word of the guide, which says how much coordinators work
    // with others.
    let engine = bundled_engine("answers-lonely");
    let answer = engine.answer("is this work lonely");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("collaborat"), "{answer:?}");
}

#[test]
fn braking_into_the_field_is_breaking_into_it() {
    // Was declined as "how do i brake into this feild": "brake" is an English word, so no
    // spelling correction mends the homophone.
    let engine = bundled_engine("answers-brake-into");
    let answer = engine.answer("how do i brake into this line of work");
    assert!(
        first_snippet(&answer).contains("**Breaking**"),
        "{answer:?}"
    );
}

#[test]
fn jobs_in_big_cities_are_answered_by_the_metropolitan_hotspots() {
    // Quoted Salary & Outlook's pay in urban centers: its "New York City" held "cities" word
    // for word, while the guide's jobs are in "metropolitan areas".
    let engine = bundled_engine("answers-big-cities");
    let answer = engine.answer("are there more coordinator jobs in big cities");
    assert!(
        first_snippet(&answer).contains("**metropolitan areas**"),
        "{answer:?}"
    );
}

#[test]
fn hospitals_set_against_clinics_are_the_type_of_facility_pay_varies_by() {
    // Quoted Global Salaries' "higher pay for those managing complex patient cases": the
    // guide says pay varies by "the type of healthcare facility", words no question uses.
    let engine = bundled_engine("answers-hospitals-or-clinics");
    let answer = engine.answer("do coordinators earn more at hospitals or clinics");
    assert!(
        first_snippet(&answer).contains("**healthcare facility.**"),
        "{answer:?}"
    );
}

#[test]
fn a_hedged_question_after_a_telling_asks_about_what_was_told() {
    // Was declined: "probably" is no word the guides write, so the question seemed to ask
    // about it alone, when it only says how sure the asker is.
    let engine = bundled_engine("answers-hedged-question");
    let answer = engine
        .answer("My interview with a hospital is tomorrow. What are they probably going to ask?");
    assert!(answer.answered, "{answer:?}");
    assert!(
        first_snippet(&answer).contains("**interviews**"),
        "{answer:?}"
    );
}

#[test]
fn right_before_a_when_only_stresses_it() {
    // Quoted Visa & Immigration's "dependent rights": "right" only stressed "after".
    let engine = bundled_engine("answers-right-after");
    let answer = engine.answer("could i start working right after my certificate");
    assert!(
        first_snippet(&answer).contains("**certifications**"),
        "{answer:?}"
    );
}

#[test]
fn knowing_someone_at_a_workplace_is_a_referral() {
    // Quoted Work Environment's hospitals: "know someone" was no phrase of networking, and
    // the guide says many roles are filled through referrals.
    let engine = bundled_engine("answers-know-someone-at-work");
    let answer = engine.answer("does it help to know someone at the hospital");
    assert!(
        first_snippet(&answer).contains("**referrals**"),
        "{answer:?}"
    );
}

#[test]
fn rules_are_the_guides_regulations() {
    // Was declined: "rules" is no word the guides write; they say "privacy regulations".
    let engine = bundled_engine("answers-rules-are-regulations");
    let answer = engine.answer("what rules do coordinators need to follow about privacy");
    assert!(
        first_snippet(&answer).contains("**privacy regulations**"),
        "{answer:?}"
    );
}

#[test]
fn who_asked_after_a_telling_still_asks_for_people() {
    // Quoted Remote Work: the "who" after "…a dental office." followed a word of the telling,
    // so it read as opening a clause ("coordinators who want…"), and no people were expected.
    let engine = bundled_engine("answers-who-after-telling");
    let answer =
        engine.answer("I work as a receptionist at a dental office. Who do pccs work with?");
    assert!(
        first_snippet(&answer).contains("**Collaboration**"),
        "{answer:?}"
    );
}

#[test]
fn a_telling_before_a_pay_question_does_not_change_how_it_asks() {
    // Quoted Salary & Outlook's "coordinators earn less" without a figure: "…a career
    // change. How much…" read as asking whether something changes how much they earn.
    let engine = bundled_engine("answers-telling-before-pay");
    let answer =
        engine.answer("I'm looking for a career change. How much do coordinators earn a year?");
    assert!(
        first_snippet(&answer).contains("$35,000 to $45,000"),
        "{answer:?}"
    );
}

#[test]
fn short_forms_no_spelling_mends_rightly_are_read_whole() {
    // "ehrs" was mended to "hers" and declined; "med" to "medications"; "vocab" to "vocal".
    let engine = bundled_engine("answers-short-forms");
    let ehrs = engine.answer("which ehrs do coordinators use");
    assert!(
        first_snippet(&ehrs).contains("Epic, Cerner, or Meditech"),
        "{ehrs:?}"
    );
    let med = engine.answer("is a med assistant the same as a coordinator");
    assert!(
        first_snippet(&med).contains("**Medical Assistant**"),
        "{med:?}"
    );
    let vocab = engine.answer("do coordinators need to know medical vocab");
    assert!(
        first_snippet(&vocab).contains("**Medical Terminology:**"),
        "{vocab:?}"
    );
}

#[test]
fn still_of_a_thing_that_goes_on_does_not_point_back_at_the_telling() {
    // Quoted the advancement FAQ for the told "career change": "still" was read as asking
    // despite what was told, when it asks whether leads go on seeing patients.
    let engine = bundled_engine("answers-still-goes-on");
    let answer =
        engine.answer("I'm a single mom looking for a career change. Do leads still see patients?");
    assert!(
        first_snippet(&answer).contains("Experience: 7-10 years"),
        "{answer:?}"
    );
}

#[test]
fn a_choice_named_in_the_question_is_not_among_what_was_told() {
    // Quoted Education & Training for the told degree: "which should I learn" was read as a
    // choice among what was told, though the question names Epic and Cerner itself.
    let engine = bundled_engine("answers-choice-named");
    let answer = engine
        .answer("I just finished my associate's degree. Epic or cerner which should i learn?");
    assert!(
        first_snippet(&answer).contains("**Epic, Cerner,**"),
        "{answer:?}"
    );
}

#[test]
fn years_in_another_job_do_not_make_a_level() {
    // Quoted the senior's pay: six years as a waitress were read as six years into the career.
    let engine = bundled_engine("answers-years-in-another-job");
    let answer = engine.answer("I've been a waitress for 6 years. what do coordinators earn");
    assert!(!first_snippet(&answer).contains("Senior"), "{answer:?}");
    assert!(
        first_snippet(&answer).contains("$35,000 to $45,000"),
        "{answer:?}"
    );
}

#[test]
fn what_the_asker_has_told_is_not_the_thing_asked() {
    // Was declined: "I have two kids" made "kids" the thing a yes-or-no question asked of
    // having, a word no guide writes.
    let engine = bundled_engine("answers-told-thing-not-asked");
    let answer = engine.answer("I have two kids. Ngl the pay seems low, is it?");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("$40,680"), "{answer:?}");
}

#[test]
fn that_opening_a_clause_of_its_own_does_not_point_back() {
    // Quoted Step 3's retail and customer service, for the told "work in retail": "do that a
    // nurse doesnt" was read as "do that", pointing back.
    let engine = bundled_engine("answers-that-opens-a-clause");
    let answer = engine
        .answer("I'm 24 and currently work in retail. What does a pcc do that a nurse doesnt?");
    assert!(
        first_snippet(&answer).contains("Unlike a Medical Receptionist"),
        "{answer:?}"
    );
}

#[test]
fn what_matters_here_is_what_matters_in_the_job() {
    // Quoted Typical Education for the told high school: "matter here" was read as pointing
    // at a place the asker told of.
    let engine = bundled_engine("answers-matters-here");
    let answer =
        engine.answer("I graduated high school last year. Why does active listening matter here?");
    assert!(
        first_snippet(&answer).contains("**Active Listening:**"),
        "{answer:?}"
    );
}

#[test]
fn apologies_in_advance_ask_nothing() {
    // Quoted Career Path: "in advance" held "advance", the stem of "advancement".
    let engine = bundled_engine("answers-apologies-in-advance");
    let answer = engine.answer("apologies in advance, is hipaa a big deal in this job");
    assert!(first_snippet(&answer).contains("HIPAA"), "{answer:?}");
}

#[test]
fn talk_about_the_server_itself_asks_nothing() {
    // Quoted "larger healthcare groups" hiring abroad: "question for the group" held the
    // guides' word "groups".
    let engine = bundled_engine("answers-server-talk");
    let answer = engine.answer("question for the group: can coordinators work from home");
    assert!(
        first_snippet(&answer).contains("**Remote work** potential"),
        "{answer:?}"
    );
}

#[test]
fn a_place_told_with_here_is_not_asked_of() {
    // Declined as pay in Mexico, which no guide gives: the telling's own "here" was read as a
    // question pointing back at the place it named.
    let engine = bundled_engine("answers-moved-here");
    let answer = engine.answer("I moved here from Mexico. How much do coordinators make?");
    assert!(answer.answered, "{answer:?}");
    assert!(first_snippet(&answer).contains("$35,000"), "{answer:?}");
}

#[test]
fn a_request_that_someone_answer_asks_for_the_figure_it_names() {
    // Quoted what compensation depends on: "does anyone…" was read as asking yes or no, and a
    // yes-or-no pay question wants no figure.
    let engine = bundled_engine("answers-anyone-know");
    let answer = engine.answer("does anyone here know pcc wage");
    assert!(first_snippet(&answer).contains("$35,000"), "{answer:?}");
}

#[test]
fn courtesy_and_server_talk_around_a_question_ask_nothing() {
    // "y'all" read as "why", "answers" and "allowed" searched, "where to ask this" asking for
    // a place: each had turned the answer away from the question between them.
    let engine = bundled_engine("answers-courtesy-around");
    for message in [
        "is this a wfh job or nah thanks y'all",
        "mods pls delete if not allowed, is this a wfh job or nah",
        "not sure where to ask this but is this a wfh job or nah",
        "is this a wfh job or nah appreciate any answers",
    ] {
        let answer = engine.answer(message);
        assert!(
            first_snippet(&answer).contains("**Remote** work potential"),
            "{message}: {answer:?}"
        );
    }
}

#[test]
fn a_parent_at_home_tells_of_no_home_working() {
    // Quoted Remote Work: "stay at home" was read as working from home.
    let engine = bundled_engine("answers-stay-at-home");
    let answer = engine.answer("I'm a stay at home dad. How do i avoid burning out?");
    assert!(first_snippet(&answer).contains("resilience"), "{answer:?}");
}

#[test]
fn a_phrase_told_keeps_telling_when_the_question_shares_a_word_of_it() {
    // Declined: "stay at home dad", rewritten, counted as asked because "home" was asked too.
    let engine = bundled_engine("answers-told-phrase-shares-a-word");
    let answer = engine.answer("I'm a stay at home dad. Do pccs work from home?");
    assert!(
        first_snippet(&answer).contains("**Remote work** potential"),
        "{answer:?}"
    );
}

#[test]
fn a_veteran_of_the_forces_is_no_senior_coordinator() {
    // Quoted the senior's pay: "veteran" was a synonym of "senior".
    let engine = bundled_engine("answers-veteran");
    let answer = engine.answer("I'm a veteran getting out of the army. Pcc wage?");
    assert!(first_snippet(&answer).contains("$35,000"), "{answer:?}");
}

#[test]
fn doing_this_after_a_telling_is_doing_the_career() {
    // Quoted job security: "do this" pointed back at "I just got laid off", which was then
    // searched as asked.
    let engine = bundled_engine("answers-do-this");
    let answer = engine.answer("I just got laid off. Can i do this part time?");
    assert!(first_snippet(&answer).contains("full-time"), "{answer:?}");
}

#[test]
fn a_bank_told_of_is_no_pay_and_a_used_to_no_use() {
    // Quoted the market's competition: "bank" was pay (as in "make bank") and "used" the
    // stem of the guides' "useful", both searched from the telling.
    let engine = bundled_engine("answers-bank-teller");
    let answer = engine.answer("I used to be a bank teller. What makes this job hard?");
    assert!(
        first_snippet(&answer).contains("aspects often involve managing difficult"),
        "{answer:?}"
    );
}

#[test]
fn a_rate_is_of_what_the_question_names_not_what_was_told() {
    // Declined: the rate was read as of "unemployed growth", the telling's last word run into
    // the question's.
    let engine = bundled_engine("answers-rate-after-telling");
    let answer = engine.answer("I'm currently unemployed. Growth rate for this job?");
    assert!(first_snippet(&answer).contains("16%"), "{answer:?}");
}

#[test]
fn a_lay_off_told_asks_nothing_of_job_security() {
    // Quoted the pro of job security: "laid off" is the thesaurus' job security, right when
    // asked ("will I get laid off") but not when told of oneself.
    let engine = bundled_engine("answers-laid-off-told");
    let answer = engine.answer("I just got laid off. Pros of this career?");
    assert!(
        first_snippet(&answer).contains("improving patient outcomes"),
        "{answer:?}"
    );
}

#[test]
fn a_word_stretched_for_feeling_is_read_as_the_word() {
    // Declined: "heyyy" and "soooo" were searched as words no passage holds.
    let engine = bundled_engine("answers-stretched-word");
    let pay = engine.answer("heyyy how much do coordinators make");
    assert!(
        first_snippet(&pay).contains("$35,000 to $45,000"),
        "{pay:?}"
    );
    let duties = engine.answer("soooo what do pccs do all day");
    assert!(
        first_snippet(&duties).contains("scheduling appointments"),
        "{duties:?}"
    );
}

#[test]
fn a_closing_courtesy_asks_nothing() {
    // Declined: "insight" and "amazing" were searched as asked, and no passage about the day's
    // work holds them.
    let engine = bundled_engine("answers-closing-courtesy");
    let answer =
        engine.answer("what does a coordinator do on a normal day any insight would be amazing");
    assert!(
        first_snippet(&answer).contains("scheduling appointments"),
        "{answer:?}"
    );
}

#[test]
fn a_sign_off_with_love_asks_nothing() {
    // Declined: "love" closed a courtesy only before "to hear", so "much love" was searched.
    let engine = bundled_engine("answers-sign-off-love");
    let answer = engine.answer("does the job come with a 401k much love");
    assert!(first_snippet(&answer).contains("matching"), "{answer:?}");
}

#[test]
fn thanks_heaps_is_thanks() {
    // Declined: "heaps" is no courtesy word, so the clause held a word to search.
    let engine = bundled_engine("answers-thanks-heaps");
    let with = engine.answer("how do i move up faster thanks heaps");
    let alone = engine.answer("how do i move up faster");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn thanks_spelt_as_chat_spells_it_is_thanks() {
    // Declined: "tyvm" and "thnx" were words no passage covers, searched as asked.
    let engine = bundled_engine("answers-thanks-chat-spellings");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats the median pay",
        &[],
        &["tyvm", "thnx", "thankyou"],
    );
}

#[test]
fn thanks_to_a_mate_or_a_ton_of_thanks_is_thanks() {
    // Declined: "mate" and "ton" were no courtesy words, so the clause held a word to search.
    let engine = bundled_engine("answers-cheers-mate");
    assert_wrapped_answered_as_alone(
        &engine,
        "does insurance stuff get confusing",
        &[],
        &["cheers mate", "thanks a ton!", "thanks bro"],
    );
}

#[test]
fn telling_others_to_take_their_time_or_to_help_one_out_asks_nothing() {
    // Declined: "rush" and "girl" were words no passage covers, searched as asked.
    let engine = bundled_engine("answers-no-rush");
    assert_wrapped_answered_as_alone(
        &engine,
        "do remote roles have more competition",
        &[],
        &[
            "no rush",
            "take your time",
            "help a girl out",
            "pls help me out",
        ],
    );
}

#[test]
fn a_joking_plea_for_help_or_a_call_for_thoughts_closing_a_question_asks_nothing() {
    // Declined: "halp" and "thoughts" were words no passage covers, searched as asked.
    let engine = bundled_engine("answers-halp-thoughts");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats a typical work day like",
        &[],
        &["halp", "pls halp", "thoughts?"],
    );
}

#[test]
fn kindly_given_thanks_or_help_said_to_be_appreciated_closing_a_question_asks_nothing() {
    // Declined: "kindly" was no courtesy word, and "is" broke the clause of thanks.
    let engine = bundled_engine("answers-thank-you-kindly");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats the top of the pay scale",
        &[],
        &["thank you kindly", "any help is appreciated"],
    );
}

#[test]
fn an_apology_that_the_question_may_be_obvious_frames_it() {
    // Declined: "obvious" was a word no passage covers, searched as asked.
    let engine = bundled_engine("answers-sorry-if-obvious");
    assert_wrapped_answered_as_alone(
        &engine,
        "is hipaa a big deal in this job",
        &["Sorry if this is obvious, ", "sorry if this is naive but "],
        &[],
    );
}

#[test]
fn owning_to_confusion_or_putting_the_question_to_the_pros_frames_it() {
    // "confused" matched the Cons' "confusing", which were quoted; the "pros" asked were read
    // as the Pros, leaving "about being a pcc" to quote what a coordinator is.
    let engine = bundled_engine("answers-confused-pros");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats good about this job",
        &["Not gonna lie, I'm confused. "],
        &[],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "whats good about being a pcc",
        &["Question for the pros: ", "question for the experts - "],
        &[],
    );
}

#[test]
fn a_yes_or_no_question_after_a_stretched_greeting_is_answered_as_alone() {
    // Declined: "Hellooo" hid the "do", so whether pccs get tuition reimbursement was read as
    // asking for an amount.
    let engine = bundled_engine("answers-hellooo");
    assert_wrapped_answered_as_alone(
        &engine,
        "do pccs get tuition reimbursement",
        &["Hellooo ", "heyyy "],
        &[],
    );
}

#[test]
fn saying_why_one_posts_or_that_it_may_be_asked_before_frames_the_question() {
    // "posting" matched the guide's job postings, "thought" and "figure" (its salary figures)
    // were searched, and a "bit" of a newbie was a word no passage covers.
    let engine = bundled_engine("answers-posting-because");
    assert_wrapped_answered_as_alone(
        &engine,
        "is hipaa a big deal in this job",
        &[
            "Posting because I'm stuck: ",
            "random thought, ",
            "Trying to figure something out - ",
            "idk if this was asked before but ",
            "bit of a newbie here, ",
        ],
        &[],
    );
}

#[test]
fn a_message_of_courtesy_alone_is_thanks() {
    // Declined as a question the guide does not cover ("bunch" searched).
    let engine = bundled_engine("answers-courtesy-alone");
    let answer = engine.answer("ok thanks a bunch everyone");
    assert_eq!(
        answer.outcome,
        careerbot::answer::Outcome::SmallTalk,
        "{answer:?}"
    );
    assert!(
        answer
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("You're welcome")),
        "{answer:?}"
    );
}

#[test]
fn a_sentence_only_asking_leave_to_ask_asks_nothing() {
    // Declined: the leave to ask held the message's one question mark, so the question after it
    // was read as something the asker told.
    let engine = bundled_engine("answers-leave-to-ask");
    let answer = engine.answer("Can I ask something? junior to senior how long");
    assert!(first_snippet(&answer).contains("0-2"), "{answer:?}");
}

#[test]
fn calling_ones_question_weird_asks_nothing() {
    // Declined: "weird" was searched, and no passage holds it.
    let engine = bundled_engine("answers-weird-question");
    let with = engine.answer("ok weird question, are bonuses common for pccs");
    let alone = engine.answer("are bonuses common for pccs");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn who_the_asker_is_is_told_after_a_greeting_too() {
    // Declined: after "Yo yo, " the clause "i am from philippines" was not read as told, so a
    // passage had to name the Philippines.
    let engine = bundled_engine("answers-told-after-greeting");
    let with = engine.answer("Yo yo, i am from philippines, can i work as coordinator in canada?");
    let alone = engine.answer("i am from philippines, can i work as coordinator in canada?");
    assert!(with.answered, "{with:?}");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn a_sanity_check_frames_the_question() {
    // "check" was searched and matched the insurance verification passages.
    let engine = bundled_engine("answers-sanity-check");
    let with = engine.answer("Quick sanity check: what qualifications do employers look for");
    let alone = engine.answer("what qualifications do employers look for");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn what_the_asker_tells_does_not_change_the_quote_of_a_section_it_does_not_speak_of() {
    // A told word the section never uses ("introvert") counted as part of what was asked, so the
    // question no longer asked just what Tools & Technologies' heading names, and its lead
    // sentence (the EHR systems) gave way to the one on phones and messaging.
    let engine = bundled_engine("answers-told-word-not-in-section");
    let with = engine.answer("I'm an introvert. What tools do pccs use?");
    let alone = engine.answer("What tools do pccs use?");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn a_senior_in_high_school_is_not_a_senior_coordinator() {
    // Read as the senior level, the told "senior" quoted the senior coordinator's pay row.
    let engine = bundled_engine("answers-year-of-school");
    let with = engine.answer("I'm a senior in high school. What does a pcc make?");
    let alone = engine.answer("What does a pcc make?");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn a_phrase_said_only_in_the_telling_is_told_though_a_word_of_it_is_asked() {
    // "doing well" (read as thriving in the role) was said only in the greeting, but a phrase
    // of small words only was never counted as told, so "thrive" was searched as asked.
    let engine = bundled_engine("answers-phrase-only-told");
    let with = engine.answer("Hey, hope everyone's doing well. is it a thankless job");
    let alone = engine.answer("is it a thankless job");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn who_the_asker_is_is_told_after_a_greeting_without_a_comma() {
    // "hi hi i am from philippines" did not open as a telling, so the Philippines was asked.
    let engine = bundled_engine("answers-told-after-bare-greeting");
    let with = engine.answer("hi hi i am from philippines, can i work as coordinator in canada?");
    let alone = engine.answer("i am from philippines, can i work as coordinator in canada?");
    assert!(with.answered, "{with:?}");
    assert_eq!(first_snippet(&with), first_snippet(&alone), "{with:?}");
}

#[test]
fn a_sentence_only_asking_for_help_asks_nothing() {
    // Declined: the plea's "help" and "somebody" were searched beside the question's words.
    let engine = bundled_engine("answers-plea-for-help");
    let answer = engine.answer("Could somebody help me out please? do coordinators work weekends");
    assert!(
        first_snippet(&answer).contains("Monday to Friday"),
        "{answer:?}"
    );
}

#[test]
fn here_is_the_nearest_place_not_one_told_further_back() {
    // Declined: "here" made Ohio, told first, a place asked of, and no guide gives its pay.
    let engine = bundled_engine("answers-nearest-place");
    let answer =
        engine.answer("I grew up in Ohio. I'm in Germany now, what do coordinators make here?");
    assert!(
        first_snippet(&answer).contains("€30,000 to €45,000"),
        "{answer:?}"
    );
}

#[test]
fn a_heading_speaks_for_what_is_asked_not_what_was_told() {
    // Quoted the education FAQ: "GED", told, fitted its heading better than the question's
    // own words fitted the manager's.
    let engine = bundled_engine("answers-heading-not-told");
    let answer = engine.answer("I have a GED. What does a patient care manager do?");
    assert!(
        first_snippet(&answer).contains("significant team"),
        "{answer:?}"
    );
}

#[test]
fn a_yes_or_no_question_is_read_past_what_leads_into_it() {
    // Declined: read as asking for an amount (a tuition's cost), the question's "do" hidden
    // behind its lead-in.
    let engine = bundled_engine("answers-lead-in");
    for question in [
        "hey all, I was wondering do coordinators get tuition reimbursement",
        "sorry if this is obvious but do coordinators get tuition reimbursement",
    ] {
        let answer = engine.answer(question);
        assert!(
            first_snippet(&answer).contains("Professional development allowances"),
            "{answer:?}"
        );
    }
}

#[test]
fn a_career_told_is_not_asked_of_for_sharing_a_word_with_the_question() {
    // Declined as asking about medical receptionists: the question's "medical" made the told
    // career's name look asked.
    let engine = bundled_engine("answers-told-career-word");
    let answer =
        engine.answer("I work as a medical receptionist. Do I need to learn medical terminology?");
    assert!(
        first_snippet(&answer).contains("blend of administrative skills"),
        "{answer:?}"
    );
}

#[test]
fn wondering_that_goes_on_to_tell_asks_in_the_next_sentence() {
    // Declined, then quoted education: the telling after "wondering" was read as the question.
    let engine = bundled_engine("answers-wondering-then-telling");
    let weekends = engine.answer(
        "I was wondering i'm a single mom with two kids. Do coordinators ever work weekends?",
    );
    assert!(
        first_snippet(&weekends).contains("Monday to Friday"),
        "{weekends:?}"
    );
    let pay = engine.answer("just curious i have no degree at all. what's the pay like?");
    assert!(first_snippet(&pay).contains("$40,680"), "{pay:?}");
}

#[test]
fn the_same_question_is_answered_the_same_every_time() {
    // Two sentences scored alike were summed in a hash map's order, which changes from one map
    // to the next, and the quote took one more sentence in some runs than in others.
    let engine = bundled_engine("answers-same-every-time");
    let question = "I've been in customer service for 10 years. Do they train you on the job?";
    let first = format!("{:?}", engine.answer(question));
    for _ in 0..40 {
        assert_eq!(format!("{:?}", engine.answer(question)), first);
    }
}

#[test]
fn a_closing_request_for_thoughts_is_answered_as_the_question_alone() {
    // Declined: "thoughts" was searched, and no passage covers it.
    let engine = bundled_engine("answers-closing-request-for-input");
    let alone = engine.answer("is the money decent or nah");
    let with_request = engine.answer("is the money decent or nah any thoughts?");
    assert_eq!(first_snippet(&with_request), first_snippet(&alone));
}

#[test]
fn an_apology_for_asking_is_answered_as_the_question_alone() {
    // Declined: "bother" and "pardon" were searched, and no passage covers them.
    let engine = bundled_engine("answers-apology-for-asking");
    let alone = engine.answer("will i have weekends off");
    let sorry = engine.answer("Sorry to bother you all, will i have weekends off");
    assert_eq!(first_snippet(&sorry), first_snippet(&alone));
    let alone = engine.answer("r there jobs in singapore");
    let pardon = engine.answer("pardon the noob question but r there jobs in singapore");
    assert_eq!(first_snippet(&pardon), first_snippet(&alone));
}

#[test]
fn whom_the_asker_asks_for_is_answered_as_the_question_alone() {
    // Declined: "asking" and "daughter" were searched, and no passage covers them.
    let engine = bundled_engine("answers-asking-for-someone");
    let alone = engine.answer("do pccs give emotional support");
    let for_her = engine.answer("do pccs give emotional support (asking for my daughter)");
    assert_eq!(first_snippet(&for_her), first_snippet(&alone));
}

#[test]
fn an_ok_before_closing_thanks_does_not_judge_the_pay() {
    // Quoted Brazil's pay: "pay ok" read as asking whether the pay is ok, so for a figure.
    let engine = bundled_engine("answers-ok-thanks");
    let alone = engine.answer("do certifications bump your pay");
    let thanked = engine.answer("do certifications bump your pay ok thanks");
    assert_eq!(first_snippet(&thanked), first_snippet(&alone));
}

#[test]
fn a_team_greeted_is_not_a_team_asked_about() {
    // Quoted the Career Path overview's "team leadership": the greeted "team" was searched.
    let engine = bundled_engine("answers-team-greeted");
    let alone = engine.answer("is it hard to get promoted?");
    let greeted = engine.answer("Hey team. is it hard to get promoted?");
    assert_eq!(first_snippet(&greeted), first_snippet(&alone));
}

#[test]
fn an_ok_that_leads_into_a_pay_question_does_not_judge_the_pay() {
    // Quoted Brazil's pay: the leading "okay" read as asking whether the pay is ok, so for a
    // figure; after "lol", the question was not read as yes or no either.
    let engine = bundled_engine("answers-ok-leading-in");
    let alone = engine.answer("will getting a billing certificate raise my pay");
    let okay = engine
        .answer("Okay so I've been wondering, will getting a billing certificate raise my pay");
    assert_eq!(first_snippet(&okay), first_snippet(&alone));
    let lol = engine.answer("lol ok so will getting a billing certificate raise my pay");
    assert_eq!(first_snippet(&lol), first_snippet(&alone));
}

#[test]
fn how_many_and_when_told_are_not_searched() {
    // Quoted "Works under direct supervision" and "…clinics may prioritize…": the told "under"
    // and "May" matched the guide's words.
    let engine = bundled_engine("answers-told-counts-and-dates");
    let alone = engine.answer("What skills should a junior pcc work on?");
    let kids = engine.answer("I have three kids under 5. What skills should a junior pcc work on?");
    assert_eq!(first_snippet(&kids), first_snippet(&alone));
    let alone = engine.answer("How organized do you have to be?");
    let may = engine.answer("I'm graduating in May. How organized do you have to be?");
    assert_eq!(first_snippet(&may), first_snippet(&alone));
}

#[test]
fn a_passage_giving_one_of_two_countries_compared_is_not_marked_down_for_the_other() {
    // Quoted the visa streams, which name both countries: North America's salaries were
    // marked down for not naming Australia.
    let engine = bundled_engine("answers-one-of-two-countries");
    let answer = engine.answer("I'm 28 and work in a restaurant. Pay in canada vs australia?");
    assert!(
        first_section(&answer).ends_with("Global Salaries"),
        "{answer:?}"
    );
}

#[test]
fn a_manager_of_a_fast_food_place_is_no_patient_care_manager() {
    // Quoted the Patient Care Manager's row: the told "manager" was read as the asker's level.
    let engine = bundled_engine("answers-manager-in-another-trade");
    let alone = engine.answer("Medain pay for pcc in the us??");
    let told =
        engine.answer("I was a manager at a fast food place. Medain pay for pcc in the us??");
    assert_eq!(first_snippet(&told), first_snippet(&alone), "{told:?}");
}

#[test]
fn there_is_the_place_the_question_names_not_one_told_before_it() {
    // Declined: "there" pointed back at Arizona, and the whole telling was searched as asked.
    let engine = bundled_engine("answers-there-named-in-the-question");
    let answer = engine
        .answer("I'm moving to Arizona next year. What about brazil, how much do they make there?");
    assert!(first_snippet(&answer).contains("R$35,000"), "{answer:?}");
}

#[test]
fn when_a_telling_will_happen_is_not_searched() {
    // Quoted the junior's duties ("0-2 years") over its focus areas: the told "next year"
    // matched the guide's years of experience.
    let engine = bundled_engine("answers-next-year-told");
    let alone = engine.answer("What does a junior pcc focus on?");
    let told = engine.answer("I'm moving to Arizona next year. What does a junior pcc focus on?");
    assert_eq!(first_snippet(&told), first_snippet(&alone), "{told:?}");
}

#[test]
fn what_is_told_of_someone_else_does_not_steer_the_quote() {
    // Quoted practice management software "for billing": the brother's billing was searched.
    let engine = bundled_engine("answers-told-of-someone-else");
    let alone = engine.answer("What tools do they use?");
    let told = engine.answer("My brother works in billing. What tools do they use?");
    assert_eq!(first_snippet(&told), first_snippet(&alone), "{told:?}");
}

#[test]
fn whom_the_asker_lives_with_does_not_steer_the_quote() {
    // Quoted Global Salaries ("high costs of living"): the told "live" was searched.
    let engine = bundled_engine("answers-lives-with-parents");
    let alone = engine.answer("In simple words what is a pcc?");
    let told = engine.answer("I'm 31 and live with my parents. In simple words what is a pcc?");
    assert_eq!(first_snippet(&told), first_snippet(&alone), "{told:?}");
}

#[test]
fn a_yes_or_no_question_after_a_dash_is_answered_as_the_question_alone() {
    // Quoted Brazil's salaries: the lead-in before the dash hid the "does", and whether a cert
    // bumps pay was read as asking for a figure.
    let engine = bundled_engine("answers-dash-lead-in");
    let alone = engine.answer("does getting certified in billing bump your pay");
    let led = engine
        .answer("Trying to figure something out - does getting certified in billing bump your pay");
    assert_eq!(first_snippet(&led), first_snippet(&alone), "{led:?}");
}

#[test]
fn a_telling_after_a_framing_ended_by_but_is_told() {
    // Declined: the single mom was read as asked, since the clause before the comma opened
    // with the framing, not with "im a".
    let engine = bundled_engine("answers-telling-after-but");
    let alone = engine.answer("is the pay decent enough");
    let framed =
        engine.answer("idk if this was asked before but im a single mom, is the pay decent enough");
    assert_eq!(first_snippet(&framed), first_snippet(&alone), "{framed:?}");
}

#[test]
fn where_the_asker_volunteers_does_not_steer_the_quote() {
    // Quoted "long-term career progression": the hospice, read as the guides' "long-term care
    // facilities", was searched.
    let engine = bundled_engine("answers-volunteer-at-hospice");
    assert_wrapped_answered_as_alone(
        &engine,
        "What should i study?",
        &["I volunteer at a hospice. "],
        &[],
    );
}

#[test]
fn a_question_pointing_back_at_where_the_asker_volunteers_still_reads_it() {
    let engine = bundled_engine("answers-volunteer-pointed-back");
    let answer = engine.answer("I volunteer at a hospice. Do places like that hire coordinators?");
    let cited = answer
        .citations
        .first()
        .map(|c| c.snippet.to_lowercase())
        .unwrap_or_default();
    assert!(cited.contains("long-term care"), "{answer:?}");
}

#[test]
fn a_security_guard_told_is_no_job_security() {
    // Quoted Current Challenges: the told "security" was read as the guides' job security.
    let engine = bundled_engine("answers-security-guard");
    assert_wrapped_answered_as_alone(
        &engine,
        "What do new coordinators struggle with most?",
        &["I'm a security guard. "],
        &[],
    );
}

#[test]
fn a_question_put_to_anyone_who_knows_is_answered_as_the_question_alone() {
    // Quoted Key Responsibilities: "who knows" read as asking for a person, and "knows" was
    // searched.
    let engine = bundled_engine("answers-anyone-who-knows");
    let alone = engine.answer("who are patient care coordinators");
    let put = engine.answer("Question for anyone who knows: who are patient care coordinators");
    assert_eq!(first_snippet(&put), first_snippet(&alone));
}

#[test]
fn the_best_of_someone_told_of_asks_for_no_highest_pay() {
    // Quoted the top of Salary by Experience Level: "best" told of a friend was read as
    // asking for the most.
    let engine = bundled_engine("answers-best-friend");
    assert_wrapped_answered_as_alone(
        &engine,
        "What's the median wage?",
        &["My best friend is a nurse practitioner. "],
        &[],
    );
}

#[test]
fn a_clause_announcing_the_question_is_not_searched() {
    // "Curious about something:" asked, so "germny salery" was read as told; "Asking here
    // since nobody at work knows:" and "Help me understand something:" pulled quotes toward
    // "work" and "understanding".
    let engine = bundled_engine("answers-announcing-clause");
    let openers = [
        "Curious about something: ",
        "Asking here since nobody at work knows: ",
        "Help me understand something: ",
    ];
    for question in ["germny salery", "whats good about this job"] {
        assert_wrapped_answered_as_alone(&engine, question, &openers, &[]);
    }
}

#[test]
fn a_phrase_before_a_dash_that_the_question_points_back_at_is_still_searched() {
    let engine = bundled_engine("answers-dash-pointed-back");
    let answer =
        engine.answer("does anyone here know telehealth platforms - do i need to know them");
    assert!(answer.answered, "{answer:?}");
    let cited = first_snippet(&answer).to_lowercase();
    assert!(cited.contains("telehealth"), "{answer:?}");
}

#[test]
fn a_country_the_asker_lives_in_pulls_no_answer_off_the_subject_asked() {
    // Quoted Visa & Immigration, which names the UK, for a question on skills.
    let engine = bundled_engine("answers-told-country-off-subject");
    assert_wrapped_answered_as_alone(
        &engine,
        "Being organized is that like the main skill?",
        &[
            "I live in the UK. ",
            "I'm thinking of moving to the UK. ",
            "I'm from Germany. ",
        ],
        &[],
    );
}

#[test]
fn a_statement_opening_with_cant_announces_the_question_after_it() {
    // "Can't" was read as opening a question, so "Can't find this anywhere:" was asked with
    // the question, and "find" and "anywhere" were searched: the answer declined.
    let engine = bundled_engine("answers-cant-find-this");
    for question in ["cons", "what degree is best for this"] {
        assert_wrapped_answered_as_alone(&engine, question, &["Can't find this anywhere: "], &[]);
    }
}

#[test]
fn asking_how_the_channel_is_doing_asks_nothing_of_the_question() {
    // "what" of "what's up" was read as asking, and "risk" as the thing asked: no passage
    // says it, so the answer declined.
    let engine = bundled_engine("answers-whats-up");
    assert_wrapped_answered_as_alone(
        &engine,
        "burnout risk",
        &["Yo what's up, ", "hey whats up everyone, "],
        &[],
    );
}

#[test]
fn a_cry_for_help_or_talk_of_the_server_around_a_question_asks_nothing() {
    // "help" of " lol help" pulled passages on what helps; "belongs" and "discord" were
    // searched, and the answers declined.
    let engine = bundled_engine("answers-cry-for-help");
    for question in ["how much does the schooling cost", "senior vs lead"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Not sure if this belongs here, but "],
            &[" lol help", " (new to discord)"],
        );
    }
}

#[test]
fn an_interjection_or_a_greeting_opening_a_question_asks_nothing() {
    // "heyo" and "ugh" were searched, and the answers declined.
    let engine = bundled_engine("answers-interjection");
    for question in ["do i need college for this", "hybrid options for pccs?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Heyo, ", "Ugh okay, ", "Yikes, "],
            &[],
        );
    }
}

#[test]
fn ok_thanks_run_together_closing_a_question_asks_nothing() {
    // "kthx" was searched, a word no passage writes, and the answers declined.
    let engine = bundled_engine("answers-kthx");
    for question in ["do i need college for this", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["kthx", "kthxbye"]);
    }
}

#[test]
fn saying_one_is_new_to_the_server_asks_nothing() {
    // "brand new" read as the career's first level pulled the junior passages; "member" was
    // searched.
    let engine = bundled_engine("answers-new-here");
    for question in ["remote?", "is the work repetitive?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Brand new here, ", "new member here, "],
            &[],
        );
    }
}

#[test]
fn pay_asked_by_someone_who_moved_away_from_a_country_is_not_that_countrys() {
    // Brazil, named only as where the asker came from, was read as the country asked of:
    // its range answered, and pay by level, which the guide gives for the US alone, declined.
    let engine = bundled_engine("answers-moved-away");
    for question in ["Senior pcc pay?", "Salary range?"] {
        assert_wrapped_answered_as_alone(&engine, question, &["We just moved from Brazil. "], &[]);
    }
}

#[test]
fn courtesy_saying_how_much_it_would_help_or_praising_those_thanked_asks_nothing() {
    // "super" kept "would be … helpful" from reading as courtesy, so "super" and "helpful" were
    // searched; "you're the best" read "best" as asking for the top level's pay.
    let engine = bundled_engine("answers-praise");
    for question in ["What skills do I need?", "pcc wage"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["would be super helpful", "thanks guys, you're the best"],
        );
    }
}

#[test]
fn a_plea_for_help_set_off_by_a_dash_asks_nothing() {
    // The plea's "help" was searched, and pulled the passages on helping patients.
    let engine = bundled_engine("answers-plea-dash");
    for question in ["cmaa worth it", "certs that help get hired"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Wondering if anyone can help - "],
            &[],
        );
    }
}

#[test]
fn being_meant_or_meaning_to_ask_is_not_the_median() {
    // "meaning", stemmed to "mean", was read as the median's synonym: a question on coding
    // after "Been meaning to ask:" was read as one of pay.
    let engine = bundled_engine("answers-meaning");
    for question in [
        "do I need to know medical coding?",
        "is the work repetitive?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Been meaning to ask: ", "I've been meaning to ask, "],
            &[],
        );
    }
}

#[test]
fn guidance_or_replies_asked_for_after_a_question_asks_nothing() {
    // "guidance" matched the guide's "career guidance"; "replies" and "welcome" no passage, and
    // the question was declined.
    let engine = bundled_engine("answers-guidance-welcome");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "any guidance appreciated",
                "any replies welcome",
                "any pointers appreciated",
            ],
        );
    }
}

#[test]
fn an_apology_for_a_long_or_badly_written_message_asks_nothing() {
    // "long" read as asking how long, "post" as a job post.
    let engine = bundled_engine("answers-long-post");
    for question in ["remote?", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Sorry for the long post, "],
            &["sorry for the long post", "sorry for the wall of text"],
        );
    }
}

#[test]
fn fearing_the_question_was_asked_before_asks_nothing() {
    // "asked" matched the guide's "Frequently Asked Questions".
    let engine = bundled_engine("answers-asked-before");
    for question in [
        "where do patient care coordinators usually work?",
        "is there demand for pccs",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Forgive me if this has been asked, ",
                "Sorry if it's been answered already, ",
            ],
            &[],
        );
    }
}

#[test]
fn asking_leave_to_post_asks_nothing() {
    // "post" was searched as a job post, and pulled the passages on job boards.
    let engine = bundled_engine("answers-leave-to-post");
    for question in ["can u do this job from home", "where do pccs work?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hi, hope it's okay to post this. ",
                "Is it ok to post this here? ",
            ],
            &[],
        );
    }
}

#[test]
fn a_greeting_after_an_absence_asks_nothing() {
    // "long" and "time" were searched, and read as asking a duration.
    let engine = bundled_engine("answers-long-time");
    for question in [
        "what affects how much a coordinator gets paid?",
        "is the work repetitive?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Hello! Long time no see. ", "hey, long time no talk! "],
            &[],
        );
    }
}

#[test]
fn whom_an_opening_question_is_for_asks_nothing() {
    // "experienced" pulled the pay by experience level.
    let engine = bundled_engine("answers-question-for");
    for question in ["is the money good in this field", "do I need a degree?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Quick question for the experienced folks: ",
                "Question for all the seasoned coordinators here, ",
            ],
            &[],
        );
    }
}

#[test]
fn the_askers_name_asks_nothing() {
    // "Sam" was mended to "sahm" (a stay-at-home mom); "name" and an unknown name were
    // searched.
    let engine = bundled_engine("answers-name");
    for question in [
        "are there mentorship programs?",
        "i suck at computers, is that a dealbreaker",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hi, I'm Sam. ",
                "hey, my name is Priya and ",
                "Hi I'm Jess, ",
            ],
            &[],
        );
    }
}

#[test]
fn a_police_officer_or_a_flight_attendant_told_is_not_office_work_or_attending() {
    // "officer" was read as a degree of "office" (the workplace, and its link to remote work),
    // and stemmed to it; "attendant" was stemmed to "attend" ("attend job fairs").
    let engine = bundled_engine("answers-officer-attendant");
    for question in [
        "Stress?",
        "What are the downsides of being a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm a former police officer. ",
                "I was a flight attendant for years. ",
            ],
            &[],
        );
    }
}

#[test]
fn asking_to_pick_brains_asks_nothing_more() {
    // "pick" and "brains" were searched, and the sentence, closing with a question mark, made
    // the question after it read as told: most such questions were declined.
    let engine = bundled_engine("answers-pick-brains");
    for question in ["uk pay", "lead patient care coordinator salary"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Can I pick your brains? ",
                "Could I pick y'all's brains about ",
            ],
            &[],
        );
    }
}

#[test]
fn an_apology_for_breaking_in_asks_nothing() {
    // "jump" matched no passage, and the question was declined.
    let engine = bundled_engine("answers-breaking-in");
    for question in ["hybrid options for pccs?", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Sorry to jump in, ", "sorry for butting in here, "],
            &[],
        );
    }
}

#[test]
fn asking_to_be_borne_with_asks_nothing() {
    // "bear" matched no passage, and the question was declined.
    let engine = bundled_engine("answers-bear-with-me");
    for question in ["hybrid options for pccs?", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Bear with me here, ", "bear with me. "],
            &[],
        );
    }
}

#[test]
fn a_weird_situation_announced_asks_nothing() {
    // "situation" matched the guide's "patient situations".
    let engine = bundled_engine("answers-weird-situation");
    for question in [
        "other jobs like this one?",
        "where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hey, so I have kind of a weird situation. ",
                "I'm in an unusual situation. ",
            ],
            &[],
        );
    }
}

#[test]
fn saying_one_has_a_question_does_not_make_what_follows_unknown() {
    // "have" read the question's first word of substance ("perfect") as a thing asked to be
    // had, which no guide names, and the question was declined.
    let engine = bundled_engine("answers-have-a-question");
    for question in [
        "my english isnt perfect, will that stop me getting a visa",
        "my wife wants to become a coordinator but she only has a ged, is that enough",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &["I have a question. "], &[]);
    }
}

#[test]
fn hoping_the_question_makes_sense_asks_nothing() {
    // "sense" matched the guide's "sense of fulfillment", and "hope" no passage.
    let engine = bundled_engine("answers-makes-sense");
    for question in ["do i need college for this", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["hope that makes sense", "(if that makes sense)"],
        );
    }
}

#[test]
fn a_wish_for_the_season_asks_nothing() {
    // "holidays" and "happy" were searched, and most such questions were declined.
    let engine = bundled_engine("answers-season");
    for question in [
        "do i need college for this",
        "is it possible to do this job remotly",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Happy Friday all! ", "happy new year everyone, "],
            &["happy holidays!", "Merry Christmas to you all"],
        );
    }
}

#[test]
fn much_obliged_is_thanks() {
    // "obliged" matched no passage, and the question was declined.
    let engine = bundled_engine("answers-obliged");
    for question in ["whats the worst part", "which certificate is best to get"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["much obliged", "Much obliged!"],
        );
    }
}

#[test]
fn an_apology_for_typing_on_a_phone_asks_nothing() {
    // "phone" matched the guide's phone work.
    let engine = bundled_engine("answers-on-my-phone");
    for question in [
        "is being a pcc worth it",
        "What skills help with the hard parts of the job?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["(sorry, on my phone)", "sorry im on mobile"],
        );
    }
}

#[test]
fn a_yes_or_no_question_after_a_greeting_read_whole_asks_for_no_figure() {
    // "first time poster" hid where the question opens, so "do pccs get…" was not read as a
    // yes-or-no question, and a sum was wanted that no passage states.
    let engine = bundled_engine("answers-first-time-poster");
    for question in [
        "do pccs get tuition reimbursement",
        "do they pay for ur certs",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["hi!! first time poster ", "hey all, long time lurker "],
            &[],
        );
    }
}

#[test]
fn a_place_someone_else_is_in_is_not_searched() {
    // The thesaurus reads "care home" as long-term facilities, and those words were searched
    // though the sentence tells of the asker's grandfather.
    let engine = bundled_engine("answers-care-home");
    for question in [
        "What affects how much a coordinator gets paid?",
        "Will getting certified raise my pay?",
        "Certifcations for pcc?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["My grandpa is in a care home. "],
            &[],
        );
    }
}

#[test]
fn asking_for_something_to_be_made_clear_asks_nothing_more() {
    // "clear" matched the guide's "clear, defined tasks", and the sentence, closing with a
    // question mark, made the question after it read as told.
    let engine = bundled_engine("answers-clear-this-up");
    for question in ["uk pay", "salary range"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Can somebody clear this up? ", "Could anyone explain? "],
            &[],
        );
    }
}

#[test]
fn an_apology_for_calling_on_others_asks_nothing() {
    // "ping" was mended to "aping" and searched, and most such questions were declined.
    let engine = bundled_engine("answers-ping");
    for question in ["hybrid options for pccs?", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Sorry for the random ping, ", "sorry to tag you all, "],
            &[],
        );
    }
}

#[test]
fn asking_to_be_heard_out_or_announcing_a_newcomer_asks_nothing() {
    // "hear" and "alert" were searched and matched no passage, and "newbie" pulled the junior
    // level's passages.
    let engine = bundled_engine("answers-hear-me-out");
    for question in [
        "is 40k normal for this role",
        "yo how much does this job pay",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["ok so hear me out, ", "Hey, newbie alert! "],
            &[],
        );
    }
}

#[test]
fn hoping_to_be_in_the_right_place_asks_nothing() {
    // "right" matched the guide's "dependent rights" for visas.
    let engine = bundled_engine("answers-right-place");
    for question in [
        "where do patient care coordinators usually work?",
        "can I get a work visa as a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hello, I hope this is the right place. ",
                "hope im in the right place, ",
            ],
            &[],
        );
    }
}

#[test]
fn an_apology_for_a_confusing_message_or_for_its_typos_asks_nothing() {
    // "confusing" matched the guide's confusing insurance policies; "typos" was mended to
    // "types", and "how much types" asked for no sum.
    let engine = bundled_engine("answers-confusing");
    for question in ["do i need college for this", "senior pcc how much"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "sorry if that's confusing",
                "(excuse the typos)",
                "sorry for the typo",
            ],
        );
    }
}

#[test]
fn thanks_for_ones_time_or_loving_some_advice_asks_nothing() {
    // "time" matched the guide's paid time off; "love" no passage, and such questions were
    // declined.
    let engine = bundled_engine("answers-your-time");
    for question in [
        "what does a pcc actually do all day",
        "What skills do I need?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "appreciate your time",
                "thanks for your time!",
                "would love some advice",
                "I'd love some input",
            ],
        );
    }
}

#[test]
fn a_parting_wish_asks_nothing() {
    // Read as part of the question, the wish made a yes-or-no question want a sum, or be
    // declined.
    let engine = bundled_engine("answers-good-one");
    for question in [
        "do pccs give emotional support",
        "does the company pay for my certification",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["have a good one!", "Have a great weekend y'all"],
        );
    }
}

#[test]
fn a_concept_told_and_asked_in_other_words_is_asked() {
    // "burnt out" told and "burn out" asked are both "burnout": the telling named it first,
    // so it counted as told, and the questions were declined.
    let engine = bundled_engine("answers-told-and-asked");
    for question in [
        "Do pccs burn out a lot?",
        "Is it easy to burn out as a coordinator?",
    ] {
        let alone = engine.answer(question);
        for told in ["I'm 27 and burnt out. ", "I burned out in retail. "] {
            let with = engine.answer(&format!("{told}{question}"));
            assert_eq!(
                first_section(&with),
                first_section(&alone),
                "{told}{question}"
            );
        }
    }
}

#[test]
fn asking_whether_one_minds_a_question_asks_nothing() {
    // "mind" was searched and matched no passage, and the question mark closing the leave to
    // ask made the question after it read as told: most such questions were declined.
    let engine = bundled_engine("answers-mind-if-i-ask");
    for question in ["uk pay", "salary range"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Mind if I ask something? ", "Do you mind me asking? "],
            &[],
        );
    }
}

#[test]
fn bothering_disclaimed_asks_nothing() {
    // "spam" was mended to "spasm" and searched, and "bother" too: such questions were
    // declined.
    let engine = bundled_engine("answers-not-trying-to-spam");
    for question in ["cmaa worth it", "diversity in the field"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Not trying to spam, but ",
                "I don't mean to bother anyone, but ",
                "Sorry for the spam, ",
            ],
            &[],
        );
    }
}

#[test]
fn apologising_for_being_off_topic_asks_nothing() {
    // "off" matched the guide's paid time off, and "topic" no passage.
    let engine = bundled_engine("answers-off-topic");
    for question in ["do i need college for this", "is this a wfh job or nah"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Apologies if this is off-topic, ",
                "sorry if this is a bit off topic but ",
            ],
            &[],
        );
    }
}

#[test]
fn a_question_called_small_asks_nothing_of_size() {
    // "tiny" and "small" matched the guide's "smaller clinics".
    let engine = bundled_engine("answers-tiny-question");
    for question in ["cmaa worth it", "what are the career advancement options?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Tiny question, ", "small question, ", "Little q: "],
            &[],
        );
    }
}

#[test]
fn a_long_time_reader_and_first_time_asker_greets() {
    // "reader", "long" and "asker" (mended to "asked") were searched: "long" matched the guide's
    // "long-term care facilities".
    let engine = bundled_engine("answers-first-time-asker");
    for question in [
        "how much is an associates degree gonna cost me",
        "which specialties are in demand right now?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Hey, long-time reader, first-time asker. "],
            &[],
        );
    }
}

#[test]
fn a_closing_hope_that_someone_answers_asks_nothing() {
    // "hope" and "chime" were searched and matched no passage: such questions were declined.
    let engine = bundled_engine("answers-chime-in");
    for question in ["cmaa worth it", "what does a pcc actually do all day"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "hope someone can chime in",
                "hopefully one of you can help me out",
            ],
        );
    }
}

#[test]
fn a_wish_to_fare_well_asks_nothing() {
    // "care" matched the guide's patient care, and pulled passages that name it often.
    let engine = bundled_engine("answers-take-care");
    for question in [
        "What are some similar careers?",
        "what experience helps get hired",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["take care!", "stay safe all"]);
    }
}

#[test]
fn asking_for_a_hand_asks_nothing() {
    // "hand" and "lend" were searched at full weight and matched no passage: such questions were
    // declined, or read as something told.
    let engine = bundled_engine("answers-a-hand");
    for question in ["how much do pccs make?", "chalenges of this carreer"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Could use a hand. ", "Can someone lend me a hand? "],
            &[],
        );
    }
}

#[test]
fn getting_straight_to_the_point_asks_nothing() {
    // "point" matched the guide's "central point of contact".
    let engine = bundled_engine("answers-to-the-point");
    for question in ["remote?", "do i need college for this"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Straight to the point: ", "Cut to the chase: "],
            &[],
        );
    }
}

#[test]
fn thanks_for_listening_asks_nothing() {
    // "listening" matched the guide's "Active Listening" and pulled the soft skills first.
    let engine = bundled_engine("answers-thanks-for-listening");
    for question in ["do i need college for this", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["thanks for listening", "thank you for your patience"],
        );
    }
}

#[test]
fn a_doubt_about_the_wording_asks_nothing() {
    // "worded" matched the guide's "Microsoft Office Suite (Word, …)".
    let engine = bundled_engine("answers-worded");
    for question in ["is it stressful", "ehr systems"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "not sure I worded that right",
                "sorry if I phrased this badly",
            ],
        );
    }
}

#[test]
fn a_parting_wish_after_a_question_with_its_own_verb_asks_nothing() {
    // The question's own "do" or "it" before "have a lovely evening" was read as asking whether
    // something has one.
    let engine = bundled_engine("answers-parting-after-do");
    for question in ["what do lead coordinators do", "is being a pcc worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["have a lovely evening", "have a good one!"],
        );
    }
}

#[test]
fn whom_the_asker_works_for_is_not_searched() {
    // "insurance" matched the guide's insurance verification and the FAQ's "verifying insurance",
    // and pulled the FAQ's salary passage above the one that answers.
    let engine = bundled_engine("answers-works-for");
    for question in [
        "What affects how much a coordinator gets paid?",
        "Does working remote change how much you get paid?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I do data entry for an insurance company. ",
                "I work for an insurance company. ",
            ],
            &[],
        );
    }
}

#[test]
fn thanking_in_advance_or_for_reading_asks_nothing() {
    // "thanking" and "reading" were searched, matched no passage and the question was declined.
    let engine = bundled_engine("answers-thanking");
    for question in ["whats the worst part", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "thanking you in advance",
                "appreciate you reading",
                "thanking everyone for reading",
            ],
        );
    }
}

#[test]
fn a_welcome_to_all_views_asks_nothing() {
    // "opinions" and "welcome" were searched, matched no passage and the question was declined.
    let engine = bundled_engine("answers-all-views");
    for question in ["cons", "what do they do every day", "what skills do i need"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["all opinions welcome", "all advice welcome"],
        );
    }
}

#[test]
fn whom_one_asks_on_behalf_of_asks_nothing() {
    // "behalf" and "nephew" were searched, matched no passage and the question was declined.
    let engine = bundled_engine("answers-on-behalf");
    for question in ["telecommute options", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "asking on behalf of my nephew",
                "(asking on behalf of a friend)",
            ],
        );
    }
}

#[test]
fn a_hope_said_with_crossed_fingers_asks_nothing() {
    // "fingers", "crossed" and "answers" were searched, matched no passage and the question was
    // declined.
    let engine = bundled_engine("answers-fingers-crossed");
    for question in ["salary range", "yo do these ppl make good money"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "fingers crossed someone answers",
                "crossing my fingers someone replies",
            ],
        );
    }
}

#[test]
fn a_hope_that_the_question_is_clear_asks_nothing() {
    // "hopefully" and "clear" were searched, matched nothing beside the question's words, and
    // the question was declined.
    let engine = bundled_engine("answers-clear");
    for question in ["cmaa worth it", "how much does the schooling cost"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["hopefully that's clear", "not sure this is clear"],
        );
    }
}

#[test]
fn a_wish_that_the_reader_enjoy_their_time_asks_nothing() {
    // "enjoy" and "weekend" were searched, and pulled other passages above the one that
    // answers, or the question was declined.
    let engine = bundled_engine("answers-enjoy");
    for question in [
        "What affects how much a coordinator gets paid?",
        "how much do pcc's make an hour in the uk",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["enjoy your weekend", "enjoy the rest of your day!"],
        );
    }
}

#[test]
fn a_wish_that_the_reader_enjoy_their_time_after_a_question_with_its_own_verb_asks_nothing() {
    // The question's own "do" before "enjoy your weekend" was read as asking whether someone
    // enjoys it.
    let engine = bundled_engine("answers-enjoy-after-do");
    for question in [
        "what do lead coordinators do",
        "what does a patient care manager do",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["enjoy your weekend"]);
    }
}

#[test]
fn a_call_for_others_views_asks_nothing() {
    // "weigh" and "thoughts" were searched at full weight, the question after them was read as
    // something told, and it was declined.
    let engine = bundled_engine("answers-weigh-in");
    for question in ["uk pay", "australia salary pcc"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Can someone weigh in? ", "Could I get your thoughts? "],
            &[],
        );
    }
}

#[test]
fn a_beginner_introducing_themself_asks_nothing() {
    // "total beginner" was read as the guide's "complete beginners", and pulled the passage on
    // how to become one above the one that answers.
    let engine = bundled_engine("answers-beginner-here");
    for question in [
        "what affects how much a coordinator gets paid?",
        "where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Total beginner here. ", "Complete beginner here! "],
            &[],
        );
    }
}

#[test]
fn whom_one_asks_for_outside_the_usual_kin_asks_nothing() {
    // "stepdad" is no word of the guide, nor among the kin listed: searched with "asking", it
    // outweighed the question, which was declined.
    let engine = bundled_engine("answers-asking-for-stepdad");
    for question in ["do i need college for this", "telecommute options"] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["asking for my stepdad"]);
    }
}

#[test]
fn a_parting_wish_for_the_time_ahead_asks_nothing() {
    // "ahead" after the week wished, or praise no list held ("restful"), left the wish to be
    // searched, and the question was declined.
    let engine = bundled_engine("answers-week-ahead");
    for question in ["do i need college for this", "is it stressful"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["have a great week ahead", "have a restful evening"],
        );
    }
}

#[test]
fn a_parting_wish_after_a_question_asked_with_be_asks_nothing() {
    // Whom the question names ("you", "coordinators") was read as having the week wished, so
    // the wish was searched and the question declined or misread.
    let engine = bundled_engine("answers-be-then-wish");
    for question in [
        "are patients rude to you",
        "who are patient care coordinators",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["have a great week ahead"]);
    }
}

#[test]
fn a_request_to_be_told_if_the_question_is_unclear_asks_nothing() {
    // "sense" matched the guide's "a sense of fulfillment" and pulled its passage first.
    let engine = bundled_engine("answers-let-me-know-if");
    for question in ["do i need college for this", "burnout risk"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["let me know if that makes no sense"],
        );
    }
}

#[test]
fn views_asked_for_however_named_ask_nothing() {
    // "perspective", "keen" and "takes" were searched, and the question was declined.
    let engine = bundled_engine("answers-takes");
    for question in ["cmaa worth it", "What skills do I need?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "any perspective helps",
                "keen to hear your takes",
                "eager to hear your views",
            ],
        );
    }
}

#[test]
fn thanks_for_the_time_taken_or_a_ta_asks_nothing() {
    // "time" pulled the passage on online courses' completion times above the one that
    // answers, and "ta", searched as a word, had the question declined.
    let engine = bundled_engine("answers-taking-the-time");
    for question in [
        "do i need college for this",
        "which certificate is best to get",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["thanks for taking the time", "ta very much"],
        );
    }
}

#[test]
fn others_experience_asked_for_asks_nothing() {
    // "experience" was searched with the question, and pulled the pay by experience level.
    let engine = bundled_engine("answers-anyone-experience");
    for question in ["uk pay", "australia salary pcc"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Does anybody have experience with this? ",
                "Anyone have experience with this? ",
            ],
            &[],
        );
    }
}

#[test]
fn answers_sought_of_any_kind_ask_nothing() {
    // "honest" and "answers" were searched with the question, and pulled other passages first.
    let engine = bundled_engine("answers-looking-for-answers");
    for question in [
        "what affects how much a coordinator gets paid?",
        "where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Looking for some honest answers. "],
            &[],
        );
    }
}

#[test]
fn what_the_asker_calls_the_question_asks_nothing() {
    // "daft" was searched at full weight, and the question was declined.
    let engine = bundled_engine("answers-daft-question");
    for question in ["is 40k normal for this role", "hybrid options for pccs?"] {
        assert_wrapped_answered_as_alone(&engine, question, &["Might be a daft question, "], &[]);
    }
}

#[test]
fn a_greeting_in_another_tongue_or_an_old_phrase_asks_nothing() {
    // "top", "morning" and "ciao" were searched, and pulled other passages first.
    let engine = bundled_engine("answers-top-of-the-morning");
    for question in [
        "which specialties pay more",
        "are there mentorship programs",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Top of the morning! ", "Ciao! "],
            &[],
        );
    }
}

#[test]
fn the_posting_of_the_message_itself_asks_nothing() {
    // "posting", told in an aside, matched the guide's job postings and pulled their passage
    // above the one that answers.
    let engine = bundled_engine("answers-posting-this");
    for question in [
        "where do patient care coordinators usually work?",
        "telecommute options",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["(bit nervous posting this)", "(sorry for posting here)"],
        );
    }
}

#[test]
fn answers_wished_for_ask_nothing() {
    // "straight" and "answer" were searched with the question; "answer" matched the FAQ and
    // pulled its passage first, or the question was declined.
    let engine = bundled_engine("answers-straight-answer");
    for question in [
        "do i need college for this",
        "what affects how much a coordinator gets paid?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Would love a straight answer. ",
                "I'd like an honest answer. ",
            ],
            &[],
        );
    }
}

#[test]
fn others_having_been_through_it_asked_for_asks_nothing() {
    // "been through" was searched with the question, and pulled other passages first.
    let engine = bundled_engine("answers-been-through-this");
    for question in ["uk pay", "lead coordinator responsibilities"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Has anyone here been through this? ",
                "Anyone gone through something similar? ",
            ],
            &[],
        );
    }
}

#[test]
fn a_hope_that_all_is_well_after_a_greeting_asks_nothing() {
    // "week" and "weekend" were searched as told, and pulled other passages first.
    let engine = bundled_engine("answers-hope-all-is-well");
    for question in [
        "which specialties pay more",
        "how much do pcc's make an hour",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hiya folks, hope the week's going well. ",
                "Hi all, hope your weekend is going great. ",
            ],
            &[],
        );
    }
}

#[test]
fn a_question_said_to_be_incoming_asks_nothing() {
    // "incoming" was read as income, and pulled pay passages first.
    let engine = bundled_engine("answers-question-incoming");
    for question in [
        "what makes this job hard",
        "it is possible to work from home in this job?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Strange question incoming: ", "Odd question incoming: "],
            &[],
        );
    }
}

#[test]
fn an_offer_to_clarify_asks_nothing() {
    // "clarify" and "needed" were searched, and the question was declined or misread.
    let engine = bundled_engine("answers-happy-to-clarify");
    for question in ["can i just learn it online", "telecommute options"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "happy to clarify if needed",
                "glad to elaborate if necessary",
            ],
        );
    }
}

#[test]
fn praise_for_whoever_answers_asks_nothing() {
    // "props", "kudos" and "replies" were searched, and the question was declined.
    let engine = bundled_engine("answers-props");
    for question in ["cmaa worth it", "what does a pcc actually do all day"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["props to anyone who replies", "kudos to whoever helps"],
        );
    }
}

#[test]
fn others_stories_asked_for_ask_nothing() {
    // "stories" was searched, and the question was declined.
    let engine = bundled_engine("answers-stories");
    for question in [
        "Is a bachelor's degree required?",
        "What's the hardest part of the job?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["any stories appreciated", "would love to hear your stories"],
        );
    }
}

#[test]
fn a_parting_wish_for_a_day_of_the_week_asks_nothing() {
    // The day wished was no time a wish was known to be for, so the wish was searched and the
    // question declined.
    let engine = bundled_engine("answers-restful-sunday");
    for question in ["do i need college for this", "burnout risk"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["have a restful sunday", "have a great friday"],
        );
    }
}

#[test]
fn a_hope_that_the_question_is_not_silly_asks_nothing() {
    // "hope" was searched, and the question was declined.
    let engine = bundled_engine("answers-not-silly");
    for question in [
        "do pccs give emotional support",
        "Do patient care coordinators receive retirement benefits?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(hope this isn't a silly one)",
                "(hope this isn't too silly)",
            ],
        );
    }
}

#[test]
fn a_school_told_before_a_level_asked_leaves_the_level_asked() {
    // "a school. Senior …" was read as "a school senior", a year of school, and the level asked
    // was dropped.
    let engine = bundled_engine("answers-school-then-senior");
    for question in ["Senior pcc pay?", "Junior pcc salary pls?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm a janitor at a school. ",
                "I clean classrooms at a school. ",
            ],
            &[],
        );
    }
}

#[test]
fn a_misspelt_word_asked_after_the_telling_said_it_is_asked() {
    // The telling was read on the words as typed, the question on them mended: the mended
    // "certifications" was the telling's "certification", counted down as told, and the
    // question was left with nothing of its own.
    let engine = bundled_engine("answers-misspelt-after-told");
    assert_wrapped_answered_as_alone(
        &engine,
        "Certifcations for pcc?",
        &[
            "I'm doing a CPR certification this month. ",
            "I just finished a certification in CPR. ",
        ],
        &[],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "how bad is the cenflict in this job?",
        &[
            "I'm a people pleaser and I hate conflict. ",
            "Conflict stresses me out. ",
        ],
        &[],
    );
}

#[test]
fn a_question_opening_with_words_a_hope_may_hold_keeps_them() {
    // The hope that all is well ran on over the question's own "are evening", which were
    // dropped with it.
    let engine = bundled_engine("answers-hope-then-evening");
    assert_wrapped_answered_as_alone(
        &engine,
        "are evening shifts common for pccs",
        &[
            "Hey, hope everyone's doing well. ",
            "Hiya folks, hope the week's going well. ",
        ],
        &[],
    );
}

#[test]
fn a_want_said_without_its_subject_asks_nothing() {
    // "Would really value an honest take." opened with "would" as a question does, so it was
    // read as the question and the one after it as told.
    let engine = bundled_engine("answers-honest-take");
    for question in ["uk pay", "remote?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Would really value an honest take. ",
                "Could really use some straight talk. ",
            ],
            &[],
        );
    }
}

#[test]
fn a_question_of_nothing_the_guide_writes_gives_way_to_the_one_after_it() {
    // "Has anyone got a minute?" asked, by its question mark, so the question after it was
    // read as told and declined.
    let engine = bundled_engine("answers-got-a-minute");
    for question in ["uk pay", "salary range"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Has anyone got a minute? ", "Anybody got a sec? "],
            &[],
        );
    }
}

#[test]
fn others_input_valued_asks_nothing() {
    // "value" and "thoughts" were searched with the question, and the question was declined or
    // misread.
    let engine = bundled_engine("answers-value-your-thoughts");
    for question in ["cmaa worth it", "can i just learn it online"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["would value your thoughts", "would really value your input"],
        );
    }
}

#[test]
fn others_experiences_asked_for_ask_nothing() {
    // "experiences" was searched, and pulled the passages on experience first.
    let engine = bundled_engine("answers-experiences-welcome");
    for question in [
        "Is a bachelor's degree required?",
        "Do remote coordinators get paid less?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["any experiences welcome", "any experiences appreciated"],
        );
    }
}

#[test]
fn a_blessing_for_whoever_answers_asks_nothing() {
    // "bless" was searched, and the question was declined.
    let engine = bundled_engine("answers-bless-you");
    for question in [
        "whats the worst part",
        "what comes after senior coordinator",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["bless you all", "bless you guys"],
        );
    }
}

#[test]
fn an_opening_clause_of_nothing_the_guide_writes_frames_the_question() {
    // "hoping" and "repeat" were searched as asked, and the question was declined.
    let engine = bundled_engine("answers-not-a-repeat");
    for question in ["cons", "diversity in the field"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Hoping this isn't a repeat, but ",
                "Hope nobody beat me to it, but ",
            ],
            &[],
        );
    }
}

#[test]
fn an_apology_in_advance_for_the_length_asks_nothing() {
    // "in advance" is read as "before", which the apology did not allow for, so "length" was
    // searched and the question declined.
    let engine = bundled_engine("answers-sorry-for-the-length");
    for question in [
        "is 40k normal for this role",
        "do i need a certificate or can i just apply",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Sorry in advance for the length, ",
                "Apologies in advance for the length, ",
            ],
            &[],
        );
    }
}

#[test]
fn a_yes_or_no_question_after_one_of_nothing_the_guide_writes_is_read_as_asked() {
    // Whether the message asked yes or no was read on "Has anyone got a minute?", which is
    // not, so a question naming tuition expected its figure, found none and was declined.
    let engine = bundled_engine("answers-minute-then-yes-or-no");
    for question in [
        "do coordinators get tuition reimbursement",
        "does the job come with tuition reimbursement",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Has anyone got a minute? ", "Anybody got a sec? "],
            &[],
        );
    }
}

#[test]
fn living_at_home_told_asks_nothing_of_working_from_home() {
    // "home" was searched as told, and pulled the passages on remote work first.
    let engine = bundled_engine("answers-live-at-home");
    for question in [
        "Stress?",
        "Where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm 26 and still live at home. ",
                "I'm 30 and I live at home. ",
            ],
            &[],
        );
    }
}

#[test]
fn whatever_is_said_welcome_at_the_close_asks_nothing() {
    // "first", "hand" and "accounts" were searched, matched no passage of the question, and
    // the question was declined: only input the engine had a word for was understood.
    let engine = bundled_engine("answers-anything-welcome");
    for question in [
        "How much do patient care coordinators make?",
        "Is it hard to get a remote coordinator job?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "any first-hand accounts welcome",
                "all real-world examples appreciated",
            ],
        );
    }
}

#[test]
fn a_sentence_of_courtesy_before_the_question_asks_nothing() {
    // Told, "answer" was searched as the asker's context and pulled a passage on answering
    // patients' questions first.
    let engine = bundled_engine("answers-courtesy-sentence");
    for question in [
        "where do patient care coordinators usually work?",
        "what comes after senior coordinator",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'd appreciate a candid answer. ",
                "Would love your frank opinion. ",
            ],
            &[],
        );
    }
}

#[test]
fn praise_of_those_who_answer_said_to_them_asks_nothing() {
    // "stars" was searched, matched no passage, and the question was declined.
    let engine = bundled_engine("answers-praise-said-to-them");
    for question in [
        "what does a pcc actually do",
        "how much do pcc's make an hour",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["you're all stars", "you guys are lifesavers"],
        );
    }
}

#[test]
fn wishing_a_good_rest_asks_nothing() {
    // "sleep" was searched, matched no passage, and the question was declined.
    let engine = bundled_engine("answers-sleep-well");
    for question in [
        "how much do pcc's make an hour",
        "which certificate is best to get",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["sleep well, all", "rest well everyone"],
        );
    }
}

#[test]
fn a_hope_that_the_question_came_across_asks_nothing() {
    // "came", "across" and "clearly" were searched as asked, and a passage on workplace
    // culture (its "clear career pathways") came first.
    let engine = bundled_engine("answers-came-across");
    for question in [
        "do i need college for this",
        "Where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "hope that came across clearly",
                "hopefully this comes across ok",
            ],
        );
    }
}

#[test]
fn an_apology_after_saying_the_message_grew_long_asks_nothing() {
    // "long" was searched as asked, and read as asking how long something takes.
    let engine = bundled_engine("answers-this-got-long");
    for question in ["cmaa worth it", "is being a pcc worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "This got long, sorry, ",
                "My post got really long, apologies. ",
            ],
            &[],
        );
    }
}

#[test]
fn years_told_in_another_line_of_work_pin_no_level() {
    // Eight years told were read as eight years in the career, which pinned the lead level
    // and pulled the pay table's row for it first.
    // (The told years may still be marked in the quote, so the section is compared.)
    let engine = bundled_engine("answers-years-in-another-line");
    for question in ["Whats the money like for a care coordinator?", "Pcc wage?"] {
        let alone = engine.answer(question);
        for told in [
            "I've run a small bakery for 8 years. ",
            "I've driven a forklift for 9 years. ",
        ] {
            let with = engine.answer(&format!("{told}{question}"));
            assert_eq!(
                first_section(&with),
                first_section(&alone),
                "{told}{question}"
            );
        }
    }
}

#[test]
fn gratitude_and_blessings_thank() {
    // "gratitude" and "blessings" were searched, matched no passage, and the question was
    // declined.
    let engine = bundled_engine("answers-gratitude");
    for question in [
        "what does a pcc actually do",
        "which certificate is best to get",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["much gratitude, folks", "many blessings to all"],
        );
    }
}

#[test]
fn a_question_after_a_telling_clause_is_asked_after_one_of_nothing_written() {
    // The sentence after "Does anyone have a sec?" tells of the asker first, so it was not
    // taken as the question, and the question of nothing the guide writes was declined.
    let engine = bundled_engine("answers-telling-then-asking");
    for question in [
        "i have no healthcare experience, can i still get in",
        "im bad with computers, will that be a problem",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Does anyone have a sec? ", "Got a minute, anyone? "],
            &[],
        );
    }
}

#[test]
fn a_closing_clause_of_courtesy_leaves_a_yes_or_no_question_asked_so() {
    // With no question mark, whether the message asks yes or no was read on its last clause
    // ("all"), so a yes-or-no question expected a figure and quoted another sentence.
    let engine = bundled_engine("answers-yes-or-no-before-courtesy");
    for question in [
        "is 40k normal for this role",
        "do pccs get tuition reimbursement",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["thanks, all", "sleep well, all"],
        );
    }
}

#[test]
fn whom_thanks_or_eagerness_is_for_may_be_described_in_any_words() {
    // Whoever was thanked or would be heard was described in words no courtesy list held
    // ("who has worked one"), which were searched, and the question was declined.
    let engine = bundled_engine("answers-described-answerers");
    for question in [
        "what does a pcc actually do",
        "which certificate is best to get",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "grateful to anyone who has worked one",
                "keen to hear from anybody who's been there",
                "indebted to anybody who has done this job",
            ],
        );
    }
}

#[test]
fn thanks_counted_as_many_thank() {
    // "hundred" and "indebted" were searched.
    let engine = bundled_engine("answers-counted-thanks");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["a hundred thanks, all", "much indebted, folks"],
        );
    }
}

#[test]
fn eagerness_for_others_views_asks_nothing() {
    // Only "keen to …" was read as eagerness; "keen on your take" was searched.
    let engine = bundled_engine("answers-eager-for-views");
    for question in [
        "what does a pcc actually do",
        "do pccs get tuition reimbursement",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["keen on your take", "eager for your views"],
        );
    }
}

#[test]
fn courtesy_to_the_channel_or_whoever_is_addressed_asks_nothing() {
    // "friends", "group" and "server" were searched.
    let engine = bundled_engine("answers-courtesy-to-the-channel");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "thank you kindly, friends",
                "love this group",
                "this server is so helpful",
            ],
        );
    }
}

#[test]
fn praise_in_any_common_word_asks_nothing() {
    // Only a few words of praise were known, and only after "you"; "awesome" and "lifesaver"
    // were searched.
    let engine = bundled_engine("answers-common-praise");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "you guys are awesome",
                "any help would be a lifesaver",
                "you are all so kind",
            ],
        );
    }
}

#[test]
fn a_sign_off_asks_nothing() {
    // "bye", "peace", "talk" and "god" were searched.
    let engine = bundled_engine("answers-sign-off");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["bye all", "peace out", "talk soon", "God bless"],
        );
    }
}

#[test]
fn eagerness_to_hear_back_or_lasting_gratitude_asks_nothing() {
    // "forward", "back", "whatever", "forever" and "far" were searched.
    let engine = bundled_engine("answers-eager-to-hear-back");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "looking forward to your replies",
                "can't wait to hear back",
                "grateful for whatever you can share",
                "would be forever grateful",
                "appreciate any and all replies",
                "would really appreciate some guidance here",
                "thanks for reading this far",
            ],
        );
    }
}

#[test]
fn an_offer_to_talk_in_private_asks_nothing() {
    // "dm" and "prefer" were searched.
    let engine = bundled_engine("answers-offer-to-dm");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["feel free to dm", "dm me if you prefer"],
        );
    }
}

#[test]
fn input_asked_for_from_whomever_or_openly_asks_nothing() {
    // Whom the advice would come from, a bare "thoughts welcome" and being open to opinions
    // were searched.
    let engine = bundled_engine("answers-input-from-whomever");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "any advice from current pccs appreciated",
                "any wisdom from folks in the trenches welcome",
                "thoughts welcome",
                "open to opinions",
                "open to any suggestions",
            ],
        );
    }
}

#[test]
fn a_wish_to_stay_however_the_guides_never_say_asks_nothing() {
    // Only "stay safe" and "stay well" were wishes; "dry" and "sane" were searched.
    let engine = bundled_engine("answers-stay-wish");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["stay dry, folks", "stay sane out there"],
        );
    }
}

#[test]
fn a_wish_to_take_care_of_oneself_asks_nothing() {
    // "take care" was a wish only with nothing after it but whom it is wished.
    let engine = bundled_engine("answers-take-care-of-yourselves");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["take care of yourselves"]);
    }
}

#[test]
fn a_closing_hope_that_all_are_well_asks_nothing() {
    // The hope was read only after a greeting opening the message.
    let engine = bundled_engine("answers-closing-hope-all-well");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "hope you're all doing well",
                "hope everyone is having a good week",
            ],
        );
    }
}

#[test]
fn a_hope_that_the_message_comes_out_well_asks_nothing() {
    // Only verbs of putting a question were read in a doubt about the wording; "lands" and
    // "sounds" were searched.
    let engine = bundled_engine("answers-comes-out-well");
    for question in [
        "what does a pcc actually do",
        "which certificate is best to get",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["hopefully this lands ok", "hope that sounds right"],
        );
    }
}

#[test]
fn a_doubt_whether_what_was_told_is_pertinent_asks_nothing() {
    // "relevant" and "helps" were searched.
    let engine = bundled_engine("answers-pertinence-doubt");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["not sure if that's relevant", "idk if that helps"],
        );
    }
}

#[test]
fn an_apology_for_typos_the_place_or_the_language_asks_nothing() {
    // "typos" after "any", the wrong "sub" and a "second language" were searched.
    let engine = bundled_engine("answers-apology-typos-place-language");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "sorry for any typos",
                "sorry if wrong sub",
                "sorry english is my second language",
            ],
        );
    }
}

#[test]
fn asking_whether_anyone_is_there_or_free_asks_nothing() {
    // "available" was searched, and the short question after it read as something told.
    let engine = bundled_engine("answers-anyone-available");
    for question in ["uk pay", "burnout risk", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Is anyone available to help? ", "Anyone around? "],
            &[],
        );
    }
}

#[test]
fn one_word_exclaimed_that_the_guides_never_write_greets() {
    // Told, "Salamat!" was mended to "salary" and drew the answer to pay.
    let engine = bundled_engine("answers-exclaimed-greeting");
    for question in [
        "where do patient care coordinators usually work?",
        "is it possible to do this job remotly",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &["Salamat! ", "Salaaam! "], &[]);
    }
}

#[test]
fn a_label_summing_up_what_follows_frames_the_question() {
    // "bottom line" matched the guide's "multi-line phone systems".
    let engine = bundled_engine("answers-summing-up-label");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Bottom line: ", "Simply put: "],
            &[],
        );
    }
}

#[test]
fn saying_there_is_no_rush_to_answer_asks_nothing() {
    // "rush" after "no" was read only alone; "answer whenever you can" was searched.
    let engine = bundled_engine("answers-no-rush-to-answer");
    for question in ["what does a pcc actually do", "is 40k normal for this role"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["no rush on answers", "answer whenever you can"],
        );
    }
}

#[test]
fn an_aside_to_the_moderators_tells_nothing() {
    // Read as something told, the aside's "move" and "wrong place" drew the answer away.
    let engine = bundled_engine("answers-aside-to-moderators");
    for question in ["is it hard to get promoted?", "are salaries growing"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(mods, move this if it's in the wrong place)",
                "(admins, feel free to shift this thread)",
            ],
        );
    }
}

#[test]
fn a_form_of_thanks_no_list_holds_asks_nothing() {
    // "appreciative" was no word of thanks; searched, it matched nothing and the answer declined.
    let engine = bundled_engine("answers-form-of-thanks");
    for question in ["is 40k normal for this role", "what does a pcc actually do"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["appreciative of any pointers", "so appreciative"],
        );
    }
}

#[test]
fn thanks_said_to_be_great_ask_nothing() {
    // "huge" was searched, read as "large", and ", team" was taken for the question's clause.
    let engine = bundled_engine("answers-great-thanks");
    for question in ["is 40k normal for this role", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["huge thanks, team", "massive thanks all"],
        );
    }
}

#[test]
fn eagerness_to_hear_what_others_think_asks_nothing() {
    // "what you think" ended the courtesy early, and "eager" and "hear" were searched.
    let engine = bundled_engine("answers-what-you-think");
    for question in ["uk pay", "what does a pcc actually do"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "eager to hear what you think",
                "keen to know what you all reckon",
            ],
        );
    }
}

#[test]
fn a_hope_said_with_crossed_fingers_that_the_message_is_clear_asks_nothing() {
    // Crossed fingers hoped only for an answer; "clear" and "sense" were searched.
    let engine = bundled_engine("answers-fingers-crossed-clear");
    for question in ["uk pay", "burnout risk"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "fingers crossed this is clear",
                "crossing my fingers that makes sense",
            ],
        );
    }
}

#[test]
fn a_wish_said_to_those_it_is_for_asks_nothing() {
    // Only "have a good night" was read as a wish; "calm" and "night" were searched.
    let engine = bundled_engine("answers-wishing-you-all");
    for question in [
        "what does a lead coordinator do",
        "is 40k normal for this role",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "wishing you all a calm night",
                "wish y'all a lovely evening",
            ],
        );
    }
}

#[test]
fn what_the_asker_fears_the_question_is_asks_nothing() {
    // "basic" is a word the guides write ("basic patient intake") and drew their passages.
    let engine = bundled_engine("answers-feared-question");
    for question in ["what skills do i need", "is it hard to get promoted?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Pardon me if this is basic, but ",
                "Sorry if it's a weird one, but ",
            ],
            &[],
        );
    }
}

#[test]
fn a_message_announced_as_long_asks_nothing_by_it() {
    // "heads" was read as "lead", and "ramble" as something told.
    let engine = bundled_engine("answers-announced-long");
    for question in ["is it hard to get promoted?", "uk pay"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Heads up, this is a bit of a ramble: ",
                "Fair warning, it's a long one: ",
            ],
            &[],
        );
    }
}

#[test]
fn input_described_with_an_adverb_asks_nothing() {
    // Only one word could describe the input asked for; "brutally honest" was read as told.
    let engine = bundled_engine("answers-input-with-adverb");
    for question in ["who hires pccs", "is a pcc a nurse?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'd love some brutally honest input. ",
                "Would value a totally candid answer. ",
            ],
            &[],
        );
    }
}

#[test]
fn an_aside_that_only_excuses_the_message_asks_nothing() {
    // "mobile" matched the guide's global mobility.
    let engine = bundled_engine("answers-excusing-aside");
    for question in ["who hires pccs", "is a pcc a nurse?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(on mobile, excuse typos)",
                "(typing on my phone, sorry for any typos)",
            ],
        );
    }
}

#[test]
fn asking_whether_anyone_is_free_asks_nothing() {
    // "free" was searched, and the short question after it read as something told.
    let engine = bundled_engine("answers-anyone-free");
    for question in ["which specialties pay more", "uk pay"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Anybody free to weigh in? ", "Is anyone free to help? "],
            &[],
        );
    }
}

#[test]
fn asking_for_kin_by_marriage_or_step_kin_asks_nothing() {
    // Split at its hyphens, "sister-in-law" left "law" to match the guide's employment laws.
    let engine = bundled_engine("answers-kin-by-marriage");
    for question in ["cmaa worth it", "is this a wfh job or nah"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "asking for my sister-in-law",
                "(asking for my father-in-law)",
                "asking for my step-mom",
            ],
        );
    }
}

#[test]
fn whatever_closing_words_say_of_the_channel_ask_nothing() {
    // "server" and "gold" matched no passage, and the question was declined.
    let engine = bundled_engine("answers-word-on-the-channel");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["this server is gold", "this group has been a lifesaver"],
        );
    }
}

#[test]
fn eagerness_to_hear_a_view_said_in_any_word_asks_nothing() {
    // "dying" and "reckon" were searched.
    let engine = bundled_engine("answers-eager-any-word");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "dying to know what you all reckon",
                "itching to hear what you think",
            ],
        );
    }
}

#[test]
fn asking_whether_the_message_is_in_the_right_spot_asks_nothing() {
    // "spot" matched no passage, and the short question after it was declined.
    let engine = bundled_engine("answers-right-spot");
    for question in ["uk pay", "brazil wages"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Is this a good spot to ask? ",
                "Is it ok to post this here? ",
            ],
            &[],
        );
    }
}

#[test]
fn an_aside_on_where_the_message_was_typed_asks_nothing() {
    // "lunch break" was read as told, and "break" matched "break into the field".
    let engine = bundled_engine("answers-typing-aside");
    for question in [
        "senior pcc how much",
        "wait what even is a patient care coordinator",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(typing this on my lunch break)",
                "(writing this from the bus stop)",
            ],
        );
    }
}

#[test]
fn a_summary_label_opening_the_message_asks_nothing() {
    // "summary" was searched as a word of the question.
    let engine = bundled_engine("answers-summary-label");
    for question in [
        "what do they actually do all day?",
        "other jobs like this one?",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &["Summary: ", "Quick recap: "], &[]);
    }
}

#[test]
fn a_long_message_said_to_come_asks_nothing() {
    // "post" matched the guide's job postings; "incoming" was read as income.
    let engine = bundled_engine("answers-long-post-incoming");
    for question in [
        "how is this different from a receptionist",
        "i have no healthcare experience, can i still get in",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Long post incoming, sorry: ", "Lengthy rant incoming: "],
            &[],
        );
    }
}

#[test]
fn what_the_asker_tells_of_someone_they_look_after_is_theirs() {
    // "replacement" matched the guide's AI that will not replace coordinators, and "husband"
    // its spouses' visas.
    let engine = bundled_engine("answers-someone-looked-after");
    for question in [
        "Is a pcc a nurse?",
        "Wait what even is a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm looking after my husband since his knee replacement. ",
                "I've been caring for my dad since his hip replacement. ",
            ],
            &[],
        );
    }
}

#[test]
fn whom_one_asks_for_named_before_behalf_asks_nothing() {
    // "stepsister" and "behalf" were searched, and the questions were declined.
    let engine = bundled_engine("answers-on-ones-behalf");
    for question in ["cmaa worth it", "is this a wfh job or nah"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "asking on my stepsister's behalf",
                "(asking on my cousin's behalf)",
            ],
        );
    }
}

#[test]
fn the_channel_said_to_rock_asks_nothing() {
    // "community" and "rocks" were searched.
    let engine = bundled_engine("answers-channel-rocks");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["this community rocks", "this server rocks"],
        );
    }
}

#[test]
fn thanks_a_heap_to_pals_asks_nothing() {
    // "heap" and "pals" were searched, and the questions were declined.
    let engine = bundled_engine("answers-thanks-a-heap");
    for question in ["cons", "what do they do every day"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["thanks a heap, pals", "thanks a heap"],
        );
    }
}

#[test]
fn a_moment_asked_for_with_whoever_answers_unsaid_asks_nothing() {
    // "moment" was searched, and "newbie" read as the junior level.
    let engine = bundled_engine("answers-got-a-moment");
    for question in ["cons", "what do they do every day"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Got a moment for a newbie? ", "Have a sec? "],
            &[],
        );
    }
}

#[test]
fn an_adverb_framing_the_question_before_a_colon_asks_nothing() {
    // "essentially" matched the guide's "essential".
    let engine = bundled_engine("answers-framing-adverb");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(&engine, question, &["Essentially: ", "Frankly: "], &[]);
    }
}

#[test]
fn a_wall_of_text_warned_of_asks_nothing() {
    // "wall" and "text" were searched.
    let engine = bundled_engine("answers-wall-of-text");
    for question in ["cmaa worth it", "cons"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Warning, wall of text ahead: ",
                "Heads up, wall of text incoming: ",
            ],
            &[],
        );
    }
}

#[test]
fn what_step_kin_do_is_theirs_not_the_askers() {
    // "phones" and "clinic", told of a stepbrother, pulled the answer to the guide's phone work.
    let engine = bundled_engine("answers-step-kin-told");
    for question in [
        "Where do patient care coordinators usually work?",
        "Is it hard to get promoted?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "My stepbrother answers phones at a sleep clinic. ",
                "My stepmom answers phones at a dental office. ",
            ],
            &[],
        );
    }
}

#[test]
fn fearing_one_sounds_clueless_asks_nothing() {
    // "clueless" was searched as something told, and pulled the answer towards other passages.
    let engine = bundled_engine("answers-sound-clueless");
    for question in [
        "which specialties pay more",
        "what jobs can i switch to later",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Sorry if I sound clueless, but ",
                "Sorry if I seem clueless, but ",
            ],
            &[],
        );
    }
}

#[test]
fn a_country_the_asker_arrived_from_is_not_where_they_earn() {
    // Read as where the asker is, Bangladesh drew pay questions to the guide's global salaries.
    let engine = bundled_engine("answers-arrived-from");
    for question in ["How much do pcc's make an hour?", "Is the pay decent tho?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["I arrived from Bangladesh last autumn. "],
            &[],
        );
    }
}

#[test]
fn a_word_told_that_no_guide_writes_does_not_thin_out_the_fit() {
    // Counted though no passage could hold them, "geology" and "rideshare" thinned out how well
    // every passage fits the question alike, which left the ranking to BM25.
    let engine = bundled_engine("answers-told-unwritten");
    for question in [
        "What affects how much a coordinator gets paid?",
        "Who hires pccs?",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &["I studied geology at uni. "], &[]);
    }
    assert_wrapped_answered_as_alone(
        &engine,
        "Is it hard to get promoted?",
        &["I've driven for a rideshare app for 4 years. "],
        &[],
    );
}

#[test]
fn a_framing_opening_on_a_modal_and_be_is_not_a_question_of_its_own() {
    // "Could be a silly thing to ask, but i'm a junior pcc." opened with "could", so it was read
    // as a first question, and the one after it answered apart from what it told.
    let engine = bundled_engine("answers-modal-and-be");
    for question in [
        "is a pcc just a fancy receptionist",
        "i'm currently a junior pcc. what should I focus on to move up?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Could be a silly thing to ask, but ",
                "Would be a stupid thing to ask, but ",
            ],
            &[],
        );
    }
}

#[test]
fn leave_to_ask_naming_the_asker_in_a_word_is_not_searched() {
    // "newcomer" and "asks" were searched as something told.
    let engine = bundled_engine("answers-leave-naming-the-asker");
    for question in [
        "where do most coordinators work",
        "who are patient care coordinators",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Mind if a newcomer asks something? ",
                "Mind if a newbie asks a question? ",
            ],
            &[],
        );
    }
}

#[test]
fn a_message_warned_of_as_running_long_is_not_searched() {
    // "brace", "runs" and "long" were searched as something told.
    let engine = bundled_engine("answers-runs-long");
    for question in [
        "what degree is best for this",
        "do i need to go to college to do this",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Brace yourselves, this runs long: ",
                "Heads up, this got long: ",
            ],
            &[],
        );
    }
}

#[test]
fn an_aside_on_the_phone_a_message_was_sent_from_is_not_searched() {
    // "phone" drew the answer to the guide's high call volumes.
    let engine = bundled_engine("answers-sent-from-a-phone");
    for question in ["is a pcc a nurse?", "what tools do they use"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(sent from my phone, pardon the typos)",
                "(typed on my phone, sorry)",
            ],
        );
    }
}

#[test]
fn what_god_kin_and_grand_kin_do_is_not_the_askers() {
    // "My godmother handles billing" was searched as told of the asker: "billing" among it.
    let engine = bundled_engine("answers-god-and-grand-kin");
    for question in [
        "Is it hard to get promoted?",
        "Wait what even is a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "My godmother handles billing at a pediatric clinic. ",
                "My grandfather works the front desk at a dental office. ",
            ],
            &[],
        );
    }
}

#[test]
fn a_move_away_told_is_not_searched() {
    // "moved" matched the guide's moving into supervisory roles, "relocated" its immigration.
    let engine = bundled_engine("answers-move-away-told");
    for question in [
        "Is a pcc a nurse?",
        "Wait what even is a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I moved here from Nigeria three years ago. ",
                "I relocated from Colombia last year. ",
                "We moved here from Peru in the fall. ",
            ],
            &[],
        );
    }
}

#[test]
fn standing_by_someone_else_is_told_of_them() {
    // "supporting" matched the guide's support networks and emotional support.
    let engine = bundled_engine("answers-standing-by");
    for question in [
        "Is it hard to get promoted?",
        "Where do patient care coordinators usually work?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm supporting my partner through cancer treatment. ",
                "I'm looking after my grandmother after her surgery. ",
            ],
            &[],
        );
    }
}

#[test]
fn when_something_told_happened_is_not_searched() {
    // "this summer" matched the guide's seasonal fluctuations in hiring.
    let engine = bundled_engine("answers-told-when");
    assert_wrapped_answered_as_alone(
        &engine,
        "Whats driving hiring right now?",
        &["I started a new job this summer. "],
        &[],
    );
}

#[test]
fn the_place_praised_closing_a_question_is_not_searched() {
    // "place" and "lifesaver" were searched: the question was declined or drawn elsewhere.
    let engine = bundled_engine("answers-place-praised");
    for question in [
        "What does a junior coordinator make?",
        "can i just learn it online",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["this place is a lifesaver", "this forum is a lifesaver"],
        );
    }
}

#[test]
fn a_doubt_about_the_wording_said_with_i_ve_is_not_searched() {
    // "I've" is split, and its "ve" kept the doubt from being read: "phrased" was searched.
    let engine = bundled_engine("answers-doubt-i-ve");
    for question in ["do i need college for this", "r there remote jobs for this"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "hope I've phrased this properly",
                "hope I've worded this right",
            ],
        );
    }
}

#[test]
fn thanks_by_the_bundle_close_a_question() {
    let engine = bundled_engine("answers-thanks-bundle");
    for question in [
        "r there remote jobs for this",
        "what degree should i get to become a pcc",
    ] {
        assert_wrapped_answered_as_alone(&engine, question, &[], &["thanks a bundle, crew"]);
    }
}

#[test]
fn waiting_on_others_input_closes_a_question() {
    // "awaiting" and "wisdom" were searched.
    let engine = bundled_engine("answers-awaiting-input");
    for question in [
        "r there remote jobs for this",
        "what degree should i get to become a pcc",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["awaiting your wisdom", "eagerly waiting on your replies"],
        );
    }
}

#[test]
fn a_goodbye_to_everyone_closes_a_question() {
    // The thesaurus read "catch you later" as a goodbye, but not with "all" in it.
    let engine = bundled_engine("answers-goodbye-to-all");
    for question in ["pcc wage", "r there remote jobs for this"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["catch you all later", "see you all soon"],
        );
    }
}

#[test]
fn making_up_ones_mind_is_not_asked_as_making_money() {
    // "make" was read as earning, and drew pay into questions of remote work and challenges.
    let engine = bundled_engine("answers-make-up-my-mind");
    for question in [
        "it is possible work in home for this role?",
        "chalenges of this carreer",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Can't make up my mind: ", "Can't make my mind up: "],
            &[],
        );
    }
}

#[test]
fn a_wish_for_only_honest_answers_is_not_searched() {
    // "honest" matched the guide's "honest assessment" of the market.
    let engine = bundled_engine("answers-honest-only");
    for question in ["is a pcc a nurse?", "where are the most jobs located"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["Honest opinions only, please. ", "Real answers only. "],
            &[],
        );
    }
}

#[test]
fn years_in_a_long_told_job_are_not_a_level_of_the_career() {
    // Nine words between "I've" and the years hid the other job, and twelve years read as the
    // manager level drew pay questions to the salary table.
    let engine = bundled_engine("answers-long-told-job");
    assert_wrapped_answered_as_alone(
        &engine,
        "Yo do these ppl make good money?",
        &[
            "I've repaired phones at a mall kiosk for 12 years. ",
            "I've delivered parcels for a courier company for 11 years. ",
        ],
        &[],
    );
}

#[test]
fn how_lately_something_told_happened_is_not_searched() {
    // "recently" matched the guide's "Recent years" of its market reality.
    let engine = bundled_engine("answers-told-lately");
    for question in ["Is a pcc a nurse?", "Who are patient care coordinators?"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm 51 and recently divorced. ",
                "I'm 38 and recently widowed. ",
            ],
            &[],
        );
    }
}

#[test]
fn eagerness_to_read_others_answers_closes_a_question() {
    // "eager" stood four words before "answers", one past the reach of the eagerness read, and
    // "answers" matched the guide's "answer in-person questions".
    let engine = bundled_engine("answers-eager-to-read");
    for question in ["is it stressful", "whats the worst thing abt being a pcc"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["eager to read your answers", "curious to read your replies"],
        );
    }
}

#[test]
fn bare_input_from_whomever_said_welcome_closes_a_question() {
    // With no "any" before it, "input", "seasoned" and "coordinators" were searched.
    let engine = bundled_engine("answers-input-from-whom");
    for question in [
        "do i need college for this",
        "is it possible to do this job remotly",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "input from seasoned coordinators appreciated",
                "advice from longtime pccs welcome",
            ],
        );
    }
}

#[test]
fn signing_off_for_now_closes_a_question() {
    // "signing" and "off" were searched, and "for now" kept a goodbye from closing the question.
    let engine = bundled_engine("answers-signing-off");
    for question in [
        "do i need college for this",
        "how much does the schooling cost",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["signing off for now", "logging off, bye for now"],
        );
    }
}

#[test]
fn what_input_would_mean_to_the_asker_closes_a_question() {
    // "guidance" and "lot" were searched.
    let engine = bundled_engine("answers-would-mean-a-lot");
    for question in ["How long does the training take?", "cmaa worth it"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "any guidance would mean a lot",
                "any tips would mean the world",
            ],
        );
    }
}

#[test]
fn asking_for_a_friend_and_where_one_knows_them_from_closes_a_question() {
    // A mate was no one the asker asks for, and "church" was searched.
    let engine = bundled_engine("answers-mate-from-church");
    for question in [
        "what does a pcc actually do all day",
        "do i need to know HIPPA",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "asking for a mate from church",
                "asking for my buddy at work",
            ],
        );
    }
}

#[test]
fn thanks_given_with_an_endearment_close_a_question() {
    // "loads" and "lovelies" were searched, as a word no passage covers and as "love".
    let engine = bundled_engine("answers-endearments");
    for question in ["cmaa worth it", "diversity in the field"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["thanks loads, lovelies", "ty hun"],
        );
    }
}

#[test]
fn asking_whether_anyone_is_up_for_a_question_is_not_the_question() {
    // The message's one question mark closed the leave to ask, and the question after it was
    // read as something told.
    let engine = bundled_engine("answers-up-for-a-question");
    for question in ["uk pay", "germany salary euro"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "Would anyone be up for a quick question? ",
                "Anyone willing to answer a few questions? ",
            ],
            &[],
        );
    }
}

#[test]
fn boards_studied_for_are_an_exam_not_job_boards() {
    // "boards" matched the job boards of the guide's remote work passage.
    let engine = bundled_engine("answers-boards-exam");
    for question in [
        "Can I work from home as a patient care coordinator?",
        "Telecommute options?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[
                "I'm studying for the radiology tech boards. ",
                "I passed my nursing boards last year. ",
            ],
            &[],
        );
    }
}

#[test]
fn the_head_of_a_told_job_title_is_not_searched() {
    // "worker" matched the guide's skilled worker visas and remote workers.
    let engine = bundled_engine("answers-told-job-head");
    for question in [
        "Where do patient care coordinators usually work?",
        "Is remote work possible?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["I'm a postal worker. ", "I work as a factory worker. "],
            &[],
        );
    }
}

#[test]
fn being_retired_told_is_not_asked_as_retirement_benefits() {
    // "retired" shares its stem with "retirement", which the thesaurus reads as benefits.
    let engine = bundled_engine("answers-told-retired");
    for question in [
        "What affects how much a coordinator gets paid?",
        "Wait what even is a patient care coordinator?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &["I'm 60 and semi-retired. ", "I'm retired military. "],
            &[],
        );
    }
}

#[test]
fn an_aside_pardoning_the_autocorrect_closes_a_question() {
    // "excuse any autocorrect" was no apology read, and its words were told as context.
    let engine = bundled_engine("answers-autocorrect");
    for question in [
        "do pccs give emotional support",
        "Do patient care coordinators receive retirement benefits?",
    ] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &[
                "(on my tablet, excuse any autocorrect)",
                "(sorry for the autocorrect)",
            ],
        );
    }
}

#[test]
fn a_goodbye_for_the_night_closes_a_question() {
    // "off" was read with the pay before it as "pay off" (worth it), and "bed" was searched.
    let engine = bundled_engine("answers-off-to-bed");
    for question in ["uk pay", "whats the worst thing abt being a pcc"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["off to bed now", "Off to bed now.", "time for bed"],
        );
    }
}

#[test]
fn a_goodbye_the_thesaurus_reads_is_a_sentence_of_courtesy() {
    // Told after a question without its question mark, the goodbye was read as the question,
    // and the question as the asker's context.
    let engine = bundled_engine("answers-goodbye-sentence");
    assert_wrapped_answered_as_alone(
        &engine,
        "salary in canada.",
        &[],
        &["Signing off for now.", "Off to bed now!"],
    );
}

#[test]
fn a_closing_request_saying_what_the_input_would_be_closes_a_question() {
    // "pointers" and "treasured" were searched, and the question was declined; after "get" the
    // request was read as what is to be got.
    let engine = bundled_engine("answers-input-would-be");
    assert_wrapped_answered_as_alone(
        &engine,
        "which certificate is best to get",
        &[],
        &["any pointers would be treasured", "any tips would be gold"],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "Is it hard to get a remote coordinator job?",
        &[],
        &["any pointers would be treasured"],
    );
}

#[test]
fn a_hope_that_the_question_lands_closes_a_question() {
    // "hope" and "lands" were searched ("land a job" is how one becomes one).
    let engine = bundled_engine("answers-question-lands");
    for question in ["cons", "what does a pcc actually do all day"] {
        assert_wrapped_answered_as_alone(
            &engine,
            question,
            &[],
            &["hope the question lands", "hopefully the post lands ok"],
        );
    }
}

#[test]
fn thanks_as_ever_close_a_question() {
    // "ever" and "gang" kept the thanks from closing the question, and it was declined.
    let engine = bundled_engine("answers-as-ever");
    assert_wrapped_answered_as_alone(&engine, "cmaa worth it", &[], &["grateful as ever, gang"]);
    assert_wrapped_answered_as_alone(
        &engine,
        "whats the money like for a care coordinator",
        &[],
        &["grateful as ever, gang", "appreciate you all as usual"],
    );
}

#[test]
fn eagerness_to_see_what_others_say_closes_a_question() {
    // "see" was searched, and the question was declined.
    let engine = bundled_engine("answers-see-what-you-say");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &[
            "can't wait to see what you say",
            "looking forward to seeing your answers",
        ],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "what comes after senior coordinator",
        &[],
        &["can't wait to see what you say"],
    );
}

#[test]
fn an_aside_on_how_the_message_is_written_is_not_asked_about() {
    // "thumb" and "typing" were read as the asker's context, and "phone" pulled the passages
    // on phone systems.
    let engine = bundled_engine("answers-thumb-typing");
    assert_wrapped_answered_as_alone(
        &engine,
        "is a pcc a nurse?",
        &[],
        &[
            "(thumb-typing on a phone, sorry)",
            "(hastily typing this at work)",
        ],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "Is it hard to get promoted?",
        &[],
        &["(thumb-typing on a phone, sorry)"],
    );
}

#[test]
fn a_question_said_to_be_boiled_down_is_asked_as_it_stands() {
    // "boiled" was searched, and the question was declined.
    let engine = bundled_engine("answers-boiled-down");
    assert_wrapped_answered_as_alone(&engine, "cmaa worth it", &["Boiled down: "], &[]);
    assert_wrapped_answered_as_alone(
        &engine,
        "what do they do every day",
        &["Boiled down: ", "When you boil it down, "],
        &[],
    );
}

#[test]
fn an_opening_doubt_about_the_wording_is_not_asked_about() {
    // Read as the asker's context, "asking" and "right" drew the answer to the guide's FAQ.
    let engine = bundled_engine("answers-opening-doubt");
    assert_wrapped_answered_as_alone(
        &engine,
        "is a pcc a nurse?",
        &[
            "Not sure I'm even asking this right, but ",
            "Not sure how to word this, but ",
        ],
        &[],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "where do patient care coordinators usually work?",
        &["Not sure I'm even asking this right, but "],
        &[],
    );
}

#[test]
fn what_the_askers_children_do_is_not_the_askers_context() {
    // "college" was read as the asker's schooling and pulled the education passages.
    let engine = bundled_engine("answers-kids-college");
    assert_wrapped_answered_as_alone(
        &engine,
        "What comes after senior coordinator?",
        &[
            "I'm 57 and my kids just left for college. ",
            "My teenagers start college next fall. ",
        ],
        &[],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "Can I get a work visa as a patient care coordinator?",
        &["I'm 57 and my kids just left for college. "],
        &[],
    );
}

#[test]
fn a_plea_to_pull_no_punches_frames_the_question() {
    // "pull" and "punches" were read as the asker's context.
    let engine = bundled_engine("answers-no-punches");
    assert_wrapped_answered_as_alone(
        &engine,
        "how much do pcc's make an hour",
        &["Pull no punches, please. "],
        &[],
    );
    assert_wrapped_answered_as_alone(
        &engine,
        "which specialties pay more",
        &["Pull no punches, please. "],
        &[],
    );
}

#[test]
fn leaving_for_now_and_checking_back_later_closes_a_question() {
    // "heading", "check" and "back" were searched, and the question was declined.
    let engine = bundled_engine("answers-checking-back");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need college for this",
        &[],
        &[
            "heading out now, will check back",
            "stepping away for now, I'll check back later",
        ],
    );
}

#[test]
fn refreshing_the_page_for_replies_frames_the_question() {
    // "refreshing" and "page" were searched, and the question was declined.
    let engine = bundled_engine("answers-refreshing");
    assert_wrapped_answered_as_alone(
        &engine,
        "cmaa worth it",
        &[],
        &[
            "refreshing the page already",
            "(hitting refresh like crazy)",
        ],
    );
}

#[test]
fn asking_so_someone_else_need_not_closes_a_question() {
    // "asking" and "niece" were read as what is asked.
    let engine = bundled_engine("answers-in-their-stead");
    assert_wrapped_answered_as_alone(
        &engine,
        "how much does the schooling cost",
        &[],
        &[
            "asking so my niece doesn't have to",
            "asking so my little brother won't need to",
        ],
    );
}

#[test]
fn praise_as_what_those_who_answer_never_do_closes_a_question() {
    // "never" and "disappoint" were searched, and the question was declined.
    let engine = bundled_engine("answers-never-disappoint");
    assert_wrapped_answered_as_alone(
        &engine,
        "certifcations for pcc",
        &[],
        &["you lot never disappoint", "you guys never fail"],
    );
}

#[test]
fn each_piece_of_input_thanked_for_closes_a_question() {
    // "received" was searched, and the question was declined.
    let engine = bundled_engine("answers-each-suggestion");
    assert_wrapped_answered_as_alone(
        &engine,
        "cons",
        &[],
        &[
            "every suggestion gratefully received",
            "each tip thankfully welcomed",
        ],
    );
}

#[test]
fn an_opening_doubt_of_thinking_too_much_frames_the_question() {
    // "may" and "overthinking" were searched, and the question was declined.
    let engine = bundled_engine("answers-overthinking");
    assert_wrapped_answered_as_alone(
        &engine,
        "can I work from home as a patient care coordinator?",
        &[
            "I may be overthinking this, yet ",
            "Probably overcomplicating it, but ",
        ],
        &[],
    );
}

#[test]
fn stripped_back_frames_the_question() {
    // "stripped" and "back" were searched, and the question was declined.
    let engine = bundled_engine("answers-stripped-back");
    assert_wrapped_answered_as_alone(
        &engine,
        "salary range",
        &["Stripped right back: ", "Stripped down: "],
        &[],
    );
}

#[test]
fn boards_crammed_for_tell_of_an_exam() {
    // "boards" was read as the job boards, and drew the answer to them.
    let engine = bundled_engine("answers-ma-boards");
    assert_wrapped_answered_as_alone(
        &engine,
        "Can I work from home as a patient care coordinator?",
        &["I'm cramming anatomy flashcards for the MA boards. "],
        &[],
    );
}

#[test]
fn where_ones_home_is_is_told_not_asked() {
    // "home" was read as working from home, and drew the answer to remote work.
    let engine = bundled_engine("answers-home-is");
    assert_wrapped_answered_as_alone(
        &engine,
        "Whats the worst thing abt being a pcc?",
        &["Home for me is Tulsa. ", "My home is in Wichita. "],
        &[],
    );
}

#[test]
fn an_aside_on_dictating_the_message_is_not_searched() {
    // "phone" and "words" were read as told, and the question was declined.
    let engine = bundled_engine("answers-dictating");
    assert_wrapped_answered_as_alone(
        &engine,
        "Is it hard to get promoted?",
        &[],
        &["(dictating this to my phone, sorry for odd words)"],
    );
}

#[test]
fn a_plea_not_to_sugar_coat_frames_the_question() {
    // "sugar", "coating" and "required" were read as the asker's context.
    let engine = bundled_engine("answers-sugar-coating");
    assert_wrapped_answered_as_alone(
        &engine,
        "wait what even is a patient care coordinator",
        &["Sugar-coating not required. ", "Don't sugarcoat it: "],
        &[],
    );
}

#[test]
fn a_yes_or_no_question_after_an_opening_doubt_and_yet_is_answered() {
    // Read from "yet", the question was taken for a figure asked, and it was declined.
    let engine = bundled_engine("answers-yet-yes-or-no");
    assert_wrapped_answered_as_alone(
        &engine,
        "do pccs get tuition reimbursement",
        &["I may be overthinking this, yet "],
        &[],
    );
}

#[test]
fn thanks_in_another_language_close_a_question() {
    // "gracias" was mended into "racial", and the question was declined.
    let engine = bundled_engine("answers-foreign-thanks");
    assert_wrapped_answered_as_alone(
        &engine,
        "is it stressful",
        &[],
        &["gracias, amigos", "danke!", "obrigada!"],
    );
}

#[test]
fn a_query_announced_frames_the_question() {
    // "query" and "offbeat" were searched, and "incoming" read as income.
    let engine = bundled_engine("answers-query-incoming");
    assert_wrapped_answered_as_alone(&engine, "cmaa worth it", &["Offbeat query incoming: "], &[]);
}

#[test]
fn a_plea_to_keep_it_simple_frames_the_question() {
    // "plain" and "simple" were searched, and the question was declined.
    let engine = bundled_engine("answers-plain-and-simple");
    assert_wrapped_answered_as_alone(
        &engine,
        "cmaa worth it",
        &["Plain and simple: ", "Short and sweet: "],
        &[],
    );
}

#[test]
fn head_and_gut_at_odds_are_indecision() {
    // "head" drew the lead roles' passages.
    let engine = bundled_engine("answers-head-and-gut");
    assert_wrapped_answered_as_alone(
        &engine,
        "chalenges of this carreer",
        &["My head says one thing, my gut another: "],
        &[],
    );
}

#[test]
fn having_to_leave_for_now_is_a_goodbye() {
    // "run", "back" and "later" were searched, and the question was declined.
    let engine = bundled_engine("answers-gotta-run");
    assert_wrapped_answered_as_alone(
        &engine,
        "is it stressful",
        &[],
        &["gotta run, back later", "gotta dash"],
    );
}

#[test]
fn talk_from_those_in_the_field_wanted_asks_nothing() {
    // "current", "coordinators" and "wanted" were searched, and the question was declined.
    let engine = bundled_engine("answers-real-talk-wanted");
    assert_wrapped_answered_as_alone(
        &engine,
        "cmaa worth it",
        &[],
        &[
            "real talk from current coordinators wanted",
            "input from current coordinators wanted",
        ],
    );
}

#[test]
fn lurking_for_replies_asks_nothing() {
    // "lurking" and "replies" were searched, and the question was declined.
    let engine = bundled_engine("answers-lurking-for-replies");
    assert_wrapped_answered_as_alone(&engine, "cons", &[], &["will be lurking for replies"]);
}

#[test]
fn the_channel_praised_as_the_best_asks_nothing() {
    // "corner" and "internet" were searched, and the question was declined.
    let engine = bundled_engine("answers-best-corner");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need college for this",
        &[],
        &["best corner of the internet, this"],
    );
}

#[test]
fn someone_too_shy_to_ask_is_whom_the_question_is_for() {
    // "roommate" and "shy" were searched, and "shy" read as interpersonal skills.
    let engine = bundled_engine("answers-too-shy-to-ask");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need college for this",
        &[],
        &[
            "my roommate is too shy to post this",
            "my little brother's way too nervous to ask",
        ],
    );
}

#[test]
fn however_after_an_opening_doubt_is_not_searched() {
    // "however" was searched, and the question was declined.
    let engine = bundled_engine("answers-however");
    assert_wrapped_answered_as_alone(
        &engine,
        "cons",
        &["This might be obvious to you all, however "],
        &[],
    );
}

#[test]
fn keeping_an_eye_on_the_thread_asks_nothing() {
    // "keep", "eye" and "thread" were searched, and the question was declined.
    let engine = bundled_engine("answers-eye-on-the-thread");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need college for this",
        &[],
        &[
            "I'll keep an eye on this thread",
            "keeping tabs on this thread",
        ],
    );
}

#[test]
fn the_channel_praised_as_never_missing_asks_nothing() {
    // "server", "never" and "misses" were searched, "misses" read as the guides' gaps.
    let engine = bundled_engine("answers-server-never-misses");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need college for this",
        &[],
        &["this server never misses", "you guys never miss"],
    );
}

#[test]
fn catching_up_later_is_a_goodbye() {
    // "catch" and "morning" were searched, and the question was declined.
    let engine = bundled_engine("answers-catch-up-later");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &[
            "logging off, will catch up in the morning",
            "will catch up later",
        ],
    );
}

#[test]
fn input_from_whom_said_to_be_worth_much_asks_nothing() {
    // "input", "inside" and "gold" were searched, and the question was declined.
    let engine = bundled_engine("answers-input-would-be-gold");
    assert_wrapped_answered_as_alone(
        &engine,
        "cmaa worth it",
        &[],
        &[
            "input from anyone on the inside would be gold",
            "advice from nurses would be so helpful",
        ],
    );
}

#[test]
fn someone_who_had_the_asker_ask_is_whom_the_question_is_for() {
    // "sister" and "wanted" were searched, and the question was declined.
    let engine = bundled_engine("answers-sister-wanted-me-to-ask");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["my sister wanted me to ask", "my mum told me to ask here"],
    );
}

#[test]
fn each_piece_of_input_said_to_count_asks_nothing() {
    // "tip" and "counts" were searched, and the question was declined.
    let engine = bundled_engine("answers-every-tip-counts");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["every tip counts", "each opinion matters"],
    );
}

#[test]
fn a_doubt_that_the_message_made_sense_asks_nothing() {
    // "parse" and "sense" were searched, and the question was declined.
    let engine = bundled_engine("answers-did-that-parse");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["did that even parse? lol", "does that make sense?"],
    );
}

#[test]
fn thanks_sized_in_another_language_close_a_question() {
    // "beaucoup" was searched, and the question was declined.
    let engine = bundled_engine("answers-merci-beaucoup");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["merci beaucoup", "muchas gracias"],
    );
}

#[test]
fn although_after_an_opening_doubt_is_not_searched() {
    // "although" was searched, and the question was declined.
    let engine = bundled_engine("answers-although");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &["Probably a silly one, although "],
        &[],
    );
}

#[test]
fn a_demand_to_skip_the_spin_frames_the_question() {
    // "PR" was read as permanent residency, and another passage drawn.
    let engine = bundled_engine("answers-pr-spin");
    assert_wrapped_answered_as_alone(
        &engine,
        "is this a wfh job or nah",
        &["Spare me the PR spin. "],
        &[],
    );
}

#[test]
fn a_warning_of_a_rant_frames_the_question() {
    // "grab" and "popcorn" were searched, and the question was declined.
    let engine = bundled_engine("answers-grab-popcorn");
    assert_wrapped_answered_as_alone(
        &engine,
        "what skills do I need?",
        &["Rant-adjacent, grab popcorn: "],
        &[],
    );
}

#[test]
fn a_mind_ping_ponging_is_indecision() {
    // "ponging" was mended into "longing", and the passage on becoming one drawn.
    let engine = bundled_engine("answers-ping-ponging");
    assert_wrapped_answered_as_alone(
        &engine,
        "wait what even is a patient care coordinator",
        &["My brain keeps ping-ponging on this: "],
        &[],
    );
}

#[test]
fn a_place_told_as_where_one_is_from_asks_no_place() {
    // "where" was read as asking for a place, and the figure asked for declined.
    let engine = bundled_engine("answers-where-i-grew-up");
    assert_wrapped_answered_as_alone(
        &engine,
        "How much u get paid in singapore?",
        &[
            "Ukraine is where I grew up. ",
            "Front counter at a veterinary hospital is where I work. ",
        ],
        &[],
    );
}

#[test]
fn someone_who_had_the_asker_put_it_out_there_is_whom_the_question_is_for() {
    // "neighbour" and "put" were searched, and the question was declined.
    let engine = bundled_engine("answers-put-this-out-there");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &[
            "my neighbour asked me to put this out there",
            "my aunt asked me to pass this along",
        ],
    );
}

#[test]
fn those_heard_from_named_by_what_they_do_ask_nothing() {
    // "keen", "hear" and "folks" were searched, and the question was declined.
    let engine = bundled_engine("answers-folks-doing-this-job");
    assert_wrapped_answered_as_alone(
        &engine,
        "cons",
        &[],
        &[
            "keen to hear from folks doing this job now",
            "would love to hear from people doing it already",
        ],
    );
}

#[test]
fn clocking_out_is_a_goodbye() {
    // "clocking", "talk" and "tomorrow" were searched, "talk" read as communication.
    let engine = bundled_engine("answers-clocking-out");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &[
            "clocking out, talk tomorrow",
            "clocking off now, chat later",
        ],
    );
}

#[test]
fn subscribing_to_the_thread_asks_nothing() {
    // "subscribing" and "thread" were searched.
    let engine = bundled_engine("answers-subscribing");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["subscribing to this thread", "commenting to follow"],
    );
}

#[test]
fn a_hope_that_the_message_was_clear_asks_nothing() {
    // "hope" and "garbled" were searched, and the question was declined.
    let engine = bundled_engine("answers-not-too-garbled");
    assert_wrapped_answered_as_alone(
        &engine,
        "cons",
        &[],
        &["hope that wasn't too garbled", "hope this is clear"],
    );
}

#[test]
fn thanks_counted_in_another_language_close_a_question() {
    // "mille" was mended into "mile" and searched.
    let engine = bundled_engine("answers-grazie-mille");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a pcc actually do all day",
        &[],
        &["grazie mille, friends", "grazie mille"],
    );
}

#[test]
fn whatever_input_taken_asks_nothing() {
    // "whatever" and "wisdom" were searched, and the question was declined.
    let engine = bundled_engine("answers-whatever-wisdom");
    assert_wrapped_answered_as_alone(
        &engine,
        "cons",
        &[],
        &[
            "whatever wisdom you have, I'll take it",
            "whatever wisdom you've got, thanks",
        ],
    );
}

#[test]
fn asking_for_no_frills_frames_the_question() {
    // "frills" was searched, and the question was declined.
    let engine = bundled_engine("answers-no-frills");
    assert_wrapped_answered_as_alone(
        &engine,
        "cmaa worth it",
        &["No frills version: ", "Barebones version: "],
        &[],
    );
}

#[test]
fn what_the_asker_does_for_someone_else_is_how_they_stand_by_them() {
    // "manage" was read as the asker's own, and drew the manager level's passage.
    let engine = bundled_engine("answers-i-manage-my-mums-appointments");
    assert_wrapped_answered_as_alone(
        &engine,
        "What are the career advancement options?",
        &[
            "I manage my mum's oncology appointments. ",
            "I manage my son's therapy sessions. ",
        ],
        &[],
    );
}

#[test]
fn born_and_raised_somewhere_asks_no_pay_rise() {
    // "raised" drew the guides' pay increases.
    let engine = bundled_engine("answers-born-and-raised");
    assert_wrapped_answered_as_alone(
        &engine,
        "What are the downsides of being a patient care coordinator?",
        &[
            "Born and raised in Lagos. ",
            "Born and raised in Manchester. ",
        ],
        &[],
    );
}

#[test]
fn the_class_of_a_year_asks_no_courses() {
    // "class" was read as the guides' courses, and drew a passage on them.
    let engine = bundled_engine("answers-class-of-2016");
    assert_wrapped_answered_as_alone(
        &engine,
        "Any resume tips for getting hired?",
        &[
            "BA in philosophy, class of 2016. ",
            "MA in sociology, class of 2014. ",
        ],
        &[],
    );
}

#[test]
fn a_foreign_word_after_thanks_is_part_of_them() {
    // "schön" was searched as a told word.
    let engine = bundled_engine("answers-danke");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats a realistic first year salary",
        &[],
        &["danke schön, everyone", "danke sehr, everyone"],
    );
}

#[test]
fn when_the_replies_will_be_read_closes_a_sign_off() {
    // "read", "replies" and "tomorrow" were searched.
    let engine = bundled_engine("answers-bedtime");
    assert_wrapped_answered_as_alone(
        &engine,
        "what do ppl struggle with in this job",
        &[],
        &[
            "heading to bed now, will read replies tomorrow",
            "logging off, will check answers in the morning",
        ],
    );
}

#[test]
fn curiosity_about_what_those_in_the_job_think_asks_nothing() {
    // "especially", "current" and "coordinators" were searched.
    let engine = bundled_engine("answers-curious");
    assert_wrapped_answered_as_alone(
        &engine,
        "is an internship a good way to get experience",
        &[],
        &[
            "especially curious what current coordinators think",
            "really curious what working coordinators think",
        ],
    );
}

#[test]
fn the_channel_exclaimed_over_asks_nothing() {
    // "crowd" was read as a crowded market.
    let engine = bundled_engine("answers-crowd");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a manager do that a lead doesn't",
        &[],
        &["such a helpful crowd here", "what a lovely bunch"],
    );
}

#[test]
fn keeping_the_thread_for_later_asks_nothing() {
    // "bookmarking" and "later" were searched as told.
    let engine = bundled_engine("answers-bookmark");
    assert_wrapped_answered_as_alone(
        &engine,
        "does the work get monotonous after a while",
        &[],
        &[
            "bookmarking this for later",
            "saving this thread for future reference",
        ],
    );
}

#[test]
fn an_apology_for_rambling_asks_nothing() {
    // "rambly" was mended to "ramble" and searched.
    let engine = bundled_engine("answers-rambly");
    assert_wrapped_answered_as_alone(
        &engine,
        "what does a senior coordinator do",
        &[],
        &["apologies if that was rambly", "sorry if I rambled"],
    );
}

#[test]
fn any_input_at_all_is_one_request() {
    // the request was cut at "all", and "pointers" searched.
    let engine = bundled_engine("answers-atall");
    assert_wrapped_answered_as_alone(
        &engine,
        "do coordinators get retirement benefits",
        &[],
        &[
            "any pointers at all are welcome",
            "any tips at all are welcome",
        ],
    );
}

#[test]
fn posting_for_someone_who_is_not_on_discord_asks_nothing() {
    // "posting" drew job posts, and "use" and "discord" were searched.
    let engine = bundled_engine("answers-flatmate");
    assert_wrapped_answered_as_alone(
        &engine,
        "do employers pay for your certification",
        &[],
        &[
            "posting for my flatmate who doesn't use Discord",
            "posting this for my sister who isn't on here",
        ],
    );
}

#[test]
fn asking_whether_anyone_is_awake_to_field_a_question_is_a_plea() {
    // "awake" and "field" were searched.
    let engine = bundled_engine("answers-awake");
    assert_wrapped_answered_as_alone(
        &engine,
        "r referrals part of what a pcc handles",
        &[
            "Anyone awake to field a question? ",
            "Anybody online to take a question? ",
        ],
        &[],
    );
}

#[test]
fn ahoy_greets() {
    // "ahoy" and "crew" were searched as told.
    let engine = bundled_engine("answers-ahoy");
    assert_wrapped_answered_as_alone(
        &engine,
        "could unpaid volunteer hours help me get hired",
        &["Ahoy there, crew! ", "Ahoy there, folks! "],
        &[],
    );
}

#[test]
fn a_question_called_a_puzzle_is_framing() {
    // "head" drew the lead level, "scratcher" was mended and searched.
    let engine = bundled_engine("answers-puzzler");
    assert_wrapped_answered_as_alone(
        &engine,
        "whats the catch with this job lol",
        &["Here's a head-scratcher: ", "Here's a stumper: "],
        &[],
    );
}

#[test]
fn feeling_foolish_to_ask_asks_nothing() {
    // "feeling", "dim" and "asking" were searched as told.
    let engine = bundled_engine("answers-dim");
    assert_wrapped_answered_as_alone(
        &engine,
        "what part of the day stresses pccs out",
        &["Feeling a bit dim asking, but ", "I feel silly asking but "],
        &[],
    );
}

#[test]
fn raised_after_born_is_where_one_grew_up() {
    // "raised" drew the guides' pay increases.
    let engine = bundled_engine("answers-born");
    assert_wrapped_answered_as_alone(
        &engine,
        "do senior pccs train new coordinators",
        &[
            "Manila born, Toronto raised. ",
            "Born in Kenya, raised in Wales. ",
        ],
        &[],
    );
}

#[test]
fn how_great_the_thanks_are_in_another_language_is_part_of_them() {
    // "tusen", "takk", "vielen" and "dank" were searched.
    let engine = bundled_engine("answers-tusen");
    assert_wrapped_answered_as_alone(
        &engine,
        "is there room to move into management later",
        &[],
        &["tusen takk, folks", "vielen Dank, everyone"],
    );
}

#[test]
fn leaving_for_work_and_reading_the_answers_later_signs_off() {
    // "pay off" before "to work" read as worth it, and "catch" and "tonight" were searched.
    let engine = bundled_engine("answers-offwork");
    assert_wrapped_answered_as_alone(
        &engine,
        "what do coordinators do on a normal day",
        &[],
        &[
            "off to work now, will catch up on answers tonight",
            "off to class, will catch up on replies later",
        ],
    );
}

#[test]
fn someone_too_shy_to_ask_then_asked_for_in_their_stead_asks_nothing() {
    // "shy" read as interpersonal skills, and "housemate" and "asking" were searched.
    let engine = bundled_engine("answers-shy");
    assert_wrapped_answered_as_alone(
        &engine,
        "can coordinators work weekends",
        &[],
        &[
            "my housemate is too shy to post, so I'm asking for him",
            "my cousin is too nervous to ask, so I'm asking for her",
        ],
    );
}

#[test]
fn scattered_thoughts_are_a_doubt_about_the_wording() {
    // "all over the place" read as organisational skills.
    let engine = bundled_engine("answers-scattered");
    assert_wrapped_answered_as_alone(
        &engine,
        "how do coordinators handle angry patients",
        &[],
        &[
            "sorry, my thoughts are all over the place",
            "sorry, my brain is all over the place",
        ],
    );
}

#[test]
fn lurking_for_the_answers_asks_nothing() {
    // "lurk" and "answers" were searched.
    let engine = bundled_engine("answers-lurk");
    assert_wrapped_answered_as_alone(
        &engine,
        "do you need to know medical billing",
        &[],
        &["gonna lurk for the answers", "I'll be lurking here"],
    );
}

#[test]
fn loving_how_kind_the_channel_is_asks_nothing() {
    // "love", "kind" and "server" were searched.
    let engine = bundled_engine("answers-lovehow");
    assert_wrapped_answered_as_alone(
        &engine,
        "what makes this job hard",
        &[],
        &[
            "love how kind this server is",
            "love how helpful everyone is here",
        ],
    );
}

#[test]
fn a_warning_of_slow_replies_asks_nothing() {
    // "reply", "late" and "slow" were told.
    let engine = bundled_engine("answers-slowreply");
    assert_wrapped_answered_as_alone(
        &engine,
        "is the work lonely",
        &[],
        &[
            "(on my lunch break, might reply late)",
            "might be slow to reply",
        ],
    );
}

#[test]
fn a_question_called_a_summary_or_a_puzzle_for_the_room_is_framed() {
    // "cliff", "notes", "version" and "room" were searched.
    let engine = bundled_engine("answers-cliff");
    assert_wrapped_answered_as_alone(
        &engine,
        "do i need a degree",
        &["Cliff notes version: ", "Puzzle for the room: "],
        &[],
    );
}

#[test]
fn a_greeting_exclaimed_to_whoever_asks_nothing() {
    // "night" drew the guide's evening shifts.
    let engine = bundled_engine("answers-owls");
    assert_wrapped_answered_as_alone(
        &engine,
        "where do coordinators usually work",
        &["Howdy-doo, night owls! ", "Hey hey, insomniac club! "],
        &[],
    );
}

#[test]
fn raised_in_a_place_is_where_one_grew_up_and_a_city_is_no_slip() {
    // "raised" drew pay increases, and "Leeds" was mended to "leads".
    let engine = bundled_engine("answers-leeds");
    assert_wrapped_answered_as_alone(
        &engine,
        "what do mid level coordinators make",
        &[
            "Raised in Jamaica, living in Leeds now. ",
            "Raised in Ghana, now in Leeds. ",
        ],
        &[],
    );
}

#[test]
fn the_side_of_things_something_is_only_names_it() {
    // "side" counted in the share of the question a passage must hold, and the question was
    // declined.
    let engine = bundled_engine("answers-side-of-things");
    let answer = engine.answer("do coordinators deal with the insurance side of it");
    assert!(first_snippet(&answer).contains("insurance"), "{answer:?}");
}

#[test]
fn signing_patients_in_is_registering_them() {
    // "sign" matched no passage, and the question was declined.
    let engine = bundled_engine("answers-sign-in");
    let answer = engine.answer("do coordinators sign patients in");
    assert!(
        first_snippet(&answer).contains("registration"),
        "{answer:?}"
    );
}

#[test]
fn which_vpn_to_use_is_declined() {
    // The guides name no VPN; "remote" and "use" drew the remote work passage.
    let engine = bundled_engine("answers-vpn");
    let answer = engine.answer("what vpn should i use working from home");
    assert!(!answer.answered, "{answer:?}");
}
