namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>A button on a card: a label and where it leads (a step, a flow or a web address).</summary>
/// <param name="Label">The button text.</param>
/// <param name="Target">A <see cref="StepTarget"/>, <see cref="FlowTarget"/> or <see cref="UrlTarget"/>.</param>
public sealed record CardButton(string Label, Target Target);
