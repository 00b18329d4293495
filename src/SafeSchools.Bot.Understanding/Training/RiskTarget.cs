namespace SafeSchools.Bot.Understanding.Training;

/// <summary>What one message teaches one risk model.</summary>
public enum RiskTarget
{
    /// <summary>Not an example of the risk.</summary>
    Negative,

    /// <summary>An example of the risk.</summary>
    Positive,

    /// <summary>Not used: a topic that often carries the risk, so it is neither a safe nor a risky example.</summary>
    Skip,
}
