using SafeSchools.Bot.Understanding.Features;

namespace SafeSchools.Bot.Understanding.Model;

/// <summary>
/// The trained model, scored by hand from its weights (no ML.NET at run time): one shared feature space; an
/// independent logistic model per risk (a message can carry several) and one softmax over the intents. Immutable and
/// thread-safe; scoring a message allocates only its result arrays.
/// </summary>
public sealed class UnderstandingModel
{
    private readonly PrunedWeights _weights;
    private readonly float[] _biases;
    private readonly float[] _riskSlopes;
    private readonly float[] _riskOffsets;

    /// <summary>Creates a model from trained parameters (see <see cref="Training.ModelTrainer"/>).</summary>
    /// <param name="dataHash">A hash of the data and settings it was trained from.</param>
    /// <param name="featurizerOptions">How messages are turned into features.</param>
    /// <param name="vocabulary">The features it knows.</param>
    /// <param name="riskLabels">Risk labels, in output order.</param>
    /// <param name="intentLabels">Intent labels, in output order.</param>
    /// <param name="weights">A row per feature; a column per risk then per intent.</param>
    /// <param name="biases">A bias per risk then per intent.</param>
    /// <param name="riskSlopes">Calibration of each risk's raw score: probability = sigmoid(slope × score + offset).</param>
    /// <param name="riskOffsets">See <paramref name="riskSlopes"/>.</param>
    public UnderstandingModel(
        string dataHash,
        FeaturizerOptions featurizerOptions,
        Vocabulary vocabulary,
        IReadOnlyList<string> riskLabels,
        IReadOnlyList<string> intentLabels,
        PrunedWeights weights,
        float[] biases,
        float[] riskSlopes,
        float[] riskOffsets)
    {
        DataHash = dataHash ?? throw new ArgumentNullException(nameof(dataHash));
        Featurizer = new TextFeaturizer(featurizerOptions);
        Vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        RiskLabels = riskLabels ?? throw new ArgumentNullException(nameof(riskLabels));
        IntentLabels = intentLabels ?? throw new ArgumentNullException(nameof(intentLabels));
        _weights = weights ?? throw new ArgumentNullException(nameof(weights));
        _biases = biases ?? throw new ArgumentNullException(nameof(biases));
        _riskSlopes = riskSlopes ?? throw new ArgumentNullException(nameof(riskSlopes));
        _riskOffsets = riskOffsets ?? throw new ArgumentNullException(nameof(riskOffsets));
        if (weights.RowCount != vocabulary.Count || weights.ColumnCount != OutputCount || biases.Length != OutputCount
            || riskSlopes.Length != riskLabels.Count || riskOffsets.Length != riskLabels.Count)
        {
            throw new ArgumentException("The model's parameters do not match its labels and features.", nameof(weights));
        }
    }

    /// <summary>A hash of the data and settings it was trained from; a cached model is reused only while it matches.</summary>
    public string DataHash { get; }

    /// <summary>How messages are turned into features.</summary>
    public TextFeaturizer Featurizer { get; }

    /// <summary>The features it knows.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Risk labels, in the order of <see cref="ModelScores.Risks"/>.</summary>
    public IReadOnlyList<string> RiskLabels { get; }

    /// <summary>Intent labels, in the order of <see cref="ModelScores.Intents"/>.</summary>
    public IReadOnlyList<string> IntentLabels { get; }

    internal int OutputCount => RiskLabels.Count + IntentLabels.Count;

    internal PrunedWeights Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    internal ReadOnlySpan<float> RiskSlopes => _riskSlopes;

    internal ReadOnlySpan<float> RiskOffsets => _riskOffsets;

    /// <summary>Scores a message that has already been normalised.</summary>
    public ModelScores Score(string normalized)
    {
        using var vector = SparseVector.Create(normalized, Featurizer, Vocabulary);
        Span<float> raw = stackalloc float[OutputCount];
        _biases.CopyTo(raw);
        var rows = vector.Rows;
        var values = vector.Values;
        for (var i = 0; i < rows.Length; i++)
        {
            _weights.AddRowTo(rows[i], values[i], raw);
        }

        var risks = new float[RiskLabels.Count];
        for (var r = 0; r < risks.Length; r++)
        {
            risks[r] = Sigmoid((_riskSlopes[r] * raw[r]) + _riskOffsets[r]);
        }

        return new ModelScores(risks, Softmax(raw[RiskLabels.Count..]));
    }

    /// <summary>
    /// The features that pushed output <paramref name="output"/> (a risk index, or risk count + intent index) up the most
    /// for this message, strongest first: for explaining a decision in the Emulator trace.
    /// </summary>
    public IReadOnlyList<FeatureContribution> Explain(string normalized, int output, int count)
    {
        using var vector = SparseVector.Create(normalized, Featurizer, Vocabulary);
        var contributions = new List<FeatureContribution>(vector.Count);
        for (var i = 0; i < vector.Count; i++)
        {
            var row = vector.Rows[i];
            var weight = _weights[row, output] * vector.Values[i];
            contributions.Add(new FeatureContribution(Vocabulary.NameOf(row), weight));
        }

        return [.. contributions.Where(c => c.Weight > 0).OrderByDescending(c => c.Weight).Take(count)];
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    private static float[] Softmax(ReadOnlySpan<float> raw)
    {
        var result = new float[raw.Length];
        if (raw.IsEmpty)
        {
            return result;
        }

        var max = float.NegativeInfinity;
        foreach (var value in raw)
        {
            max = MathF.Max(max, value);
        }

        var sum = 0f;
        for (var i = 0; i < raw.Length; i++)
        {
            result[i] = MathF.Exp(raw[i] - max);
            sum += result[i];
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
