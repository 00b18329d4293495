using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Content.Readability;

namespace SafeSchools.Bot.Safeguarding.Tests.Content.Readability;

/// <summary>The check on small content built here: what is over a limit is reported with file, line and figure.</summary>
public sealed class ContentReadabilityCheckTests : IDisposable
{
    // 10 words, 1 sentence, 10 syllables: grade 0.39 × 10 + 11.8 − 15.59 = 0.1.
    private const string TenWords = "I am here and you can talk to me now. ";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Words(int tens) => string.Concat(Enumerable.Repeat(TenWords, tens)).Trim();

    // A flow whose first turn is the 999 line (8 words), then a say of `tens` × 10 words, then a question (3 words).
    private static string FlowWithTurn(string id, string audience, string text) => $$"""
        id: {{id}}
        title: Test
        audience: {{audience}}
        steps:
          - id: start
            say: |
              If you're in danger right now, call 999.
          - id: advice
            say: |
              {{text}}
          - id: more
            ask: Anything else now?
            confirm: { yes: start, no: done }
          - id: done
            end:

        """;

    [Fact]
    public void Run_ATurnOverTheWordLimit_IsReportedWithFileLineAndFigure()
    {
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", Words(9)));

        var report = Check();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("flows/bullying.yaml line 5: the turn at step \"start\" (young-person) is 101 words (limit 90)", finding.ToString());
        Assert.Equal(ReadabilityFigure.Words, finding.Figure);
        Assert.Equal(101, finding.Value);
        Assert.Equal(90, finding.Limit);
        Assert.False(report.IsWithinLimits);
    }

    [Fact]
    public void Run_ATurnUnderTheLimits_IsNotReported()
    {
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", Words(7)));

        var report = Check();

        Assert.Empty(report.Findings);
        Assert.True(report.IsWithinLimits);
        var turn = Assert.Single(report.Messages, m => m.Location.File == "flows/bullying.yaml" && m.What == "the turn at step \"start\"");
        Assert.Equal(81, turn.Measure.Words);
    }

    [Fact]
    public void Run_TheSameTurn_IsOverForYoungPeopleButWithinForParents()
    {
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", Words(10)))
            .Write("flows/worried-parent.yaml", FlowWithTurn("worried-parent", "parent", Words(10)));

        var report = Check();

        Assert.Equal(["flows/bullying.yaml"], report.Findings.Select(f => f.Message.Location.File));
        var parent = Assert.Single(report.Messages, m => m.Location.File == "flows/worried-parent.yaml" && m.Measure.Words == 111);
        Assert.Equal(new ReadabilityLimits(130, 7), parent.Limits);
    }

