namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Routes a new user's first typed message to a topic flow.</summary>
/// <param name="text">What the user typed.</param>
public delegate RoutedIntent IntentRouting(string? text);
