using System.Numerics;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// The training examples as points of meaning: each line of <c>dialogs/understanding</c> with its sentence vector, its
/// intent and what it teaches each risk. A message is judged by its nearest examples (a k-nearest-neighbour vote), so
/// a new way of saying something officers have labelled lands near their examples even when it shares no words with
/// them. Immutable and thread-safe.
/// </summary>
public sealed class ExampleMemory
{
    private readonly float[] _vectors;
    private readonly RiskTarget[] _risks;
    private readonly int[] _intents;

    /// <summary>Creates a memory from parallel arrays (see <see cref="Build"/>).</summary>
    /// <param name="dataHash">The identity of the model whose data it holds.</param>
    /// <param name="encoderName">The encoder that made the vectors.</param>
    /// <param name="dimensions">The length of each vector.</param>
    /// <param name="riskLabels">Risk labels, in output order.</param>
    /// <param name="intentLabels">Intent labels, in output order.</param>
    /// <param name="texts">The examples' text.</param>
    /// <param name="vectors">Unit vectors, one after another.</param>
    /// <param name="intents">Each example's intent index, or -1.</param>
    /// <param name="risks">Per example, per risk, what it teaches.</param>
    public ExampleMemory(
        string dataHash,
        string encoderName,
        int dimensions,
        IReadOnlyList<string> riskLabels,
        IReadOnlyList<string> intentLabels,
        IReadOnlyList<string> texts,
        float[] vectors,
        int[] intents,
        RiskTarget[] risks)
    {
        DataHash = dataHash ?? throw new ArgumentNullException(nameof(dataHash));
        EncoderName = encoderName ?? throw new ArgumentNullException(nameof(encoderName));
        RiskLabels = riskLabels ?? throw new ArgumentNullException(nameof(riskLabels));
        IntentLabels = intentLabels ?? throw new ArgumentNullException(nameof(intentLabels));
        Texts = texts ?? throw new ArgumentNullException(nameof(texts));
        _vectors = vectors ?? throw new ArgumentNullException(nameof(vectors));
        _intents = intents ?? throw new ArgumentNullException(nameof(intents));
        _risks = risks ?? throw new ArgumentNullException(nameof(risks));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Dimensions = dimensions;
        if (vectors.Length != texts.Count * dimensions || intents.Length != texts.Count || risks.Length != texts.Count * riskLabels.Count)
        {
            throw new ArgumentException("The memory's arrays do not match its examples.", nameof(vectors));
        }
    }

    /// <summary>The identity of the model whose training data it holds (<see cref="Model.UnderstandingModel.DataHash"/>).</summary>
    public string DataHash { get; }

    /// <summary>The encoder that made the vectors; a message must be encoded by the same one.</summary>
    public string EncoderName { get; }

    /// <summary>The length of each vector.</summary>
    public int Dimensions { get; }

    /// <summary>Risk labels, in the order of <see cref="MeaningScores.Risks"/>.</summary>
    public IReadOnlyList<string> RiskLabels { get; }

    /// <summary>Intent labels, in the order of <see cref="MeaningScores.Intents"/>.</summary>
    public IReadOnlyList<string> IntentLabels { get; }

    /// <summary>The examples' text, for explaining a decision.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>How many examples it holds.</summary>
    public int Count => Texts.Count;

    /// <summary>The vector of example <paramref name="example"/>.</summary>
    public ReadOnlySpan<float> VectorOf(int example) => _vectors.AsSpan(example * Dimensions, Dimensions);

    /// <summary>The intent of example <paramref name="example"/> (an index into <see cref="IntentLabels"/>), or -1.</summary>
    public int IntentOf(int example) => _intents[example];

    /// <summary>What example <paramref name="example"/> teaches risk <paramref name="risk"/>.</summary>
    public RiskTarget RiskOf(int example, int risk) => _risks[(example * RiskLabels.Count) + risk];

    /// <summary>
    /// What example <paramref name="example"/> teaches: its intent, else the risks it is an example of, else <c>none</c>
    /// (a risk line that must raise nothing).
    /// </summary>
    public string LabelOf(int example)
    {
        if (_intents[example] >= 0)
        {
            return IntentLabels[_intents[example]];
        }

        var risks = Enumerable.Range(0, RiskLabels.Count).Where(r => RiskOf(example, r) == RiskTarget.Positive).Select(r => RiskLabels[r]).ToList();
        return risks.Count > 0 ? string.Join('+', risks) : "none";
    }

