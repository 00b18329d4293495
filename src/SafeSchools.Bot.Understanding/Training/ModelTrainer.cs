using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SafeSchools.Bot.Understanding.Features;
using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Understanding.Training;

/// <summary>
/// Trains the understanding model with ML.NET: L-BFGS logistic regression per risk (example weights balance the
/// rare positives) and L-BFGS maximum entropy over the intents, on a shared sparse n-gram space. The weights are then
/// copied into an <see cref="UnderstandingModel"/> that scores messages without ML.NET, keeping those that matter
/// (<see cref="TrainerOptions.DropWeightsBelow"/>). Deterministic: a fixed number of threads, a fixed seed.
/// </summary>
public sealed class ModelTrainer(TrainerOptions options)
{
    private const string LabelKey = "LabelKey";

    /// <summary>The options it trains with.</summary>
    public TrainerOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Trains a model on <paramref name="set"/>.</summary>
    /// <param name="set">The labelled examples.</param>
    /// <param name="dataHash">The model's identity when the caller knows it (e.g. a hash of the files the set came from);
    /// by default <see cref="HashOf"/>.</param>
    public UnderstandingModel Train(TrainingSet set, string? dataHash = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var featurizer = new TextFeaturizer(Options.Featurizer);
        var normalized = set.Items.Select(item => TextFeaturizer.Normalize(item.Text)).ToArray();
        var vocabulary = BuildVocabulary(featurizer, normalized);
        var vectors = normalized.Select(text => ToVBuffer(text, featurizer, vocabulary)).ToArray();

        var outputs = set.RiskLabels.Count + set.IntentLabels.Count;
        var weights = new float[vocabulary.Count * outputs];
        var biases = new float[outputs];
        var slopes = new float[set.RiskLabels.Count];
        var offsets = new float[set.RiskLabels.Count];
        var ml = new MLContext(Options.Seed);
        for (var r = 0; r < set.RiskLabels.Count; r++)
        {
            TrainRisk(ml, set, vectors, vocabulary.Count, r, weights, biases, outputs, out slopes[r], out offsets[r]);
        }

        TrainIntents(ml, set, vectors, vocabulary.Count, weights, biases, outputs);
        var kept = PrunedWeights.FromDense(weights, vocabulary.Count, outputs, Options.DropWeightsBelow);
        return new UnderstandingModel(dataHash ?? HashOf(set, Options), Options.Featurizer, vocabulary, set.RiskLabels, set.IntentLabels, kept, biases, slopes, offsets);
    }

