namespace SafeSchools.Bot.Understanding.Tests;

public sealed class RecognizerResultTests
{
    [Fact]
    public void WithoutIntents_DropsThePrefixAndScalesTheRestUp()
    {
        var result = new RecognizerResult
        {
            Text = "i'm being cyberbullied",
            Intents = new Dictionary<string, IntentScore> { ["kb-signs-of-cyberbullying"] = new(0.8), ["bullying"] = new(0.1), ["help"] = new(0.05) },
        };

        var statement = result.WithoutIntents("kb-");

        Assert.Equal(("bullying", 0.5), (statement.GetTopScoringIntent().Intent, Math.Round(statement.GetTopScoringIntent().Score, 3)));
        Assert.DoesNotContain("kb-signs-of-cyberbullying", statement.Intents.Keys);
        Assert.Equal(0.25, statement.ScoreOf("help"), 3);
    }

    [Fact]
    public void WithoutIntents_ReturnsTheSameResultWhenNoneMatch()
    {
        var result = new RecognizerResult { Text = "hi", Intents = new Dictionary<string, IntentScore> { ["greeting"] = new(0.9) } };

        Assert.Same(result, result.WithoutIntents("kb-"));
    }

    [Theory]
    [InlineData("bullying", 0.1, 1.4, true)]
    [InlineData("bullying", 0.2, 1.4, false)]
    [InlineData("bullying", 0.1, 2, false)]
    [InlineData("grooming", 0.1, 1, false)]
    [InlineData("help", 0, 1.4, false)]
    public void Leads_NeedsTheMinimumAndTheMarginOverEveryOtherIntent(string intent, double minimum, double times, bool leads)
    {
        var result = new RecognizerResult
        {
            Text = "someone is spreading lies about me",
            Intents = new Dictionary<string, IntentScore> { ["bullying"] = new(0.18), ["grooming"] = new(0.12), ["help"] = new(0.02) },
        };

        Assert.Equal(leads, result.Leads(intent, minimum, times));
    }
}
