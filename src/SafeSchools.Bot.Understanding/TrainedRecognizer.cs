using SafeSchools.Bot.Dialogs.Recognizers;
using SafeSchools.Bot.Understanding.Features;
using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Model;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding;

/// <summary>
/// The learned layer: scores every risk and intent with the trained model and turns risk probabilities into levels
/// with the thresholds chosen from cross-validation. When it is sure a message is something whose examples teach a
/// risk as "not this" (thanks, a question, everyday stress), that risk short of certain is ruled out, for every layer.
/// With <see cref="Meaning"/>, a message whose scores leave a decision open (a risk at least possible, or no sure intent)
/// is also judged by its nearest labelled examples in meaning, and the two opinions are blended.
/// </summary>
public sealed class TrainedRecognizer(UnderstandingModel model, UnderstandingOptions options) : Recognizer
{
    private const double IntentFloor = 0.01;

    private const int NearestExamplesShown = 3;

    // Below this share of neighbours teaching it, a near-paraphrase's danger or self-harm may be lowered by meaning, and a
    // near-paraphrase of a hard negative rules the risk out.
    private const float CriticalVoteToLower = 0.1f;

    private static readonly string[] SelfHarmDoubted = [RiskLabels.SelfHarm];

    /// <summary>The model it scores with.</summary>
    public UnderstandingModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>Its thresholds.</summary>
    public UnderstandingOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    private readonly int _selfHarm = LabelIndex.Of(model.RiskLabels, RiskLabels.SelfHarm);

    /// <summary>
    /// The message without its everyday sayings ("my mum will kill me if she finds out" blanked out), or null when it has
    /// none. Given it, risks are scored on what is left, as the rules are: a saying is not a disclosure. Intents are
    /// always scored on the whole message.
    /// </summary>
    public Func<string?, string?>? WithoutEverydaySayings { get; init; }

    /// <summary>The meaning layer, or null to decide on n-grams alone.</summary>
    public SentenceMeaning? Meaning { get; init; }

    /// <inheritdoc />
    public override RecognizerResult Recognize(string? text)
    {
        var normalized = TextFeaturizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new RecognizerResult { Text = text ?? string.Empty, AlteredText = normalized };
        }

        var scores = Model.Score(normalized);
        if (WithoutEverydaySayings?.Invoke(text) is { } plain)
        {
            scores = scores with { Risks = Model.Score(TextFeaturizer.Normalize(plain)).Risks };
        }

