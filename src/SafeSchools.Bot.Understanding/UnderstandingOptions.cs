using System.ComponentModel.DataAnnotations;
using SafeSchools.Bot.Understanding.Meaning;

namespace SafeSchools.Bot.Understanding;

/// <summary>Settings of the understanding layer (configuration section <c>Understanding</c>).</summary>
public sealed class UnderstandingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Understanding";

    /// <summary>Where trained models are cached, keyed by a hash of the data (relative to the content root).</summary>
    public string ModelCacheFolder { get; set; } = "data/models";

    /// <summary>
    /// How many characters of a message understanding reads (<see cref="Recognizer.MaxTextLength"/>); the rest is not
    /// looked at, so a long message costs what one of this length costs. The default is the longest message the host
    /// accepts (<c>Bot:MaxMessageLength</c>), so every accepted message is read whole.
    /// </summary>
    [Range(100, 100_000)]
    public int MaxTextLength { get; set; } = Recognizer.DefaultMaxTextLength;

    /// <summary>The top intent counts from this probability; below it the message is <c>none</c>.</summary>
    public double IntentThreshold { get; set; } = 0.2;

    /// <summary>
    /// How sure the model must be that a message is something whose examples teach a risk as "not this" (thanks, a
    /// question, a topic) before that risk's merely possible score is let go: "im home now my mums here" is an answer to
    /// "are you safe?", not a new danger. Certain risks and rules are never let go.
    /// </summary>
    public double SafeIntentCertainty { get; set; } = 0.8;

    /// <summary>
    /// The fewest words a message needs before the model alone may make a risk certain; a shorter one is at most possible,
    /// so the person is asked first. A fragment such as "i need" or "i cant" (often the start of a thought sent in pieces)
    /// carries only words that every kind of message begins with, and the model scores it on those alone. A rule can still
    /// make a short message certain ("kms", "hes got a knife").
    /// </summary>
    public int ModelCertainMinWords { get; set; } = 3;

    /// <summary>Decision levels per risk; a risk not listed uses <see cref="RiskThreshold"/>'s defaults.</summary>
    public Dictionary<string, RiskThreshold> Risks { get; set; } = new(StringComparer.Ordinal)
    {
        [RiskLabels.ImmediateDanger] = new() { Possible = 0.2, Certain = 0.72 },
        [RiskLabels.SelfHarm] = new() { Possible = 0.25, Certain = 0.72 },
        [RiskLabels.AbuseDisclosure] = new() { Possible = 0.22, Certain = 0.84 },
        [RiskLabels.Sextortion] = new() { Possible = 0.3, Certain = 0.5 },
    };

    /// <summary>How the meaning of a message (its nearest labelled examples) is weighed against the n-gram model.</summary>
    public MeaningOptions Meaning { get; set; } = new();

    /// <summary>The threshold of <paramref name="risk"/>.</summary>
    public RiskThreshold ThresholdOf(string risk) => Risks.TryGetValue(risk, out var threshold) ? threshold : new RiskThreshold();
}
