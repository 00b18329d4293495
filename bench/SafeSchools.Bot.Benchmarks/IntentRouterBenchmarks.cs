using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Safeguarding.Routing;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>Cost of routing a first message to a flow.</summary>
[MemoryDiagnoser]
public class IntentRouterBenchmarks
{
    private IntentRouter _router = null!;

    [Params("people keep sending me horrible messages", "my daughter is being picked on at school")]
    public string Message { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _router = IntentRouter.Load(DialogsFolder.Find());

    [Benchmark]
    public IntentResult Route() => _router.Route(Message);
}
