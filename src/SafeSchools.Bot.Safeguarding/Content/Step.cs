namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>One step of a flow. The concrete type says what the step does.</summary>
/// <param name="Id">The step's id, unique within its flow.</param>
/// <param name="Location">Where the step starts in its file.</param>
public abstract record Step(string Id, SourceLocation Location)
{
    /// <summary>Every text of this step shown to the user (message, prompt, labels), for checks and rendering.</summary>
    /// <returns>The texts in the order they are shown.</returns>
    public abstract IEnumerable<ContentText> Texts();

    /// <summary>Every place this step can send the user (steps, flows, web addresses).</summary>
    /// <returns>The targets.</returns>
    public abstract IEnumerable<Target> Targets();
}
