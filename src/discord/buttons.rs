//! The buttons under an answer: 👍 / 👎 (one vote per person, changeable), "More results" (the
//! next citations, privately) and "Delete" (the asker and moderators only).

use std::time::SystemTime;

use poise::serenity_prelude as serenity;

use super::{no_pings, render, Data, Error};
use crate::feedback::{QuestionId, Vote, VoteOutcome};

/// What a button asks for. Its custom id is `careerbot:<action>:<question id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Press {
    Vote(Vote),
    More,
    Delete,
}

const PREFIX: &str = "careerbot";

impl Press {
    fn name(self) -> &'static str {
        match self {
            Press::Vote(Vote::Up) => "up",
            Press::Vote(Vote::Down) => "down",
            Press::More => "more",
            Press::Delete => "delete",
        }
    }

    pub fn custom_id(self, question: QuestionId) -> String {
        format!("{PREFIX}:{}:{}", self.name(), question.0)
    }

    /// Reads a custom id back; anything else (another bot's, a forged one) is `None`.
    pub fn parse(custom_id: &str) -> Option<(Press, QuestionId)> {
        let mut parts = custom_id.split(':');
        if parts.next()? != PREFIX {
            return None;
        }
        let press = match parts.next()? {
            "up" => Press::Vote(Vote::Up),
            "down" => Press::Vote(Vote::Down),
            "more" => Press::More,
            "delete" => Press::Delete,
            _ => return None,
        };
        let id = parts.next()?.parse().ok()?;
        parts.next().is_none().then_some((press, QuestionId(id)))
    }
}

/// The buttons for an answer: votes and "More results" only when it quotes the guide, and
/// "Delete" only when everyone can see it.
pub fn for_answer(
    question: QuestionId,
    answered: bool,
    public: bool,
) -> Vec<serenity::CreateActionRow> {
    let button = |press: Press, label: &str| {
        serenity::CreateButton::new(press.custom_id(question))
            .label(label)
            .style(serenity::ButtonStyle::Secondary)
    };
    let mut buttons = Vec::new();
    if answered {
        buttons.push(button(Press::Vote(Vote::Up), "👍"));
        buttons.push(button(Press::Vote(Vote::Down), "👎"));
        buttons.push(button(Press::More, "More results"));
    }
    if public {
        buttons.push(button(Press::Delete, "Delete").style(serenity::ButtonStyle::Danger));
    }
    if buttons.is_empty() {
        Vec::new()
    } else {
        vec![serenity::CreateActionRow::Buttons(buttons)]
    }
}

fn private_reply(text: impl Into<String>) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(no_pings()),
    )
}

/// Answers a button press.
pub async fn handle(
    ctx: &serenity::Context,
    press: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), Error> {
    let Some((action, question)) = Press::parse(&press.data.custom_id) else {
        return Ok(());
    };
    let _in_flight = data.in_flight.enter();
    let store = &data.feedback;
    let person = store.person(press.user.id.get());
    let response = match action {
        Press::Vote(vote) => {
            let text = match store.vote(question, &person, vote, SystemTime::now())? {
                VoteOutcome::Recorded => "Thanks, your vote is counted.",
                VoteOutcome::Changed => "Thanks, your vote is changed.",
                VoteOutcome::Unchanged => "Your vote was already counted.",
                VoteOutcome::UnknownQuestion => "That answer is too old to vote on.",
            };
            private_reply(text)
        }
        Press::More => match store.question(question)? {
            None => private_reply("That answer is too old to look further into."),
            Some(stored) => {
                let more = data.live.current().more_results(&stored.question);
                if more.is_empty() {
                    private_reply("That is everything the guide says on it.")
                } else {
                    serenity::CreateInteractionResponse::Message(
                        serenity::CreateInteractionResponseMessage::new()
                            .embed(render::more_embed(&stored.question, &more).build())
                            .ephemeral(true)
                            .allowed_mentions(no_pings()),
                    )
                }
            }
        },
        Press::Delete => {
            let asked_it = store.question(question)?.is_some_and(|q| q.asker == person);
            let moderator = super::moderation::member_is_moderator(
                press.member.as_ref(),
                &data.config.moderator_roles,
            );
            if asked_it || moderator {
                press
                    .channel_id
                    .delete_message(ctx, press.message.id)
                    .await?;
                private_reply("Deleted.")
            } else {
                private_reply("Only the person who asked, or a moderator, can delete this answer.")
            }
        }
    };
    press.create_response(ctx, response).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_ids_read_back_as_what_they_were() {
        for press in [
            Press::Vote(Vote::Up),
            Press::Vote(Vote::Down),
            Press::More,
            Press::Delete,
        ] {
            let id = press.custom_id(QuestionId(42));
            assert!(id.len() <= 100, "Discord's custom id limit");
            assert_eq!(Press::parse(&id), Some((press, QuestionId(42))));
        }
    }

    #[test]
    fn foreign_or_forged_custom_ids_are_ignored() {
        for id in [
            "",
            "other:up:1",
            "careerbot:up",
            "careerbot:up:x",
            "careerbot:nuke:1",
            "careerbot:up:1:2",
        ] {
            assert_eq!(Press::parse(id), None, "{id}");
        }
    }

    #[test]
    fn a_private_decline_has_no_buttons() {
        assert!(for_answer(QuestionId(1), false, false).is_empty());
    }
}
