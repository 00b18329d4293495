namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// The meaning layer: encodes a message and asks the <see cref="ExampleMemory"/> which labelled examples it is nearest.
/// The memory and the encoder are loaded on first use (or earlier by <see cref="Warm"/>), so a process that never needs
/// meaning never loads them and start-up does not wait for them. An encoder that cannot be loaded (a platform without ONNX Runtime's native library) leaves the model to
/// decide alone: <see cref="Score"/> returns null and <see cref="Warm"/> says why. Thread-safe.
/// </summary>
public sealed class SentenceMeaning : IDisposable
{
    private readonly Lazy<ExampleMemory> _memory;
    private readonly Lazy<ISentenceEncoder?> _encoder;
    private Exception? _failure;

    /// <summary>Creates the layer over <paramref name="memory"/>; <paramref name="encoder"/> is called once, when first needed.</summary>
    public SentenceMeaning(ExampleMemory memory, Func<ISentenceEncoder> encoder, MeaningOptions options)
        : this(() => memory ?? throw new ArgumentNullException(nameof(memory)), encoder, options)
    {
    }

    /// <summary>
    /// Creates the layer; <paramref name="memory"/> and <paramref name="encoder"/> are each called once, when first needed.
    /// </summary>
    public SentenceMeaning(Func<ExampleMemory> memory, Func<ISentenceEncoder> encoder, MeaningOptions options)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(encoder);
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _memory = new Lazy<ExampleMemory>(memory, LazyThreadSafetyMode.ExecutionAndPublication);
        _encoder = new Lazy<ISentenceEncoder?>(() => Load(encoder, _memory.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The labelled examples, as meaning (loaded on first use).</summary>
    public ExampleMemory Memory => _memory.Value;

    /// <summary>How meaning is weighed.</summary>
    public MeaningOptions Options { get; }

    /// <summary>
    /// Loads the encoder now (on a background thread at start-up) instead of on the first message that needs it; returns
    /// why it could not be loaded, or null.
    /// </summary>
    public Exception? Warm() => _encoder.Value is null ? _failure : null;

    /// <summary>
    /// What the examples nearest to <paramref name="text"/> say; null when the encoder could not be loaded or has been
    /// disposed (the host is stopping).
    /// </summary>
    public MeaningScores? Score(string text)
    {
        try
        {
            var vector = _encoder.Value?.Encode([text])[0];
            return vector is null ? null : Memory.Vote(vector, Options.Neighbours, Options.Sharpness);
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Disposes the encoder when this layer created it and <see cref="OwnsEncoder"/> says so.</summary>
    public void Dispose()
    {
        if (OwnsEncoder && _encoder.IsValueCreated && _encoder.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    /// <summary>Whether <see cref="Dispose"/> disposes the encoder (false when a container or a caller owns it).</summary>
    public bool OwnsEncoder { get; init; } = true;

    private ISentenceEncoder? Load(Func<ISentenceEncoder> create, ExampleMemory memory)
    {
        try
        {
            var encoder = create();
            return encoder.Name == memory.EncoderName && encoder.Dimensions == memory.Dimensions
                ? encoder
                : throw new InvalidOperationException($"The example memory was built with '{memory.EncoderName}', not '{encoder.Name}'.");
        }
        catch (Exception e) when (e is InvalidOperationException or DllNotFoundException or TypeInitializationException or IOException or BadImageFormatException or EntryPointNotFoundException)
        {
            _failure = e;
            return null;
        }
    }
}
