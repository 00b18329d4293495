using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>
/// Runs a started host's alert patterns over everyday messages once. The detector's own warm-up does not reach the
/// matching code of its compiled patterns, so on a busy machine the first real message can pay the JIT cost, run past
/// the 500 ms match timeout and be met with the "to be safe" sextortion question instead of the flow (measured: 2.1 s
/// for "I'm being bullied" under load). Tests about something else warm up first, so they are not flaky on that.
/// </summary>
public static class AlertWarmUp
{
    private static readonly string[] Messages = ["I'm being bullied", "I'm a young person", "Online", "help"];

    public static BotHost Run(BotHost host)
    {
        var detector = host.Services.GetRequiredService<AlertDetector>();
        foreach (var message in Messages)
        {
            detector.Detect(message);
        }

        return host;
    }
}
