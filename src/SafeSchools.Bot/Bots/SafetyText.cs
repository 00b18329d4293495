namespace SafeSchools.Bot.Bots;

/// <summary>Lines the bot must be able to say even when its content or storage cannot be reached.</summary>
internal static class SafetyText
{
    public const string DangerLine = "If you're in danger right now, call 999.";

    public const string Apology =
        "Sorry, something went wrong on my side. " + DangerLine +
        " You can talk to Childline any time: call 0800 1111 or chat online at https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/";
}
