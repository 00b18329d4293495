using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

/// <summary>One detector over the repository's alerts.yaml, built once for all tests (it is thread-safe).</summary>
internal static class Detectors
{
    private static readonly Lazy<AlertDetector> Shared = new(() => AlertDetector.Load(TestPaths.Dialogs));

    public static AlertDetector FromRepository => Shared.Value;
}
