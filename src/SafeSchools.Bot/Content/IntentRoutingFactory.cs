using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Safeguarding.Routing;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Content;

/// <summary>Builds the first-message router from the intent phrases in dialogs/intents.yaml.</summary>
internal static class IntentRoutingFactory
{
    public static IntentRouting Create(string dialogsFolder)
    {
        var router = IntentRouter.Load(dialogsFolder);
        return text => router.Route(text) is var result ? new RoutedIntent(result.FlowId, result.IsConfident) : new RoutedIntent(null, false);
    }

    public static IReadOnlyList<string> Check(string dialogsFolder)
    {
        try
        {
            IntentCatalog.Load(dialogsFolder);
            return [];
        }
        catch (CatalogException ex)
        {
            return ex.Errors.Count > 0 ? ex.Errors.Select(e => e.ToString()).ToList() : [ex.Message];
        }
    }

    public static string Evaluate(string dialogsFolder, TextReader reader) =>
        IntentEvaluation.Run(IntentRouter.Load(dialogsFolder), reader).Format();
}
