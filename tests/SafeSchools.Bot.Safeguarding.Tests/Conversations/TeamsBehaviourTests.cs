using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>How the bot behaves in Microsoft Teams: mentions, install events, group chats, what Teams keeps, buttons.</summary>
public sealed class TeamsBehaviourTests
{
    private const string DangerLine = "If you're in danger right now, call 999";
    private const string Personal = "personal";
    private const string StartPrefix = "start flow ";

    // Routes "I'm being bullied" (exactly) to the bullying flow, and "start flow <id>" to any flow.
    private static readonly IntentRouting Router = understood => understood.Text is var text &&
        text == "I'm being bullied" ? new RoutedIntent(FlowIds.Bullying, true)
        : text.StartsWith(StartPrefix, StringComparison.Ordinal) ? new RoutedIntent(text[StartPrefix.Length..], true)
        : new RoutedIntent(null, false);

    [Fact]
    public async Task Message_PersonalChatWithBotMention_AnswersExactlyLikeTheBareText()
    {
        var bare = new BotConversation(Channels.MsTeams, Personal, Router);
        var mentioned = new BotConversation(Channels.MsTeams, Personal, Router);
        await bare.StartAsync();
        await mentioned.StartAsync();

        var expected = await bare.SayAsync("I'm being bullied");
        var replies = await mentioned.SendAsync(WithMention(mentioned, "<at>Safe Schools</at> I'm being bullied", mentioned.Adapter.Bot.Id!));

        Assert.Contains("It's not your fault", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(expected.AllText(), replies.AllText());
        Assert.Equal(expected.Buttons(), replies.Buttons());
    }

    [Fact]
    public async Task Message_MentionOfSomeoneElse_IsNotStripped()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);
        await conversation.StartAsync();

        var replies = await conversation.SendAsync(WithMention(conversation, "<at>Sam</at> I'm being bullied", "29:someone-else"));

        Assert.DoesNotContain("It's not your fault", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_ConversationUpdateAddingOnlyTheBot_WelcomesWithTeamsNoticeFirst()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var replies = await conversation.SendAsync(BotAdded(conversation));

        AssertTeamsWelcome(replies);
    }

    [Fact]
    public async Task Install_InstallationUpdateAdd_WelcomesWithTeamsNoticeFirst()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var replies = await conversation.SendAsync(InstallationUpdate(conversation, "add"));