    [Fact]
    public void Run_AMiddlingTurn_IsOverTheGradeLimitForYoungPeopleButNotForParents()
    {
        const string middling = "Your child might feel embarrassed or frightened about telling you what happened online, and that is completely understandable.";
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", middling))
            .Write("flows/worried-parent.yaml", FlowWithTurn("worried-parent", "parent", middling));

        var report = Check();

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ReadabilityFigure.Grade, finding.Figure);
        Assert.Matches(@"^flows/bullying\.yaml line 5: the turn at step ""start"" \(young-person\) is grade \d\.\d \(limit 5\)$", finding.ToString());
        var parent = Assert.Single(report.Messages, m => m.Location.File == "flows/worried-parent.yaml" && m.Measure.Words > 3);
        Assert.InRange(parent.Grade, 5.1, 7);
        Assert.Equal(finding.Message.Grade, parent.Grade);
    }

    [Fact]
    public void Run_TheWelcomesFirstTurn_HasItsOwnWordLimit()
    {
        _content.Write("flows/welcome.yaml", FlowWithTurn("welcome", "everyone", Words(6)))
            .Write("flows/menu.yaml", FlowWithTurn("menu", "everyone", Words(6)));

        var report = Check();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("flows/welcome.yaml line 5: the welcome's first turn at step \"start\" (everyone) is 71 words (limit 60)", finding.ToString());
    }

    [Fact]
    public void Run_Answers_AreHeldToTheLimitsOfTheirKey()
    {
        _content.Write("answers.yaml", $$"""
            answers:
              - intent: question-real-person
                young-person: |
                  {{Words(10)}}
                parent: |
                  {{Words(10)}}

            """);

        var report = Check();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("answers.yaml line 4: the young-person answer to \"question-real-person\" (young-person) is 100 words (limit 90)", finding.ToString());
        Assert.Contains(report.Messages, m => m.What == "the parent answer to \"question-real-person\"" && m.Audience == Audience.Parent && m.Measure.Words == 100);
    }

    [Fact]
    public void Run_AlertRepliesAndChecks_AreMeasuredWithTheirLines()
    {
        var alert = new AlertCategoryDefinition("self-harm", Words(10), "Are you safe?", [], "Is your child safe?")
        {
            ReplyLine = 12,
            ClarifyLine = 10,
            ClarifyParentLine = 11,
        };

        var report = ContentReadabilityCheck.Run(Load(), [alert], new ReadabilityOptions());

        var finding = Assert.Single(report.Findings);
        Assert.Equal("alerts.yaml line 12: the alert reply for \"self-harm\" (everyone) is 100 words (limit 90)", finding.ToString());
        Assert.Contains(report.Messages, m => m.Location.ToString() == "alerts.yaml line 11" && m.Audience == Audience.Parent);
        Assert.Contains(report.Messages, m => m.Location.ToString() == "alerts.yaml line 10" && m.What == "the check question for \"self-harm\"");
    }

    [Fact]
    public void Run_Fallbacks_AreMeasured()
    {
        var report = Check();

        Assert.Contains(report.Messages, m => m.What == "fallback 1 of \"first\"");
        Assert.Contains(report.Messages, m => m.What == "the fallback \"again\"");
    }

    [Fact]
    public void Run_TheOptions_SetTheLimits()
    {
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", Words(3)));

        var report = ContentReadabilityCheck.Run(Load(), [], new ReadabilityOptions { YoungPersonMaxWords = 20 });

        Assert.Contains(report.Findings, f => f.ToString() == "flows/bullying.yaml line 5: the turn at step \"start\" (young-person) is 41 words (limit 20)");
    }

    [Fact]
    public void ByAudience_GivesMedianAndP90PerAudience()
    {
        _content.Write("flows/bullying.yaml", FlowWithTurn("bullying", "young-person", Words(1)))
            .Write("flows/image-request.yaml", FlowWithTurn("image-request", "young-person", Words(3)));

        var young = Check().ByAudience().Single(f => f.Audience == Audience.YoungPerson);

        // Turns of the two young-person flows: 21 and 41 words from start, and the end steps (no text) are not messages.
        Assert.Equal(2, young.Messages);
        Assert.Equal(31, young.MedianWords);
        Assert.Equal(41, young.P90Words);
        Assert.Equal(new ReadabilityLimits(90, 5), young.Limits);
    }

    [Fact]
    public void AudienceFigures_Of_UsesNearestRankForP90()
    {
        var messages = Enumerable.Range(1, 10)
            .Select(words => new MeasuredMessage(SourceLocation.StartOf("x.yaml"), "m", Audience.Parent, new TextMeasure(words, 1, words), new ReadabilityLimits(130, 7)))
            .ToList();

        var figures = AudienceFigures.Of(Audience.Parent, messages);

        Assert.Equal(5.5, figures.MedianWords);
        Assert.Equal(9, figures.P90Words);
    }

    private ReadabilityReport Check() => ContentReadabilityCheck.Run(Load(), [], new ReadabilityOptions());

    private SafeguardingContent Load()
    {
        var result = _content.Load();
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Content!;
    }
}
