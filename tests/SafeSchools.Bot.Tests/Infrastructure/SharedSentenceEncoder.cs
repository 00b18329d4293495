using SafeSchools.Bot.Understanding.Meaning;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// One sentence encoder for every bot host of the test run: the tests start hundreds of hosts in one process, and each
/// loading its own ONNX session (about 0.2 s and a hundred megabytes) would only measure the machine. Never disposed by
/// a host (registered as an instance); the process ends with it.
/// </summary>
internal static class SharedSentenceEncoder
{
    private static readonly Lazy<ISentenceEncoder> Encoder = new(() => new MiniLmSentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ISentenceEncoder Instance => Encoder.Value;
}
