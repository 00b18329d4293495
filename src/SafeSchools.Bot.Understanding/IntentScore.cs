namespace SafeSchools.Bot.Understanding;

/// <summary>How likely a message is to mean one intent, and which layer said so (the shape of Bot Builder's IntentScore).</summary>
/// <param name="Score">From 0 to 1.</param>
/// <param name="Source">The layer that gave the score.</param>
public sealed record IntentScore(double Score, RecognitionSource Source = RecognitionSource.Model);
