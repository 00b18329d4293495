namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Set in turn state when an answer was not one of the choices but clearly named another topic.</summary>
/// <param name="FlowId">The topic flow to switch to.</param>
internal sealed record TopicSwitch(string FlowId);
