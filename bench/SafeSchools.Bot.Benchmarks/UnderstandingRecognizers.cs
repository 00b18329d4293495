using SafeSchools.Bot.Understanding;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>The bot's trained recognizer, from the repository's model cache (trained there once when missing).</summary>
internal static class UnderstandingRecognizers
{
    public static TrainedRecognizer Load(string dialogs) => new(UnderstandingModels.Load(dialogs, "data/models"), new UnderstandingOptions());

    /// <summary>The meaning layer of <paramref name="model"/>, its encoder loaded.</summary>
    public static SentenceMeaning LoadMeaning(string dialogs, UnderstandingModel model)
    {
        var memory = UnderstandingModels.LoadMemory(dialogs, "data/models", model, MiniLmSentenceEncoder.ModelName, () => new MiniLmSentenceEncoder());
        var meaning = new SentenceMeaning(memory, () => new MiniLmSentenceEncoder(), new MeaningOptions());
        return meaning.Warm() is { } failure ? throw new InvalidOperationException("The sentence encoder could not be loaded.", failure) : meaning;
    }
}
