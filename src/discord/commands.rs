//! The commands anyone can use: `/ask`, `/faq` (with autocomplete) and `/topic`.

use super::{buttons, no_pings, render, Context, Error};
use crate::feedback::Surface;

/// Answers `question` from the current engine and replies with the embed.
async fn reply_with_answer(
    ctx: Context<'_>,
    surface: Surface,
    question: &str,
    private: bool,
) -> Result<(), Error> {
    let echo = surface == Surface::Topic;
    let _in_flight = ctx.data().in_flight.enter();
    if let Err(refusal) = ctx
        .data()
        .limits
        .admit(ctx.author().id, Some(ctx.channel_id()))
    {
        super::notice(ctx, refusal.notice()).await;
        return Ok(());
    }
    let answer = ctx.data().live.current().answer(question);
    let embed = render::answer_embed(&answer).build();
    let mut reply = poise::CreateReply::default()
        .embed(embed)
        .ephemeral(private)
        .allowed_mentions(no_pings());
    if let Some(id) = ctx
        .data()
        .record(ctx.author().id, surface, question, &answer)
    {
        reply = reply.components(buttons::for_answer(id, answer.answered, !private));
    }
    if echo {
        // For /topic, say which question was asked, so it can be reproduced with `careerbot ask`.
        let content = crate::text::trim_to_chars(
            &format!("Asked the guide: {question}"),
            render::CONTENT_MAX,
        );
        reply = reply.content(content);
    }
    ctx.send(reply).await?;
    tracing::debug!("answered /{}", ctx.command().name);
    Ok(())
}

/// Ask the career guide a question and get a quoted, cited answer.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question, in your own words"]
    #[max_length = 1000]
    question: String,
    #[description = "Only you see the answer"] private: Option<bool>,
) -> Result<(), Error> {
    reply_with_answer(ctx, Surface::Ask, &question, private.unwrap_or(false)).await
}

async fn complete_faq(ctx: Context<'_>, partial: &str) -> Vec<String> {
    render::choices(
        ctx.data()
            .live
            .current()
            .complete(partial, render::CHOICES_MAX),
    )
}

/// Look up a FAQ question or section of the guide (start typing to see them).
#[poise::command(slash_command)]
pub async fn faq(
    ctx: Context<'_>,
    #[description = "Pick a question, or type your own"]
    #[autocomplete = "complete_faq"]
    #[max_length = 1000]
    question: String,
    #[description = "Only you see the answer"] private: Option<bool>,
) -> Result<(), Error> {
    reply_with_answer(ctx, Surface::Faq, &question, private.unwrap_or(false)).await
}

/// The four things people ask about most.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum Subject {
    #[name = "Salary"]
    Salary,
    #[name = "Education"]
    Education,
    #[name = "Remote work"]
    Remote,
    #[name = "Challenges"]
    Challenges,
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum Level {
    #[name = "Junior (entry level)"]
    Junior,
    #[name = "Senior"]
    Senior,
    #[name = "Lead"]
    Lead,
    #[name = "Manager"]
    Manager,
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum Region {
    #[name = "United States"]
    Usa,
    Canada,
    #[name = "United Kingdom"]
    Uk,
    Germany,
    Australia,
    Singapore,
    Brazil,
}

/// The question a topic lookup asks the engine: plain words, as `careerbot ask` takes them.
pub fn topic_question(subject: Subject, level: Option<Level>, region: Option<Region>) -> String {
    match subject {
        Subject::Salary => {
            let level = match level {
                Some(Level::Junior) => "junior ",
                Some(Level::Senior) => "senior ",
                Some(Level::Lead) => "lead ",
                Some(Level::Manager) => "manager ",
                None => "",
            };
            let region = match region {
                Some(Region::Usa) => " in the United States",
                Some(Region::Canada) => " in Canada",
                Some(Region::Uk) => " in the UK",
                Some(Region::Germany) => " in Germany",
                Some(Region::Australia) => " in Australia",
                Some(Region::Singapore) => " in Singapore",
                Some(Region::Brazil) => " in Brazil",
                None => "",
            };
            format!("What is the {level}salary{region}?")
        }
        Subject::Education => "What education or certifications do I need?".to_string(),
        Subject::Remote => "Can I work remotely?".to_string(),
        Subject::Challenges => "What are the biggest challenges of the job?".to_string(),
    }
}

/// Salary, education, remote work or challenges, straight from the guide.
#[poise::command(slash_command)]
pub async fn topic(
    ctx: Context<'_>,
    #[description = "What you want to know about"] subject: Subject,
    #[description = "For salary: the experience level"] level: Option<Level>,
    #[description = "For salary: the country"] region: Option<Region>,
    #[description = "Only you see the answer"] private: Option<bool>,
) -> Result<(), Error> {
    let question = topic_question(subject, level, region);
    reply_with_answer(ctx, Surface::Topic, &question, private.unwrap_or(false)).await
}
