using System.Collections.Immutable;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// Words that, said in the person's own words, answer the question with this option (<c>mentions: [tiktok, group
    /// chat]</c>): "someone made a fake tiktok of me" says where the bullying happens. Only when no other option is mentioned too.
    /// </summary>
    public ImmutableArray<string> Mentions
    {
        get;
        init
        {
            field = value;
            _mentioned = value.IsEmpty ? null : new Regex(
                $@"\b(?:{string.Join('|', value.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    } = [];

    private readonly Regex? _mentioned;

    /// <summary>Whether <paramref name="text"/> names one of <see cref="Mentions"/>, as whole words.</summary>
    public bool IsMentionedIn(string text) => _mentioned?.IsMatch(text) == true;
}
