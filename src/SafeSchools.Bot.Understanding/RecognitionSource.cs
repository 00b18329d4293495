namespace SafeSchools.Bot.Understanding;

/// <summary>Which layer of understanding decided a score.</summary>
public enum RecognitionSource
{
    /// <summary>A trained model.</summary>
    Model,

    /// <summary>A hand-written, high-precision rule.</summary>
    Rule,
}
