using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Content.Readability;

namespace SafeSchools.Bot.Safeguarding.Tests.Content.Readability;

/// <summary>A flow is split into the turns the bot sends before it waits, as FlowDialog runs it.</summary>
public sealed class FlowTurnsTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Of_SaysChainedToAQuestion_AreOneTurn_AndEachAnswerStartsAnother()
    {
        _content.Write("flows/bullying.yaml", """
            id: bullying
            title: Test
            audience: young-person
            steps:
              - id: start
                say: |
                  If you're in danger right now, call 999.
              - id: sorry
                say: I'm sorry.
              - id: where
                ask: Online or in person?
                choices:
                  - { label: Online, next: online }
                  - { label: In person, next: done }
              - id: online
                say: Block them.
              - id: cards
                handoff: [childline]
                say: Childline can help.
              - id: more
                ask: Anything else?
                confirm: { yes: where, no: done }
              - id: done
                end: Bye for now.

            """);
        var flow = Load().GetFlow("bullying");

        var turns = FlowTurns.Of(flow);

        Assert.Equal(["start", "where", "online", "done"], turns.Select(t => t.Start.Id));
        Assert.Equal(["start", "sorry", "where"], turns[0].Steps.Select(s => s.Id));
        Assert.True(turns[0].IsFirst);
        Assert.Equal("If you're in danger right now, call 999.\n\nI'm sorry.\n\nOnline or in person?", turns[0].Text);
        Assert.Equal(["where"], turns[1].Steps.Select(s => s.Id));
        Assert.Equal(["online", "cards", "more"], turns[2].Steps.Select(s => s.Id));
        Assert.Equal(["Block them.", "Childline can help.", "Anything else?"], turns[2].Messages().Select(m => m.Value.Trim()));
        Assert.Equal(["done"], turns[3].Steps.Select(s => s.Id));
    }

    private SafeguardingContent Load()
    {
        var result = _content.Load();
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Content!;
    }
}
