using System.Collections.Frozen;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Recognises the commands that work at any step. Only a whole message counts ("help" is a command, "help me, he
/// hit me" is not), so a command never swallows what someone is trying to tell the bot.
/// </summary>
public static class ConversationCommands
{
    private static readonly FrozenDictionary<string, ConversationCommand> Phrases = new Dictionary<string, ConversationCommand>(StringComparer.Ordinal)
    {
        ["help"] = ConversationCommand.Help,
        ["what can you do"] = ConversationCommand.Help,
        ["menu"] = ConversationCommand.Menu,
        ["main menu"] = ConversationCommand.Menu,
        ["show menu"] = ConversationCommand.Menu,
        ["restart"] = ConversationCommand.Menu,
        ["start again"] = ConversationCommand.Menu,
        ["start over"] = ConversationCommand.Menu,
        ["go back to the start"] = ConversationCommand.Menu,
        ["stop"] = ConversationCommand.Stop,
        ["quit"] = ConversationCommand.Stop,
        ["cancel"] = ConversationCommand.Stop,
        ["exit"] = ConversationCommand.Stop,
        ["bye"] = ConversationCommand.Stop,
        ["goodbye"] = ConversationCommand.Stop,
        ["im in danger now"] = ConversationCommand.Danger,
        ["im in danger"] = ConversationCommand.Danger,
        ["i am in danger"] = ConversationCommand.Danger,
        ["i am in danger now"] = ConversationCommand.Danger,
        ["danger"] = ConversationCommand.Danger,
        ["emergency"] = ConversationCommand.Danger,
        ["forget me"] = ConversationCommand.ForgetMe,
        ["delete my chat"] = ConversationCommand.ForgetMe,
        ["delete this chat"] = ConversationCommand.ForgetMe,
        ["delete my data"] = ConversationCommand.ForgetMe,
        ["delete chat"] = ConversationCommand.ForgetMe,
        ["forget this chat"] = ConversationCommand.ForgetMe,
        ["forget everything"] = ConversationCommand.ForgetMe,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The command <paramref name="text"/> is, or <see cref="ConversationCommand.None"/>.</summary>
    public static ConversationCommand Recognize(string? text)
    {
        if (text?.Trim() == "?")
        {
            return ConversationCommand.Help;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (normalized.StartsWith("please ", StringComparison.Ordinal))
        {
            normalized = normalized[7..];
        }

        return Phrases.GetValueOrDefault(normalized.Replace(" please", string.Empty, StringComparison.Ordinal), ConversationCommand.None);
    }
}
