using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Content;

/// <summary>Builds the first-message router from the intent phrases in dialogs/.</summary>
internal static class IntentRoutingFactory
{
    public static IntentRouting Create(string dialogsFolder)
    {
        _ = dialogsFolder;
        return _ => new RoutedIntent(null, false);
    }

    public static IReadOnlyList<string> Check(string dialogsFolder)
    {
        _ = dialogsFolder;
        return [];
    }

    public static string Evaluate(string dialogsFolder, TextReader reader)
    {
        _ = (dialogsFolder, reader);
        return "Intent routing is not built yet.";
    }
}
