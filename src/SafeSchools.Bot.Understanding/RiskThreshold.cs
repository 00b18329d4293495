namespace SafeSchools.Bot.Understanding;

/// <summary>The two decision levels of one risk, chosen from cross-validation (see <c>eval understanding</c>).</summary>
public sealed class RiskThreshold
{
    /// <summary>From this probability the bot asks one gentle question.</summary>
    public double Possible { get; set; } = 0.3;

    /// <summary>From this probability the bot acts at once.</summary>
    public double Certain { get; set; } = 0.7;

    /// <summary>The level of a probability.</summary>
    public RiskLevel LevelOf(double probability) =>
        probability >= Certain ? RiskLevel.Certain : probability >= Possible ? RiskLevel.Possible : RiskLevel.None;
}
