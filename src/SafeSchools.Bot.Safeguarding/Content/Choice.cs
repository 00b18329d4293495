using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>One option of a choice question: a label and where it leads (a step or another flow).</summary>
/// <param name="Label">The button text, also what the user may type.</param>
/// <param name="Target">A <see cref="StepTarget"/> (<c>next:</c>) or <see cref="FlowTarget"/> (<c>goto:</c>).</param>
public sealed record Choice(string Label, Target Target)
{
    /// <summary>
    /// Intents (from dialogs/understanding) that also pick this option when typed in the person's own words
    /// (<c>means: [i-am-parent]</c>): "my mum's a carer... i'm her son" is not the button's text but may mean it.
    /// </summary>
    public ImmutableArray<string> Means { get; init; } = [];
}
