namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>
/// Routes a new user's first typed message to a top-level flow (<c>bullying</c>, <c>image-request</c>,
/// <c>worried-parent</c>) or to Unsure. The score is explainable: the weights of the keywords found, plus
/// <see cref="IntentSettings.ExampleWeight"/> times the share of the closest example's content words the message holds.
/// Built once from an <see cref="IntentCatalog"/>; <see cref="Route"/> is pure and thread-safe.
/// </summary>
public sealed class IntentRouter
{
    private readonly IntentCatalog _catalog;

    /// <summary>Creates a router over a loaded catalog.</summary>
    public IntentRouter(IntentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>The catalog the router uses.</summary>
    public IntentCatalog Catalog => _catalog;

    /// <summary>Loads <c>intents.yaml</c> from the <c>dialogs/</c> folder and builds a router.</summary>
    public static IntentRouter Load(string dialogsFolder) => new(IntentCatalog.Load(dialogsFolder));

    /// <summary>Scores every flow for <paramref name="text"/> and picks one when the evidence is strong and clear.</summary>
    public IntentResult Route(string? text)
    {
        var tokens = IntentWords.Tokens(text);
        var content = IntentWords.Content(tokens);
        var candidates = _catalog.Flows
            .Select(flow => Score(flow, tokens, content))
            .OrderByDescending(c => c.Score)
            .ToList();
        if (candidates.Count == 0)
        {
            return new IntentResult(null, 0, false, candidates);
        }

        var best = candidates[0];
        var runnerUp = candidates.Count > 1 ? candidates[1].Score : 0;
        var settings = _catalog.Settings;
        var confident = best.Score >= settings.MinimumScore && best.Score - runnerUp >= settings.MinimumMargin;
        return new IntentResult(confident ? best.FlowId : null, best.Score, confident, candidates);
    }

    private IntentCandidate Score(IntentFlow flow, string[] tokens, HashSet<string> content)
    {
        var evidence = new List<string>();
        var score = 0.0;
        foreach (var keyword in MatchedKeywords(flow, tokens))
        {
            score += keyword.Weight;
            evidence.Add($"{keyword.Text} (+{keyword.Weight})");
        }

        var (overlap, example) = ClosestExample(flow, content);
        if (overlap > 0)
        {
            var added = Math.Round(overlap * _catalog.Settings.ExampleWeight, 2);
            score += added;
            evidence.Add($"like \"{example}\" (+{added})");
        }

        return new IntentCandidate(flow.Id, Math.Round(score, 2), evidence);
    }

    // Each keyword counts once, however often it appears; plain first words are looked up, not scanned for.
    private static HashSet<IntentFeature> MatchedKeywords(IntentFlow flow, string[] tokens)
    {
        var found = new HashSet<IntentFeature>(ReferenceEqualityComparer.Instance);
        for (var start = 0; start < tokens.Length; start++)
        {
            if (flow.KeywordsByFirstWord.TryGetValue(tokens[start], out var keywords))
            {
                foreach (var keyword in keywords)
                {
                    if (keyword.MatchesAt(tokens, start))
                    {
                        found.Add(keyword);
                    }
                }
            }
        }

        foreach (var keyword in flow.KeywordsStartingWithWildcard)
        {
            if (keyword.MatchesAnywhere(tokens))
            {
                found.Add(keyword);
            }
        }

        return found;
    }

    private static (double Overlap, string? Example) ClosestExample(IntentFlow flow, HashSet<string> content)
    {
        var best = (Overlap: 0.0, Example: (string?)null);
        for (var i = 0; i < flow.ExampleWords.Count; i++)
        {
            var words = flow.ExampleWords[i];
            if (words.Count == 0)
            {
                continue;
            }

            var shared = words.Count(content.Contains);
            var overlap = shared < 2 && words.Count > 1 ? 0 : (double)shared / words.Count;
            if (overlap > best.Overlap)
            {
                best = (overlap, flow.Examples[i]);
            }
        }

        return best;
    }
}
