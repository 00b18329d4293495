namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>One option of a choice question: a label and where it leads (a step or another flow).</summary>
/// <param name="Label">The button text, also what the user may type.</param>
/// <param name="Target">A <see cref="StepTarget"/> (<c>next:</c>) or <see cref="FlowTarget"/> (<c>goto:</c>).</param>
public sealed record Choice(string Label, Target Target);
