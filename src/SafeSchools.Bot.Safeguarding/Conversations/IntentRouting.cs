using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Routes a new user's first typed message to a topic flow.</summary>
/// <param name="understood">What understanding made of the message.</param>
public delegate RoutedIntent IntentRouting(RecognizerResult understood);
