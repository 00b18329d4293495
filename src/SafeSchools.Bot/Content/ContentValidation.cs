using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Content;

/// <summary>Every check start-up makes on dialogs/, collected as officer-readable lines ("file line N: reason").</summary>
internal static class ContentValidation
{
    public static IReadOnlyList<string> Check(string dialogsFolder)
    {
        var problems = ContentLoader.TryLoad(dialogsFolder).Errors.Select(e => e.ToString()).ToList();
        try
        {
            AlertCatalog.Load(dialogsFolder);
        }
        catch (CatalogException ex)
        {
            problems.AddRange(ex.Errors.Count > 0 ? ex.Errors.Select(e => e.ToString()) : [ex.Message]);
        }

        problems.AddRange(IntentRoutingFactory.Check(dialogsFolder));
        problems.AddRange(UnderstandingFactory.Check(dialogsFolder));
        return problems;
    }
}
