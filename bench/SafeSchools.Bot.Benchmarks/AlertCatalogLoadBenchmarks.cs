using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>Start-up cost: reading, checking and compiling alerts.yaml once.</summary>
[MemoryDiagnoser]
public class AlertCatalogLoadBenchmarks
{
    private string _dialogs = string.Empty;

    [GlobalSetup]
    public void Setup() => _dialogs = DialogsFolder.Find();

    [Benchmark]
    public AlertDetector LoadAlerts() => AlertDetector.Load(_dialogs);
}
