using System.Globalization;

namespace SafeSchools.Bot.FaultSuite;

/// <summary>What a fault run saw. It passes when every turn got its step's reply (none lost, none wrong).</summary>
internal sealed record FaultReport(
    int Users, TimeSpan Elapsed, int Kills, int Conversations, int Turns, int Retried, int Refused, int Lost, IReadOnlyList<string> Wrong,
    double P50Milliseconds, double P99Milliseconds, double EarlyResidentMebibytes, double LateResidentMebibytes)
{
    public bool Passed => Lost == 0 && Wrong.Count == 0;

    public override string ToString()
    {
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{Users} users, {Elapsed.TotalSeconds:0} s, {Kills} kill -9 and restarts: {Conversations} conversations finished, {Turns} turns answered " +
            $"({Turns / Elapsed.TotalSeconds:0} turns/s; p50 {P50Milliseconds:0.0} ms, p99 {P99Milliseconds:0.0} ms); " +
            $"{Retried} turns sent again after a kill, {Refused} answered 5xx/429 and sent again; lost {Lost}; wrong replies {Wrong.Count}; " +
            $"resident memory {EarlyResidentMebibytes:0} MiB early in the run (peak of its 2nd-3rd tenths), {LateResidentMebibytes:0} MiB at the end (peak of its last fifth)");
        return Wrong.Count == 0 ? summary : summary + Environment.NewLine + string.Join(Environment.NewLine, Wrong.Take(20).Select(w => "  " + w));
    }
}
