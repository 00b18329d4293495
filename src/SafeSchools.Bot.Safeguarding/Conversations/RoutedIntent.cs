namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Where a first message should go.</summary>
/// <param name="FlowId">The best topic flow, or null.</param>
/// <param name="IsConfident">Whether the evidence is strong enough to go there without asking.</param>
public sealed record RoutedIntent(string? FlowId, bool IsConfident);
