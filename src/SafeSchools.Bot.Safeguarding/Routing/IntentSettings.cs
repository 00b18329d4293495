namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>The router's thresholds from <c>intents.yaml</c>.</summary>
/// <param name="MinimumScore">The best flow must score at least this to be chosen (default 3).</param>
/// <param name="MinimumMargin">The best flow must beat the runner-up by at least this (default 1.5).</param>
/// <param name="ExampleWeight">The score for a message that holds every content word of an example (default 4).</param>
public sealed record IntentSettings(double MinimumScore = 3, double MinimumMargin = 1.5, double ExampleWeight = 4);