    /// <summary>A neighbour for people to read, e.g. <c>0.82 self-harm: "i dont want to wake up"</c>.</summary>
    public string Describe(Neighbour neighbour) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{neighbour.Similarity:0.00} {LabelOf(neighbour.Example)}: \"{Texts[neighbour.Example]}\"");

    /// <summary>Encodes every item of <paramref name="set"/> (a minute or so for the bot's data on two cores).</summary>
    public static ExampleMemory Build(TrainingSet set, ISentenceEncoder encoder, string dataHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(encoder);
        const int Batch = 128;
        var dimensions = encoder.Dimensions;
        var vectors = new float[set.Items.Count * dimensions];
        for (var start = 0; start < set.Items.Count; start += Batch)
        {
            var texts = set.Items.Skip(start).Take(Batch).Select(i => i.Text).ToList();
            var encoded = encoder.Encode(texts, cancellationToken);
            for (var k = 0; k < encoded.Count; k++)
            {
                encoded[k].AsSpan().CopyTo(vectors.AsSpan((start + k) * dimensions, dimensions));
            }
        }

        return new ExampleMemory(
            dataHash,
            encoder.Name,
            dimensions,
            set.RiskLabels,
            set.IntentLabels,
            [.. set.Items.Select(i => i.Text)],
            vectors,
            [.. set.Items.Select(i => i.Intent)],
            [.. set.Items.SelectMany(i => i.Risks)]);
    }

    /// <summary>A memory of only the examples picked (cross-validation: the training folds).</summary>
    public ExampleMemory Subset(IReadOnlyList<int> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var vectors = new float[examples.Count * Dimensions];
        var risks = new RiskTarget[examples.Count * RiskLabels.Count];
        for (var k = 0; k < examples.Count; k++)
        {
            VectorOf(examples[k]).CopyTo(vectors.AsSpan(k * Dimensions, Dimensions));
            _risks.AsSpan(examples[k] * RiskLabels.Count, RiskLabels.Count).CopyTo(risks.AsSpan(k * RiskLabels.Count));
        }

        return new ExampleMemory(
            DataHash, EncoderName, Dimensions, RiskLabels, IntentLabels,
            [.. examples.Select(i => Texts[i])], vectors, [.. examples.Select(i => _intents[i])], risks);
    }

    /// <summary>The <paramref name="count"/> examples nearest to <paramref name="query"/> (a unit vector), nearest first.</summary>
    public Neighbour[] Nearest(ReadOnlySpan<float> query, int count)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} values, got {query.Length}.", nameof(query));
        }

        var best = new Neighbour[Math.Min(count, Count)];
        var found = 0;
        for (var i = 0; i < Count; i++)
        {
            var similarity = Dot(query, VectorOf(i));
            if (found == best.Length && similarity <= best[found - 1].Similarity)
            {
                continue;
            }

            // Insertion into the short sorted list of the best so far.
            var at = found < best.Length ? found++ : found - 1;
            while (at > 0 && best[at - 1].Similarity < similarity)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = new Neighbour(i, similarity);
        }

        return best;
    }

    /// <summary>What the nearest examples to <paramref name="query"/> say, each weighted by exp(sharpness × similarity).</summary>
    public MeaningScores Vote(ReadOnlySpan<float> query, int neighbours, float sharpness)
    {
        var nearest = Nearest(query, neighbours);
        Span<float> weights = stackalloc float[nearest.Length];
        for (var n = 0; n < nearest.Length; n++)
        {
            weights[n] = MathF.Exp(sharpness * nearest[n].Similarity);
        }

        var risks = new float[RiskLabels.Count];
        for (var r = 0; r < risks.Length; r++)
        {
            float positive = 0, counted = 0;
            for (var n = 0; n < nearest.Length; n++)
            {
                var target = RiskOf(nearest[n].Example, r);
                counted += target == RiskTarget.Skip ? 0 : weights[n];
                positive += target == RiskTarget.Positive ? weights[n] : 0;
            }

            risks[r] = counted > 0 ? positive / counted : 0;
        }

        var intents = new float[IntentLabels.Count];
        var total = 0f;
        for (var n = 0; n < nearest.Length; n++)
        {
            if (_intents[nearest[n].Example] is var intent and >= 0)
            {
                intents[intent] += weights[n];
                total += weights[n];
            }
        }

        for (var i = 0; i < intents.Length && total > 0; i++)
        {
            intents[i] /= total;
        }

        return new MeaningScores(risks, intents, nearest);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
