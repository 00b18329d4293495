namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>The journeys people ask for, reached by buttons from the menu and by a typed first message.</summary>
public sealed class JourneyTests
{
    [Fact]
    public async Task WorriedAboutAFriend_FromTheMenu_SaysTellAnAdultEvenIfItsASecret_AndOffersChildline()
    {
        var conversation = await YoungPersonAtTheMenuAsync();

        var replies = await conversation.SayAllAsync("Something else", "I'm worried about a friend");

        Assert.Contains("even if your friend asked you to keep it secret", replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(replies.Cards(), card => card.Title == "Childline");
    }

    [Fact]
    public async Task BeingMadeToCarryThings_FromTheMenu_SaysItsNotTheirFault_AndOffersFearless()
    {
        var conversation = await YoungPersonAtTheMenuAsync();

        var replies = await conversation.SayAllAsync("Something else", "Someone wants me to carry or hold things");

        Assert.Contains("It's not your fault", replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(replies.Cards(), card => card.Title!.Contains("Fearless", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CantSpeak_InTheEmergencyFlow_ExplainsPress55_AndThatTexting999NeedsRegistering()
    {
        var conversation = await YoungPersonAtTheMenuAsync();

        var replies = await conversation.SayAsync("I'm in danger now");

        var text = replies.AllText();
        Assert.Contains("press 55", text, StringComparison.Ordinal);
        Assert.Contains("only works if you've registered", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My child is hurting themselves", "Young Minds")]
    [InlineData("My child goes missing or has gifts I can't explain", "Crimestoppers")]
    public async Task ParentTopics_UnderSomethingElse_GiveTheirOwnAdvice(string choice, string service)
    {
        var conversation = new BotConversation();
        await conversation.StartAsync(new { audience = "parent" });

        var replies = await conversation.SayAllAsync("Something else", choice);

        Assert.Contains(replies.Cards(), card => card.Title!.Contains(service, StringComparison.Ordinal));
        Assert.Contains("999", replies.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parent-self-harm", "stay calm, listen")]
    [InlineData("parent-missing-from-home", "call the police on **101**")]
    public async Task ParentTopics_TypedAsAFirstMessage_GoStraightToTheirAdvice(string intent, string advice)
    {
        const string Message = "something about my child";
        var conversation = new BotConversation(intents: new Dictionary<string, string> { [Message] = intent });
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(Message);

        Assert.Contains(advice, replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordTypedAtTheMenu_PicksTheOptionItNames_BeforeATopicItResembles()
    {
        var conversation = await YoungPersonAtTheMenuAsync(new Dictionary<string, string> { ["images"] = "parent-images" });

        var replies = await conversation.SayAsync("images");

        Assert.Equal("What's happening?", replies[^1].Text);
    }

    [Fact]
    public async Task AnOptionsOwnWords_TypedOrPressed_AreThatOption_NotADisclosureToCheck()
    {
        var conversation = await YoungPersonAtTheMenuAsync(new Dictionary<string, string> { ["ive already sent one"] = "possible:sextortion" });
        await conversation.SayAsync("Someone asked me for images");

        var replies = await conversation.SayAsync("ive already sent one");

        Assert.StartsWith("**It's not your fault, and it isn't too late.**", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Or do they want money?", replies.AllText(), StringComparison.Ordinal);
    }

    private static async Task<BotConversation> YoungPersonAtTheMenuAsync(IReadOnlyDictionary<string, string>? intents = null)
    {
        var conversation = new BotConversation(intents: intents);
        await conversation.StartAsync();
        await conversation.SayAsync("I'm a young person");
        return conversation;
    }
}