    /// <summary>A hash of the data and options: a cached model is valid while this matches.</summary>
    public static string HashOf(TrainingSet set, TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder()
            .AppendLine(options.ToString())
            .AppendLine(string.Join(',', set.RiskLabels))
            .AppendLine(string.Join(',', set.IntentLabels));
        foreach (var item in set.Items)
        {
            text.Append(item.Text).Append('\t').Append(item.Intent).Append('\t').AppendJoin(',', item.Risks.Select(r => (int)r)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private Vocabulary BuildVocabulary(TextFeaturizer featurizer, string[] texts)
    {
        var frequency = new Dictionary<uint, (int Count, string Name)>();
        foreach (var text in texts)
        {
            foreach (var (hash, name) in featurizer.Describe(text).DistinctBy(f => f.Hash))
            {
                frequency[hash] = frequency.TryGetValue(hash, out var seen) ? (seen.Count + 1, seen.Name) : (1, name);
            }
        }

        // Smoothed inverse document frequency, as scikit-learn computes it: ln((1 + n) / (1 + df)) + 1.
        var documents = texts.Length;
        float Idf(int df) => MathF.Log((1f + documents) / (1f + df)) + 1f;
        var kept = frequency.Where(f => f.Value.Count >= Options.Featurizer.MinDocumentFrequency).OrderBy(f => f.Key).ToList();
        return new Vocabulary([.. kept.Select(f => f.Key)], [.. kept.Select(f => f.Value.Name)], [.. kept.Select(f => Idf(f.Value.Count))], Idf(0));
    }

    private static VBuffer<float> ToVBuffer(string normalized, TextFeaturizer featurizer, Vocabulary vocabulary)
    {
        using var vector = SparseVector.Create(normalized, featurizer, vocabulary);
        var pairs = new (int Row, float Value)[vector.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (vector.Rows[i], vector.Values[i]);
        }

        Array.Sort(pairs, (a, b) => a.Row.CompareTo(b.Row));
        return new VBuffer<float>(vocabulary.Count, pairs.Length, [.. pairs.Select(p => p.Value)], [.. pairs.Select(p => p.Row)]);
    }

    private void TrainRisk(
        MLContext ml, TrainingSet set, VBuffer<float>[] vectors, int dimension, int risk,
        float[] weights, float[] biases, int outputs, out float slope, out float offset)
    {
        var used = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Risks[risk] != RiskTarget.Skip).ToList();
        var positives = used.Count(i => set.Items[i].Risks[risk] == RiskTarget.Positive);
        var negatives = used.Count - positives;
        var positiveWeight = Options.BalanceClasses && positives > 0 ? Math.Max(1f, negatives / (float)positives) : 1f;
        var rows = used.Select(i => new BinaryRow
        {
            Label = set.Items[i].Risks[risk] == RiskTarget.Positive,
            Weight = set.Items[i].Risks[risk] == RiskTarget.Positive ? positiveWeight : 1f,
            Features = vectors[i],
        });
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[nameof(BinaryRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(BinaryRow.Label),
            FeatureColumnName = nameof(BinaryRow.Features),
            ExampleWeightColumnName = nameof(BinaryRow.Weight),
            L2Regularization = Options.L2Regularization,
            L1Regularization = Options.L1Regularization,
            OptimizationTolerance = Options.OptimizationTolerance,
            NumberOfThreads = Options.Threads,
        });
        var model = trainer.Fit(data).Model;
        var linear = model.SubModel;
        var row = 0;
        foreach (var weight in linear.Weights)
        {
            weights[(row++ * outputs) + risk] = weight;
        }

        biases[risk] = linear.Bias;
        (slope, offset) = CalibrationOf(model.Calibrator);
    }

    // The calibrator maps a raw score to a probability through a sigmoid; read its slope and offset from two points.
    private static (float Slope, float Offset) CalibrationOf(PlattCalibrator calibrator)
    {
        var atZero = Logit(calibrator.PredictProbability(0f));
        var atOne = Logit(calibrator.PredictProbability(1f));
        return (atOne - atZero, atZero);
    }

    private static float Logit(float p)
    {
        var clamped = Math.Clamp(p, 1e-7f, 1 - 1e-7f);
        return MathF.Log(clamped / (1 - clamped));
    }

    private void TrainIntents(MLContext ml, TrainingSet set, VBuffer<float>[] vectors, int dimension, float[] weights, float[] biases, int outputs)
    {
        var used = Enumerable.Range(0, set.Items.Count).Where(i => set.Items[i].Intent >= 0).ToList();
        if (used.Count == 0)
        {
            // A set of risk lines only (the reference baseline): no intent model to train.
            return;
        }

        var counts = used.GroupBy(i => set.Items[i].Intent).ToDictionary(g => g.Key, g => g.Count());
        var rows = used.Select(i => new IntentRow
        {
            Label = set.IntentLabels[set.Items[i].Intent],
            Weight = Options.BalanceClasses ? used.Count / (float)(counts.Count * counts[set.Items[i].Intent]) : 1f,
            Features = vectors[i],
        });
        var schema = SchemaDefinition.Create(typeof(IntentRow));
        schema[nameof(IntentRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var keyed = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(IntentRow.Label)).Fit(data).Transform(data);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = LabelKey,
            FeatureColumnName = nameof(IntentRow.Features),
            ExampleWeightColumnName = nameof(IntentRow.Weight),
            L2Regularization = Options.IntentL2Regularization,
            L1Regularization = Options.L1Regularization,
            OptimizationTolerance = Options.OptimizationTolerance,
            NumberOfThreads = Options.Threads,
        });
        var model = trainer.Fit(keyed).Model;

        // Classes are numbered in the order the key mapping met the labels: read that order back.
        VBuffer<ReadOnlyMemory<char>> keyNames = default;
        keyed.Schema[LabelKey].GetKeyValues(ref keyNames);
        var classLabels = keyNames.DenseValues().Select(name => name.ToString()).ToArray();
        VBuffer<float>[] classWeights = [];
        model.GetWeights(ref classWeights, out var classes);
        var classBiases = model.GetBiases().ToArray();
        var riskCount = set.RiskLabels.Count;
        for (var c = 0; c < classes; c++)
        {
            var intent = LabelIndex.Of(set.IntentLabels, classLabels[c]);
            var output = intent >= 0 ? riskCount + intent : throw new InvalidOperationException($"The trainer returned an unknown label '{classLabels[c]}'.");
            foreach (var (row, weight) in classWeights[c].Items())
            {
                weights[(row * outputs) + output] = weight;
            }

            biases[output] = classBiases[c];
        }

        // An intent with no examples in this set can never win.
        for (var i = 0; i < set.IntentLabels.Count; i++)
        {
            if (!classLabels.Contains(set.IntentLabels[i]))
            {
                biases[riskCount + i] = -1e4f;
            }
        }
    }

    private sealed class BinaryRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    private sealed class IntentRow
    {
        public string Label { get; set; } = string.Empty;

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
