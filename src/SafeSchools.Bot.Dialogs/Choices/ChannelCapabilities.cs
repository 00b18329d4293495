using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>What each channel can render, as far as choices and card actions are concerned.</summary>
public static class ChannelCapabilities
{
    /// <summary>The most suggested actions Teams shows.</summary>
    public const int MaxTeamsSuggestedActions = 3;

    /// <summary>The most buttons a hero card carries on Teams.</summary>
    public const int MaxHeroCardButtons = 50;

    /// <summary>The conversation type of a Teams one-to-one chat.</summary>
    public const string PersonalConversation = "personal";

    /// <summary>
    /// Whether the conversation shows <paramref name="buttonCount"/> suggested actions. Teams: personal chat only, at
    /// most three and never on a message with attachments.
    /// </summary>
    public static bool SupportsSuggestedActions(string? channelId, string? conversationType, int buttonCount, bool hasAttachments = false) =>
        channelId switch
        {
            Channels.Emulator or Channels.WebChat or Channels.DirectLine or Channels.Test => true,
            Channels.MsTeams => conversationType == PersonalConversation && buttonCount <= MaxTeamsSuggestedActions && !hasAttachments,
            _ => false,
        };

    /// <summary>Whether the channel shows a hero card of <paramref name="buttonCount"/> buttons.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount) =>
        channelId switch
        {
            Channels.Emulator or Channels.WebChat or Channels.DirectLine or Channels.Test => true,
            Channels.MsTeams => buttonCount <= MaxHeroCardButtons,
            _ => false,
        };

    /// <summary>Whether the channel accepts an action type; Teams has no <c>call</c> or <c>postBack</c>.</summary>
    public static bool SupportsActionType(string? channelId, string actionType) =>
        channelId != Channels.MsTeams || actionType is not (ActionTypes.Call or ActionTypes.PostBack);
}
