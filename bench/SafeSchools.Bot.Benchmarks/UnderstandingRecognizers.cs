using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>The bot's trained recognizer, from the repository's model cache (trained there once when missing).</summary>
internal static class UnderstandingRecognizers
{
    public static TrainedRecognizer Load(string dialogs) => new(UnderstandingModels.Load(dialogs, "data/models"), new UnderstandingOptions());
}
