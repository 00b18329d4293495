namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>Recall for one category: how many of its lines raised it.</summary>
/// <param name="Category">The category id.</param>
/// <param name="Total">Lines labelled with the category.</param>
/// <param name="Detected">Of those, lines that raised the category (certain or uncertain).</param>
/// <param name="DetectedCertain">Of those, lines that raised it as certain.</param>
public sealed record RiskCategoryScore(string Category, int Total, int Detected, int DetectedCertain)
{
    /// <summary>Detected ÷ total, or 1 when there are no lines.</summary>
    public double Recall => Total == 0 ? 1 : (double)Detected / Total;
}
