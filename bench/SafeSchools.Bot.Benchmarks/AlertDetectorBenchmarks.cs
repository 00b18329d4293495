using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>Cost of checking one message for safeguarding alerts (the detector runs on every message).</summary>
[MemoryDiagnoser]
public class AlertDetectorBenchmarks
{
    private AlertDetector _detector = null!;

    [Params(
        "hello",
        "someone keeps sending me mean messages on snapchat and i dont know what to do about it",
        "im bein forced 2 have sex n im only 12",
        "he says he'll send my n00dz to my school unless i pay £200")]
    public string Message { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _detector = AlertDetector.Load(DialogsFolder.Find());

    [Benchmark]
    public AlertResult Detect() => _detector.Detect(Message);

    [Benchmark]
    public string Normalize() => SafeguardingNormalizer.Normalize(Message);
}
