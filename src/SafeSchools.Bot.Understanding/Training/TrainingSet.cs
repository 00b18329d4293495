namespace SafeSchools.Bot.Understanding.Training;

/// <summary>The distinct messages a model learns from, with the labels in output order.</summary>
/// <param name="RiskLabels">Risk labels, in output order.</param>
/// <param name="IntentLabels">Intent labels, in output order.</param>
/// <param name="Items">The messages.</param>
public sealed record TrainingSet(IReadOnlyList<string> RiskLabels, IReadOnlyList<string> IntentLabels, IReadOnlyList<TrainingItem> Items)
{
    /// <summary>The same labels with only the items picked.</summary>
    public TrainingSet With(IEnumerable<TrainingItem> items) => this with { Items = [.. items] };
}