        AssertTeamsWelcome(replies);
    }

    [Fact]
    public async Task Install_ConversationUpdateThenInstallationUpdate_WelcomesOnce()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var first = await conversation.SendAsync(BotAdded(conversation));
        var second = await conversation.SendAsync(InstallationUpdate(conversation, "add"));

        AssertTeamsWelcome(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Install_InstallationUpdateThenConversationUpdate_WelcomesOnce()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var first = await conversation.SendAsync(InstallationUpdate(conversation, "add"));
        var second = await conversation.SendAsync(BotAdded(conversation));

        AssertTeamsWelcome(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Install_InstallationUpdateRemove_SaysNothing()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var replies = await conversation.SendAsync(InstallationUpdate(conversation, "remove"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task FirstMessage_TeamsPersonalChatNeverWelcomed_SaysTeamsKeepsTheChatBeforeTheFlow()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var replies = await conversation.SayAsync("I'm being bullied");
        var next = await conversation.SayAsync("Online");

        Assert.Equal(ConversationText.TeamsNotice, replies[0].Text);
        Assert.Contains("It's not your fault", replies.Skip(1).AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(next, r => r.Text == ConversationText.TeamsNotice);
    }

    [Theory]
    [InlineData(Channels.Test, null)]
    [InlineData(Channels.WebChat, null)]
    [InlineData(Channels.Emulator, null)]
    public async Task Welcome_OtherChannels_HasNoTeamsNotice(string channelId, string? conversationType)
    {
        var conversation = new BotConversation(channelId, conversationType, Router);

        var replies = await conversation.StartAsync();

        Assert.DoesNotContain(replies, r => r.Text == ConversationText.TeamsNotice);
        Assert.StartsWith("**" + DangerLine, replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groupChat", "I'm being bullied")]
    [InlineData("channel", "I'm being bullied")]
    [InlineData("groupChat", "menu")]
    [InlineData("channel", "hello")]
    [InlineData("groupChat", "start flow image-request")]
    public async Task Message_GroupChatOrChannel_GivesGeneralHelpAndInvitesAPrivateChatWithoutAskingAnything(string conversationType, string text)
    {
        var conversation = new BotConversation(Channels.MsTeams, conversationType, Router);

        var replies = await conversation.SendAsync(WithMention(conversation, "<at>Safe Schools</at> " + text, conversation.Adapter.Bot.Id!));

        var reply = Assert.Single(replies);
        Assert.StartsWith("**" + DangerLine, reply.Text, StringComparison.Ordinal);
        Assert.Contains("message me privately", reply.Text, StringComparison.Ordinal);
        Assert.Contains("don't share personal details", reply.Text, StringComparison.Ordinal);
        Assert.Contains("bullied", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.SuggestedActions);
        Assert.NotEqual(InputHints.ExpectingInput, reply.InputHint);
        Assert.Equal(["Childline", "CEOP Safety Centre"], reply.Cards().Select(c => c.Title));
        var links = reply.Cards().SelectMany(c => c.Buttons ?? []).ToList();
        Assert.Contains(links, b => b.Type == ActionTypes.OpenUrl && (string?)b.Value == "https://www.childline.org.uk");
        Assert.Contains(links, b => b.Type == ActionTypes.OpenUrl && (string?)b.Value == "https://www.ceop.police.uk/Safety-Centre/");
        Assert.DoesNotContain(links, b => b.Type == ActionTypes.Call);
        Assert.Empty(await conversation.Storage.ReadAsync(["msteams/conversations/conversation-1"]));
    }

    [Fact]
    public async Task Message_IsGroupWithoutConversationType_IsTreatedAsAGroup()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);
        var activity = conversation.Adapter.MakeActivity("I'm being bullied") with
        {
            Conversation = conversation.Adapter.Conversation with { ConversationType = null, IsGroup = true },
        };

        var replies = await conversation.SendAsync(activity);

        Assert.Contains("message me privately", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_GroupChatAlert_AnswersTheAlertFirstThenTheGroupMessage()
    {
        var conversation = new BotConversation(Channels.MsTeams, "groupChat", Router);

        var replies = await conversation.SayAsync("he's got a knife and is threatening me");

        Assert.True(replies.Count >= 2);
        Assert.Contains("999", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("message me privately", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("message me privately", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_GroupChatUncertainAlert_AsksWithACardOfButtonsNotSuggestedActions()
    {
        Assert.True(BotConversation.Detector.Detect("he scares me").NeedsClarifying);
        var conversation = new BotConversation(Channels.MsTeams, "channel", Router);

        var replies = await conversation.SayAsync("he scares me");

        Assert.All(replies, r => Assert.Null(r.SuggestedActions));
        var question = replies.Single(r => r.InputHint == InputHints.ExpectingInput);
        var card = Assert.Single(question.Cards());
        Assert.Equal(["Yes", "No"], card.Buttons!.Select(b => b.Title));
        Assert.All(card.Buttons!, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public async Task Install_InAChannel_GreetsOnceWithGeneralHelpAndIgnoresPupilsJoining()
    {
        var conversation = new BotConversation(Channels.MsTeams, "channel", Router);

        var added = await conversation.SendAsync(BotAdded(conversation));
        var installed = await conversation.SendAsync(InstallationUpdate(conversation, "add"));
        var pupilJoined = await conversation.SendAsync(conversation.Adapter.MakeActivity() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount("29:new-pupil", "New pupil")],
        });

        Assert.Contains("message me privately", Assert.Single(added).Text, StringComparison.Ordinal);
        Assert.Empty(installed);
        Assert.Empty(pupilJoined);
    }

    [Fact]
    public async Task Choices_PersonalChatThreeChoices_AreSuggestedActions()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);

        var replies = await conversation.StartAsync();

        var question = replies[^1];
        Assert.Equal(["I'm a young person", "I'm a parent or carer", "I'm in danger now"], question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Empty(question.Attachments ?? []);
    }

    [Fact]
    public async Task Choices_PersonalChatMoreThanThreeChoices_AreAHeroCardOfImBackButtons()
    {
        var conversation = new BotConversation(Channels.MsTeams, Personal, Router);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("I'm a young person");

        var menu = BotConversation.Content.GetFlow(FlowIds.Menu).Steps.OfType<AskChoiceStep>().First().Choices.Select(c => c.Label).ToList();
        Assert.True(menu.Count > 3);
        Assert.All(replies, r => Assert.Null(r.SuggestedActions));
        var card = Assert.Single(replies.Cards(), c => c.Buttons?.Count == menu.Count);
        Assert.Equal(menu, card.Buttons!.Select(b => b.Title));
        Assert.All(card.Buttons!, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public async Task WalkEveryFlow_OnTeamsPersonalChat_NeverSendsCallActionsAndKeepsTheSuggestedActionRules()
    {
        var seenServices = new HashSet<string>(StringComparer.Ordinal);
        var explored = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new Queue<string[]>();
        frontier.Enqueue([]);
        foreach (var flow in BotConversation.Content.Flows)
        {
            frontier.Enqueue([StartPrefix + flow.Id]);
        }

        var turns = 0;
        while (frontier.Count > 0)
        {
            var path = frontier.Dequeue();
            var conversation = new BotConversation(Channels.MsTeams, Personal, Router);
            var replies = await conversation.StartAsync();
            foreach (var text in path)
            {
                replies = await conversation.SayAsync(text);
                turns++;
            }

            foreach (var reply in replies)
            {
                AssertFitsTeamsPersonalChat(reply);
                seenServices.UnionWith(reply.Cards().Where(c => c.Title is not null).Select(c => c.Title!));
            }

            var state = string.Join("\n", replies.Select(r => r.Text)) + "|" + string.Join("|", replies.Buttons());
            if (!explored.Add(state) || path.Length >= 12)
            {
                continue;
            }

            foreach (var button in replies.Buttons())
            {
                frontier.Enqueue([.. path, button]);
            }
        }

        var handedOff = BotConversation.Content.Flows
            .SelectMany(f => f.Steps.OfType<HandoffStep>())
            .SelectMany(h => h.Services)
            .Select(r => BotConversation.Content.GetService(r.ServiceId).Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Subset(seenServices, handedOff);
        Assert.True(turns > 50, $"The walk only took {turns} turns.");
    }

    private static void AssertFitsTeamsPersonalChat(Activity reply)
    {
        var actions = (reply.SuggestedActions?.Actions ?? []).Concat(reply.Cards().SelectMany(c => c.Buttons ?? [])).ToList();
        Assert.DoesNotContain(actions, a => a.Type is ActionTypes.Call or ActionTypes.PostBack);
        if (reply.SuggestedActions is { } suggested)
        {
            Assert.InRange(suggested.Actions.Count, 1, 3);
            Assert.Empty(reply.Attachments ?? []);
            Assert.All(suggested.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        }
    }

    private static void AssertTeamsWelcome(IReadOnlyList<Activity> replies)
    {
        Assert.Equal(ConversationText.TeamsNotice, replies[0].Text);
        Assert.StartsWith("**" + DangerLine, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("school's Teams keeps a copy", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("can't delete", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Childline", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("CEOP", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Safe Schools chatbot", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(["I'm a young person", "I'm a parent or carer", "I'm in danger now"], replies.Buttons());
    }

    private static Activity BotAdded(BotConversation conversation) => conversation.Adapter.MakeActivity() with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        MembersAdded = [conversation.Adapter.Bot],
    };

    private static Activity InstallationUpdate(BotConversation conversation, string action) => conversation.Adapter.MakeActivity() with
    {
        Type = ActivityTypes.InstallationUpdate,
        Text = null,
        Action = action,
    };

    private static Activity WithMention(BotConversation conversation, string text, string mentionedId) => conversation.Adapter.MakeActivity(text) with
    {
        Entities =
        [
            new Entity
            {
                Type = "mention",
                Properties = new Dictionary<string, JsonElement>
                {
                    ["mentioned"] = JsonSerializer.SerializeToElement(new { id = mentionedId, name = "Safe Schools" }),
                    ["text"] = JsonSerializer.SerializeToElement(text[..(text.IndexOf("</at>", StringComparison.Ordinal) + 5)]),
                },
            },
        ],
    };
}
