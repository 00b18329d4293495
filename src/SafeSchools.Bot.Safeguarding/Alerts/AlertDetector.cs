using System.Text;
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

        var candidates = WordCandidates(_catalog.Index, normalized);
        List<AlertMatch>? matches = null;
        foreach (var category in _catalog.Categories)
        {
            var match = Match(category, normalized, candidates);
            if (match is not null)
            {
                (matches ??= []).Add(match);
            }
        }

        if (matches is null)
        {
            return AlertResult.None;
        }

        return TalksAbout(normalized) ? AlertResult.None with { Deferred = matches } : new AlertResult(matches, Replies(matches, parent: false));
    }

    /// <summary>
    /// The alert for risks found by any layer of understanding: categories in the catalog's priority order, each
    /// certain category's reply, or the highest-priority clarifying question when none is certain.
    /// </summary>
    public AlertResult ResultFor(IReadOnlyList<Understanding.RiskScore> risks, bool parent = false)
    {
        ArgumentNullException.ThrowIfNull(risks);
        if (risks.Count == 0)
        {
            return AlertResult.None;
        }

        var matches = _catalog.Categories
            .Select(c => risks.FirstOrDefault(r => r.Label == c.Id) is { } risk
                ? new AlertMatch(c.Id, risk.Level == Understanding.RiskLevel.Certain ? AlertCertainty.Certain : AlertCertainty.Uncertain, null)
                : null)
            .OfType<AlertMatch>()
            .ToList();
        return matches.Count == 0 ? AlertResult.None : new AlertResult(matches, Replies(matches, parent));
    }

    /// <summary>
    /// The text with its everyday sayings (the catalog's idioms) blanked out, or null when it has none: what is left for
    /// a learned layer to score risks on, as the patterns do.
    /// </summary>
    public string? WithoutEverydaySayings(string? text) =>
        Prepare(text) is var prepared && prepared.Contains(IdiomMark) ? prepared : null;

    // What an everyday saying is blanked out with.
    private const char IdiomMark = '~';

    /// <summary>The text the patterns see: safeguarding-normalised, with everyday sayings blanked out.</summary>
    public string Prepare(string? text)
    {
        var normalized = SafeguardingNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return normalized;
        }

        try
        {
            return RemoveIdioms(normalized);
        }
        catch (RegexMatchTimeoutException)
        {
            return normalized;
        }
    }

    // Whether the message talks about a risk (a lesson, the news, what a word means) rather than disclosing one.
    private bool TalksAbout(string text)
    {
        try
        {
            return _catalog.Discussing.Always.Any(rule => rule.Fires(text))
                || WordCandidates(_catalog.Discussing, text).Any(candidate => candidate.Rule.FiresAt(text, candidate.Start));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Each idiom found is replaced by "~", so "this homework is killing me" leaves nothing to match.
    private string RemoveIdioms(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var rule in _catalog.Idioms.Always)
        {
            spans.AddRange(rule.Matcher.Matches(text).Select(m => (m.Index, m.Index + m.Length)));
        }

        foreach (var (rule, start) in WordCandidates(_catalog.Idioms, text))
        {
            var match = rule.Anchored.Match(text, start);
            if (match.Success)
            {
                spans.Add((start, match.Index + match.Length));
            }
        }

        return spans.Count == 0 ? text : Blank(text, spans);
    }

    private static string Blank(string text, List<(int Start, int End)> spans)
    {
        spans.Sort();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end) in spans)
        {
            if (start < position)
            {
                position = Math.Max(position, end);
                continue;
            }

            builder.Append(text, position, start - position).Append(IdiomMark);
            position = end;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    // Run a few messages through once so the first users don't pay for one-off start-up work.
    private void WarmUp()
    {
        string[] samples =
        [
            "warm up so that everything is ready",
            "someone keeps sending me mean messages on snapchat and i dont know what to do",
            "my mum said i have to be home by 9 and my phone is dead",
            "he says he will send my pics to everyone unless i pay",
            "i want to kill myself and nobody would care",
            "my uncle touches me and said not to tell",
            "there is a man outside with a knife",
        ];
        foreach (var sample in samples)
        {
            _ = Detect(sample);
        }
    }

    // Each word of the message names the rules whose matches could begin there.
    private static List<(AlertRule Rule, int Start)> WordCandidates(RuleIndex index, string text)
    {
        var candidates = new List<(AlertRule Rule, int Start)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                index.Collect(text, start, end - start, candidates);
            }

            start = end + 1;
        }

        return candidates;
    }

    private AlertMatch? Match(AlertCategoryDefinition category, string text, List<(AlertRule Rule, int Start)> candidates)
    {
        try
        {
            var certain = FirstFiring(category.Id, AlertCertainty.Certain, text, candidates);
            if (certain is not null)
            {
                return new AlertMatch(category.Id, AlertCertainty.Certain, certain);
            }

            var uncertain = FirstFiring(category.Id, AlertCertainty.Uncertain, text, candidates);
            return uncertain is null ? null : new AlertMatch(category.Id, AlertCertainty.Uncertain, uncertain);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern ran too long on this message: ask rather than stay silent.
            return new AlertMatch(category.Id, AlertCertainty.Uncertain, null);
        }
    }

    private AlertRule? FirstFiring(string category, AlertCertainty certainty, string text, List<(AlertRule Rule, int Start)> candidates)
    {
        foreach (var (rule, start) in candidates)
        {
            if (rule.Category == category && rule.Certainty == certainty && rule.FiresAt(text, start))
            {
                return rule;
            }
        }

        foreach (var rule in _catalog.Index.Always)
        {
            if (rule.Category == category && rule.Certainty == certainty && rule.Fires(text))
            {
                return rule;
            }
        }

        return null;
    }

    private List<string> Replies(List<AlertMatch> matches, bool parent)
    {
        var certain = matches.Where(m => m.Certainty == AlertCertainty.Certain).Select(m => _byId[m.Category].ReplyFor(parent)).ToList();
        return certain.Count > 0 ? certain : [_byId[matches[0].Category].ClarifyFor(parent)];
    }
}
