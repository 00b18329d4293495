namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>One top-level flow a first message can be routed to, with its evidence from <c>intents.yaml</c>.</summary>
/// <param name="Id">The flow id, e.g. <c>bullying</c>.</param>
/// <param name="Keywords">Weighted keywords and phrases.</param>
/// <param name="Examples">Example first messages, compared word by word with what the user typed.</param>
public sealed record IntentFlow(string Id, IReadOnlyList<IntentFeature> Keywords, IReadOnlyList<string> Examples)
{
    /// <summary>The content words of each example, stemmed, built once at load.</summary>
    internal IReadOnlyList<HashSet<string>> ExampleWords { get; init; } = [];

    /// <summary>Keywords by their first word, when that is a plain word; built once at load.</summary>
    internal IReadOnlyDictionary<string, IntentFeature[]> KeywordsByFirstWord { get; init; } = new Dictionary<string, IntentFeature[]>();

    /// <summary>Keywords whose first word is a stem (<c>bull*</c>) or a number (<c>#</c>), tried at every word.</summary>
    internal IReadOnlyList<IntentFeature> KeywordsStartingWithWildcard { get; init; } = [];
}
