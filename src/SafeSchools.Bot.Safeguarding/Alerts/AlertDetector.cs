using System.Text.RegularExpressions;
using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>
/// Finds safeguarding alerts in any message: immediate danger, self-harm, abuse disclosures and sextortion.
/// Built once from an <see cref="AlertCatalog"/>; <see cref="Detect"/> is pure, thread-safe and does no I/O.
/// </summary>
public sealed class AlertDetector
{
    private readonly AlertCatalog _catalog;
    private readonly Dictionary<string, AlertCategoryDefinition> _byId;

    /// <summary>Creates a detector over a loaded catalog.</summary>
    public AlertDetector(AlertCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _byId = catalog.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        WarmUp();
    }

    /// <summary>The catalog the detector uses.</summary>
    public AlertCatalog Catalog => _catalog;

    /// <summary>Loads <c>alerts.yaml</c> from the <c>dialogs/</c> folder and builds a detector.</summary>
    public static AlertDetector Load(string dialogsFolder) => new(AlertCatalog.Load(dialogsFolder));

    /// <summary>
    /// Checks one message. The result lists the categories raised in priority order and the replies to show
    /// before anything else (or the clarifying question when every match is uncertain).
    /// </summary>
    public AlertResult Detect(string? text)
    {
        var normalized = Prepare(text);
        if (normalized.Length == 0)
        {
            return AlertResult.None;
        }

        List<AlertMatch>? matches = null;
        foreach (var category in _catalog.Categories)
        {
            var match = Match(category, normalized);
            if (match is not null)
            {
                (matches ??= []).Add(match);
            }
        }

        return matches is null ? AlertResult.None : new AlertResult(matches, Replies(matches));
    }

    /// <summary>The text the patterns see: safeguarding-normalised, with everyday sayings blanked out.</summary>
    public string Prepare(string? text)
    {
        var normalized = SafeguardingNormalizer.Normalize(text);
        if (normalized.Length == 0 || _catalog.Idioms is null)
        {
            return normalized;
        }

        try
        {
            return _catalog.Idioms.Replace(normalized, "~");
        }
        catch (RegexMatchTimeoutException)
        {
            return normalized;
        }
    }

    // The first match on a compiled regex also compiles its code; do that now so no user message pays for it
    // (and so the match timeout never fires on that one-off cost).
    private void WarmUp()
    {
        foreach (var category in _catalog.Categories)
        {
            _ = Match(category, "warm up so that everything is ready");
        }

        _ = Prepare("warm up");
    }

    private AlertMatch? Match(AlertCategoryDefinition category, string text)
    {
        var (certain, uncertain) = _catalog.Combined[category.Id];
        try
        {
            if (Fires(certain, category, AlertCertainty.Certain, text))
            {
                return new AlertMatch(category.Id, AlertCertainty.Certain, Explain(category, AlertCertainty.Certain, text));
            }

            return Fires(uncertain, category, AlertCertainty.Uncertain, text)
                ? new AlertMatch(category.Id, AlertCertainty.Uncertain, Explain(category, AlertCertainty.Uncertain, text))
                : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern ran too long on this message: ask rather than stay silent.
            return new AlertMatch(category.Id, AlertCertainty.Uncertain, null);
        }
    }

    private static bool Fires(Regex? combined, AlertCategoryDefinition category, AlertCertainty certainty, string text) =>
        (combined?.IsMatch(text) ?? false)
        || category.Rules.Any(rule => rule.Unless is not null && rule.Certainty == certainty && rule.Fires(text));

    private static AlertRule? Explain(AlertCategoryDefinition category, AlertCertainty certainty, string text) =>
        category.Rules.FirstOrDefault(rule => rule.Certainty == certainty && rule.Fires(text));

    private List<string> Replies(List<AlertMatch> matches)
    {
        var certain = matches.Where(m => m.Certainty == AlertCertainty.Certain).Select(m => _byId[m.Category].Reply).ToList();
        return certain.Count > 0 ? certain : [_byId[matches[0].Category].Clarify];
    }
}
