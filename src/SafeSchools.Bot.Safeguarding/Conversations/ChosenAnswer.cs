namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The option of the waiting question that the person chose in their own words ("im 14" for "I'm a young person"),
/// worked out by the bot before the dialog runs; kept in the turn state for <see cref="FlowChoicePrompt"/>.
/// </summary>
/// <param name="Index">The 0-based position of the option.</param>
internal sealed record ChosenAnswer(int Index);
