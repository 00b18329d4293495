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
}
