namespace SafeSchools.Bot.Understanding;

/// <summary>How sure the recognizer is that a message carries a risk, and so what the bot does.</summary>
public enum RiskLevel
{
    /// <summary>No sign of the risk.</summary>
    None,

    /// <summary>Possible: ask one gentle question before acting.</summary>
    Possible,

    /// <summary>Certain enough to act at once.</summary>
    Certain,
}