        return Meaning is not null && Consults(scores, normalized, Meaning.Options) && Meaning.Score(text!) is { } meaning
            ? WithMeaning(text, normalized, scores, meaning, Meaning.Memory, Meaning.Options).Result
            : Interpret(text, normalized, scores);
    }

    /// <summary>
    /// The result when meaning was asked (the bot, and each cross-validation fold with its own memory): the model's scores
    /// blended with the vote of <paramref name="meaning"/>, the risks a near-paraphrase of a hard negative rules out, and
    /// the nearest examples for the trace; with the blended scores.
    /// </summary>
    internal (ModelScores Scores, RecognizerResult Result) WithMeaning(
        string? text, string normalized, ModelScores modelAlone, MeaningScores meaning, ExampleMemory memory, MeaningOptions options)
    {
        var blended = Blend(modelAlone, meaning, options);
        var nearest = meaning.Nearest.Take(NearestExamplesShown).Select(memory.Describe).ToList();
        return (blended, Interpret(text, normalized, blended, modelAlone, nearest, ContradictedBy(blended, meaning, memory, options)));
    }

    /// <summary>
    /// Whether meaning could change what the model decided: a message of a few words with some risk at least possible, or
    /// without an intent the model is sure of.
    /// </summary>
    internal bool Consults(ModelScores scores, string normalized, MeaningOptions meaning)
    {
        if (!meaning.Enabled || TextNormalizer.CountWords(normalized) < meaning.MinWords)
        {
            return false;
        }

        for (var r = 0; r < scores.Risks.Count; r++)
        {
            if (scores.Risks[r] >= Options.ThresholdOf(Model.RiskLabels[r]).Possible)
            {
                return true;
            }
        }

        var top = 0f;
        foreach (var score in scores.Intents)
        {
            top = MathF.Max(top, score);
        }

        return top < meaning.ConsultBelowIntentScore;
    }

    /// <summary>
    /// The model's scores blended with what the nearest examples say, by the weights of <paramref name="options"/>. Immediate
    /// danger and self-harm are raised by meaning but lowered only for a near-paraphrase of lines officers labelled
    /// (<see cref="MeaningOptions.NearParaphrase"/>) whose neighbours are almost all not the risk: a danger line with no
    /// labelled example near it (a new situation) is still found by its words. On the kept-out batches a blend both ways
    /// missed danger lines the model alone had found; missing a child in danger costs more than a question.
    /// </summary>
    private ModelScores Blend(ModelScores model, MeaningScores meaning, MeaningOptions options)
    {
        var risks = new float[model.Risks.Count];
        for (var r = 0; r < risks.Length; r++)
        {
            risks[r] = ((1 - options.RiskWeight) * model.Risks[r]) + (options.RiskWeight * meaning.Risks[r]);
            if (Model.RiskLabels[r] is RiskLabels.ImmediateDanger or RiskLabels.SelfHarm && !IsNearParaphraseWithout(meaning, r, options))
            {
                risks[r] = MathF.Max(risks[r], model.Risks[r]);
            }
        }

        // Neighbours split between several intents say little: the model's own ranking is kept.
        var agreed = meaning.Intents.Count > 0 && meaning.Intents.Max() >= options.IntentAgreement;
        var intents = new float[model.Intents.Count];
        for (var i = 0; i < intents.Length; i++)
        {
            intents[i] = agreed ? ((1 - options.IntentWeight) * model.Intents[i]) + (options.IntentWeight * meaning.Intents[i]) : model.Intents[i];
        }

        return new ModelScores(risks, intents);
    }

    /// <summary>
    /// The risks a near-paraphrase of labelled everyday lines does not carry: the nearest example at least
    /// <see cref="MeaningOptions.NearParaphrase"/> similar and labelled as not the risk (a hard negative, not a line that
    /// says nothing of it: "im still in danger" teaches no risk), under 10 % of the neighbours teaching the risk, and the
    /// blended score below even "possible". "weve got knife skills in food tech tomorrow" beside the hard negative "do i need to
    /// bring my own knife for food tech" is not a knife threat, whatever a rule's words say: every layer lets it go.
    /// </summary>
    private List<string> ContradictedBy(ModelScores blended, MeaningScores meaning, ExampleMemory memory, MeaningOptions options)
    {
        List<string>? contradicted = null;
        for (var r = 0; r < blended.Risks.Count; r++)
        {
            var label = Model.RiskLabels[r];
            if (IsNearParaphraseWithout(meaning, r, options)
                && memory.RiskOf(meaning.Nearest[0].Example, r) == RiskTarget.Negative
                && Options.ThresholdOf(label).LevelOf(blended.Risks[r]) == RiskLevel.None)
            {
                (contradicted ??= []).Add(label);
            }
        }

        return contradicted ?? [];
    }

    /// <summary>
    /// The result for a message already scored by a model with the same labels (cross-validation folds). When meaning was
    /// blended in, <paramref name="modelAlone"/> holds the model's own scores: only the model's own certainty of an intent
    /// lets a possible risk go, as it was measured for (a confident vote of neighbours such as "im fine now" must not);
    /// <paramref name="nearestExamples"/> describes the neighbours for the trace.
    /// </summary>
    internal RecognizerResult Interpret(
        string? text, string normalized, ModelScores scores, ModelScores? modelAlone = null, IReadOnlyList<string>? nearestExamples = null, IReadOnlyList<string>? contradicted = null)
    {
        var surely = SureIntentOf(modelAlone ?? scores);
        var ruledOut = RuledOutBy(scores, surely);
        return new()
        {
            Text = text ?? string.Empty,
            AlteredText = normalized,
            Intents = IntentsOf(scores),
            Risks = RisksOf(scores, surely, normalized),
            RuledOut = contradicted is not { Count: > 0 } ? ruledOut : [.. ruledOut.Union(contradicted, StringComparer.Ordinal)],
            Doubted = DoubtedBy(scores),
            NearestExamples = nearestExamples ?? [],
            Entities = EntityRecognizer.Find(normalized),
        };
    }

    /// <summary>The features of <paramref name="text"/> that pushed <paramref name="label"/> (a risk or intent) up most.</summary>
    public IReadOnlyList<FeatureContribution> Explain(string? text, string label, int count = 3)
    {
        var output = LabelIndex.Of(Model.RiskLabels, label);
        if (output < 0 && LabelIndex.Of(Model.IntentLabels, label) is var intent and >= 0)
        {
            output = Model.RiskLabels.Count + intent;
        }

        return output < 0 ? [] : Model.Explain(TextFeaturizer.Normalize(text), output, count);
    }

    // A near-paraphrase of labelled lines whose neighbours almost all say risk r is not there.
    private static bool IsNearParaphraseWithout(MeaningScores meaning, int r, MeaningOptions options) =>
        meaning.Nearest.Count > 0 && meaning.Nearest[0].Similarity >= options.NearParaphrase && meaning.Risks[r] < CriticalVoteToLower;

    // The intent the model is sure of, or null.
    private string? SureIntentOf(ModelScores scores)
    {
        var best = -1;
        for (var i = 0; i < scores.Intents.Count; i++)
        {
            if (scores.Intents[i] >= Options.SafeIntentCertainty && (best < 0 || scores.Intents[i] > scores.Intents[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : Model.IntentLabels[best];
    }

    private Dictionary<string, IntentScore> IntentsOf(ModelScores scores)
    {
        var intents = new Dictionary<string, IntentScore>(8, StringComparer.Ordinal);
        for (var i = 0; i < scores.Intents.Count; i++)
        {
            if (scores.Intents[i] >= IntentFloor)
            {
                intents[Model.IntentLabels[i]] = new IntentScore(scores.Intents[i]);
            }
        }

        return intents;
    }

    private List<RiskScore> RisksOf(ModelScores scores, string? surely, string normalized)
    {
        List<RiskScore>? risks = null;
        for (var r = 0; r < scores.Risks.Count; r++)
        {
            var label = Model.RiskLabels[r];
            var level = Options.ThresholdOf(label).LevelOf(scores.Risks[r]);
            if (level == RiskLevel.Certain && TextNormalizer.CountWords(normalized) < Options.ModelCertainMinWords)
            {
                level = RiskLevel.Possible;
            }

            if (level == RiskLevel.Certain || (level == RiskLevel.Possible && !RulesOut(surely, label)))
            {
                (risks ??= []).Add(new RiskScore(label, scores.Risks[r], level, RecognitionSource.Model));
            }
        }

        return risks is null ? [] : [.. risks.OrderByDescending(r => r.Level).ThenByDescending(r => r.Score)];
    }

    // Risks the model is sure are not there: short of certain, in a message surely of an intent that rules them out.
    private List<string> RuledOutBy(ModelScores scores, string? surely)
    {
        List<string>? ruledOut = null;
        for (var r = 0; r < scores.Risks.Count && surely is not null; r++)
        {
            var label = Model.RiskLabels[r];
            if (Options.ThresholdOf(label).LevelOf(scores.Risks[r]) != RiskLevel.Certain && RulesOut(surely, label))
            {
                (ruledOut ??= []).Add(label);
            }
        }

        return ruledOut ?? [];
    }

    // Self-harm when the model finds nothing of it (below even the possible level): everyday speech is full of its words
    // ("kms this homework", "i wanted to die when miss read it out"), so a rule's certain match of them alone asks first.
    // The other risks keep a rule's certainty.
    private string[] DoubtedBy(ModelScores scores) =>
        _selfHarm >= 0 && Options.ThresholdOf(RiskLabels.SelfHarm).LevelOf(scores.Risks[_selfHarm]) == RiskLevel.None ? SelfHarmDoubted : [];

    private static bool RulesOut(string? surely, string risk) => surely is not null && RiskLabels.IntentRulesOut(surely, risk);
}
