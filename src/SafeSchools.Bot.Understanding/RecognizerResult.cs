namespace SafeSchools.Bot.Understanding;

/// <summary>
/// What a recognizer made of a message, shaped like Bot Builder's <c>RecognizerResult</c>: the text, its altered
/// (normalised) form, scored intents, entities, and, for safeguarding, the risks found.
/// </summary>
public sealed class RecognizerResult
{
    /// <summary>A result for a message with nothing in it.</summary>
    public static RecognizerResult Empty { get; } = new() { Text = string.Empty };

    /// <summary>The message as typed.</summary>
    public required string Text { get; init; }

    /// <summary>The message as the recognizer read it (lower case, apostrophes joined, punctuation dropped).</summary>
    public string? AlteredText { get; init; }

    /// <summary>Each intent's score; intents under 1 % are left out.</summary>
    public IReadOnlyDictionary<string, IntentScore> Intents { get; init; } = new Dictionary<string, IntentScore>();

    /// <summary>The risks found, most serious first; empty when none.</summary>
    public IReadOnlyList<RiskScore> Risks { get; init; } = [];

    /// <summary>
    /// Risks this recognizer is sure the message does not carry (the model, sure the message is "thanks" or everyday
    /// stress, and not itself finding the risk): merged with other recognizers, no layer raises them.
    /// </summary>
    public IReadOnlyList<string> RuledOut { get; init; } = [];

    /// <summary>
    /// Risks this recognizer scored too low to be even possible (the model, finding nothing of the risk in "kms this
    /// maths homework is impossible"): merged with other recognizers, another layer's certain match of them is only
    /// possible, so the bot asks before it acts.
    /// </summary>
    public IReadOnlyList<string> Doubted { get; init; } = [];

    /// <summary>
    /// When meaning was asked (see <see cref="TrainedRecognizer.Meaning"/>): the labelled examples nearest the message,
    /// nearest first, e.g. <c>0.82 self-harm: "i dont want to wake up"</c>, for the Emulator trace. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> NearestExamples { get; init; } = [];

    /// <summary>Values found in the message.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The intent with the highest score, or <c>None</c> with 0 when there is none.</summary>
    public (string Intent, double Score) GetTopScoringIntent()
    {
        var best = (Intent: IntentNames.None, Score: 0.0);
        foreach (var (intent, score) in Intents)
        {
            if (score.Score > best.Score)
            {
                best = (intent, score.Score);
            }
        }

        return best;
    }

    /// <summary>The top intent when its score reaches <paramref name="minimumScore"/>, else <see cref="IntentNames.None"/>.</summary>
    public string TopIntent(double minimumScore)
    {
        var (intent, score) = GetTopScoringIntent();
        return score >= minimumScore ? intent : IntentNames.None;
    }

    /// <summary>The score of <paramref name="intent"/>, 0 when absent.</summary>
    public double ScoreOf(string intent) => Intents.TryGetValue(intent, out var score) ? score.Score : 0;

    /// <summary>
    /// Whether <paramref name="intent"/> scores at least <paramref name="minimumScore"/> and at least
    /// <paramref name="timesTheRunnerUp"/> times every other intent: a clear lead, even below a usual threshold.
    /// </summary>
    public bool Leads(string intent, double minimumScore, double timesTheRunnerUp)
    {
        var score = ScoreOf(intent);
        var runnerUp = Intents.Where(i => i.Key != intent).Select(i => i.Value.Score).DefaultIfEmpty(0).Max();
        return score >= minimumScore && score >= timesTheRunnerUp * runnerUp;
    }

    /// <summary>The risk with the highest level (then score), or null.</summary>
    public RiskScore? TopRisk => Risks.Count == 0 ? null : Risks[0];

    /// <summary>
    /// This result without the intents whose names start with <paramref name="prefix"/>, the others scaled up to take
    /// their share (the intent given that it is none of those): the same instance when there are none to remove.
    /// </summary>
    public RecognizerResult WithoutIntents(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var removed = Intents.Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(i => i.Value.Score);
        if (removed <= 0)
        {
            return this;
        }

        var scale = removed >= 1 ? 1 : 1 / (1 - removed);
        var kept = Intents
            .Where(i => !i.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(i => i.Key, i => i.Value with { Score = Math.Min(1, i.Value.Score * scale) }, StringComparer.Ordinal);
        return new RecognizerResult
        {
            Text = Text,
            AlteredText = AlteredText,
            Intents = kept,
            Risks = Risks,
            RuledOut = RuledOut,
            Doubted = Doubted,
            NearestExamples = NearestExamples,
            Entities = Entities,
        };
    }

    /// <summary>The first value of an entity type, or null.</summary>
    public string? EntityValue(string type) => Entities.FirstOrDefault(e => e.Type == type)?.Value;
}
