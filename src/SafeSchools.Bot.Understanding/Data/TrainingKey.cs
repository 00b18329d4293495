using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Understanding.Data;

/// <summary>Two examples are the same message when they normalise to the same text.</summary>
public static class TrainingKey
{
    /// <summary>The key of <paramref name="text"/>.</summary>
    public static string Of(string text) => TextFeaturizer.Normalize(text);
}
