namespace SafeSchools.Bot.Understanding.Model;

/// <summary>How much one feature of a message added to a label's score.</summary>
/// <param name="Feature">The feature's readable name, e.g. "word: cant call".</param>
/// <param name="Weight">Its contribution to the raw score.</param>
public sealed record FeatureContribution(string Feature, float Weight);
