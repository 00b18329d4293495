using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>Checks the typed model the loader builds from YAML (what the waterfall compiler will consume).</summary>
public sealed class FlowParserTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Load_AChoicesMentions_MatchWholeWordsOnly()
    {
        _content.Write("flows/bullying.yaml", """
            id: bullying
            title: I'm being bullied
            audience: young-person
            steps:
              - id: start
                say: If you're in danger right now, call 999.
                next: where
              - id: where
                ask: Online or in person?
                choices:
                  - { label: Online, next: leave, mentions: [tiktok, group chat] }
                  - { label: In person, next: leave }
              - id: leave
                goto: menu
            """);

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var online = Assert.IsType<AskChoiceStep>(result.Content!.GetFlow("bullying").Steps[1]).Choices[0];
        Assert.True(online.IsMentionedIn("they made a fake TikTok of me"));
        Assert.True(online.IsMentionedIn("its in the group chat"));
        Assert.False(online.IsMentionedIn("the tiktoker down the road"));
        Assert.False(online.IsMentionedIn("they chat in groups"));
    }

    [Fact]
    public void Load_EveryStepKind_BuildsTypedSteps()
    {
        _content.Write("flows/bullying.yaml", """
            id: bullying
            title: I'm being bullied
            audience: young-person
            steps:
              - id: start
                say: |
                  If you're in danger right now, call 999.
                card:
                  title: Help
                  buttons:
                    - { label: Childline, url: "https://www.childline.org.uk" }
                    - { label: Menu, goto: menu }
              - id: where
                ask: Online or in person?
                save_as: place
                choices:
                  - { label: Online, next: sure }
                  - { label: Danger, goto: emergency }
              - id: sure
                ask: Are you sure?
                confirm: { yes: name, no: where }
              - id: name
                ask: What should I call you?
                save_as: nickname
              - id: help
                handoff: [childline, nspcc-helpline]
                say: These can help.
              - id: leave
                goto: menu
            """);

        var result = _content.Load();

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var flow = result.Content!.GetFlow("bullying");
        Assert.Equal(Audience.YoungPerson, flow.Audience);
        Assert.Equal("start", flow.StartStepId);
        var say = Assert.IsType<SayStep>(flow.Steps[0]);
        Assert.Equal("where", say.Next.StepId);
        Assert.Equal(7, say.Text.Location.Line);
        Assert.Equal("If you're in danger right now, call 999.", say.Text.Value);
        Assert.IsType<UrlTarget>(say.Card!.Buttons[0].Target);
        var choice = Assert.IsType<AskChoiceStep>(flow.Steps[1]);
        Assert.Equal("place", choice.SaveAs);
        Assert.Equal(new[] { "Online", "Danger" }, choice.Choices.Select(c => c.Label));
        Assert.Equal("emergency", Assert.IsType<FlowTarget>(choice.Choices[1].Target).FlowId);
        var confirm = Assert.IsType<AskConfirmStep>(flow.Steps[2]);
        Assert.Equal(("name", "where"), (confirm.Yes.StepId, confirm.No.StepId));
        var text = Assert.IsType<AskTextStep>(flow.Steps[3]);
        Assert.Equal(("nickname", "help"), (text.SaveAs, text.Next.StepId));
        var handoff = Assert.IsType<HandoffStep>(flow.Steps[4]);
        Assert.Equal(new[] { "childline", "nspcc-helpline" }, handoff.Services.Select(s => s.ServiceId));
        Assert.Equal("These can help.", handoff.Text!.Value);
        Assert.Equal("menu", Assert.IsType<GotoStep>(flow.Steps[5]).Flow.FlowId);
    }

    [Fact]
    public void Load_EndWithText_KeepsClosingMessage()
    {
        var result = _content.Write("flows/menu.yaml", TempContent.MinimalFlow("menu").Replace("    end:\n", "    end: |\n      Bye for now.\n", StringComparison.Ordinal)).Load();

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var end = Assert.IsType<EndStep>(result.Content!.GetFlow("menu").FindStep("done"));
        Assert.Equal("Bye for now.", end.Text!.Value);
    }

    [Fact]
    public void Load_Services_ReadsEveryField()
    {
        var result = _content.Load();
        var childline = result.Content!.GetService("childline");

        Assert.Equal("0800 1111", childline.Phone);
        Assert.Equal("https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/", childline.ChatUrl);
        Assert.Equal(new DateOnly(2026, 11, 21), childline.Checked);
        Assert.Equal(7, childline.Location.Line);
    }
}
