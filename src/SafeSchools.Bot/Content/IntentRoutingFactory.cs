using SafeSchools.Bot.Safeguarding.Routing;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Content;

/// <summary>The old keyword router of dialogs/intents.yaml, kept for checking and comparison with the trained model.</summary>
internal static class IntentRoutingFactory
{
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
