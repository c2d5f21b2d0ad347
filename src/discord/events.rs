//! Gateway events: questions asked by @mentioning the bot, or in answer channels.

use poise::serenity_prelude as serenity;

use super::{buttons, no_pings, render, Data, Error};
use crate::feedback::Surface;

pub async fn handle(
    ctx: &serenity::Context,
    event: &serenity::FullEvent,
    data: &Data,
) -> Result<(), Error> {
    match event {
        serenity::FullEvent::Message { new_message } => {
            answer_message(ctx, new_message, data).await
        }
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(press),
        } => super::buttons::handle(ctx, press, data).await,
        _ => Ok(()),
    }
}

async fn answer_message(
    ctx: &serenity::Context,
    message: &serenity::Message,
    data: &Data,
) -> Result<(), Error> {
    if message.author.bot {
        return Ok(());
    }
    let me = ctx.cache.current_user().id;
    let mentioned = message.mentions_user_id(me);
    let in_answer_channel = data.config.answer_channels.contains(&message.channel_id);
    if !mentioned && !in_answer_channel {
        return Ok(());
    }
    let _in_flight = data.in_flight.enter();
    if data
        .limits
        .admit(message.author.id, Some(message.channel_id))
        .is_err()
    {
        // A reply to every message of a burst would be noise; a reaction says "seen, slow down".
        let _ = message
            .react(ctx, serenity::ReactionType::Unicode("⏳".to_string()))
            .await;
        return Ok(());
    }
    let answer = data.live.current().answer(&message.content);
    let mut reply = serenity::CreateMessage::new()
        .embed(render::answer_embed(&answer).build())
        .reference_message(message)
        .allowed_mentions(no_pings());
    let recorded = data.record(
        message.author.id,
        Surface::Mention,
        &message.content,
        &answer,
    );
    if let Some(id) = recorded {
        reply = reply.components(buttons::for_answer(id, answer.answered, true));
    }
    message.channel_id.send_message(ctx, reply).await?;
    tracing::debug!("answered a mention");
    Ok(())
}
