using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>An optional card shown under a <c>say</c> message.</summary>
/// <param name="Title">The card title.</param>
/// <param name="Buttons">The buttons, in order.</param>
public sealed record Card(string Title, ImmutableArray<CardButton> Buttons);
