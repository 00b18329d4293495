using SafeSchools.Bot.Safeguarding.Content.Readability;

namespace SafeSchools.Bot.Safeguarding.Tests.Content.Readability;

/// <summary>Words, sentences and Flesch-Kincaid grade of known text, with markdown and web addresses left out.</summary>
public sealed class ReadabilityMeterTests
{
    [Theory]
    [InlineData("If you're in danger right now, call 999.", 8, 1)]
    [InlineData("It's not your fault.", 4, 1)]
    [InlineData("Childline's 1-2-1 chat is free. You don't have to give your name!", 12, 2)]
    [InlineData("Are you OK? I'm here.", 5, 2)]
    [InlineData("Talk to an adult you trust, e.g. a teacher or Mr. Smith.", 12, 1)]
    [InlineData("", 0, 0)]
    public void Measure_KnownSentences_CountsWordsAndSentences(string text, int words, int sentences)
    {
        var measure = ReadabilityMeter.Measure(text);

        Assert.Equal(words, measure.Words);
        Assert.Equal(sentences, measure.Sentences);
    }

    [Fact]
    public void Grade_FollowsTheFleschKincaidFormula()
    {
        Assert.Equal((0.39 * 20 / 2) + (11.8 * 30 / 20) - 15.59, ReadabilityMeter.Grade(20, 2, 30), 10);
        Assert.Equal(0, ReadabilityMeter.Grade(0, 0, 0));
    }

    [Fact]
    public void Measure_ASimpleChildrensSentence_HasALowGrade()
    {
        var measure = ReadabilityMeter.Measure("The cat sat on the mat. It was a big red cat.");

        Assert.True(measure.Grade < 2, $"grade {measure.Grade}");
    }

    [Fact]
    public void Measure_ALongFormalSentence_HasAHighGrade()
    {
        var measure = ReadabilityMeter.Measure(
            "Notwithstanding the aforementioned considerations, the organisation's safeguarding responsibilities necessitate "
            + "comprehensive documentation of all communications involving potentially vulnerable individuals, irrespective "
            + "of the circumstances in which such information was originally obtained.");

        Assert.True(measure.Grade > 14, $"grade {measure.Grade}");
    }

    [Fact]
    public void Measure_MarkdownAndWebAddresses_AreLeftOut()
    {
        var markdown = ReadabilityMeter.Measure(
            "**Call** [Childline](https://www.childline.org.uk/get-support/) free, or _visit_ childline.org.uk. Email `help@nspcc.org.uk` or see https://www.nspcc.org.uk.");
        var plain = ReadabilityMeter.Measure("Call Childline free, or visit. Email or see.");

        Assert.Equal(plain, markdown);
        Assert.Equal(8, markdown.Words);
        Assert.Equal(2, markdown.Sentences);
    }

    [Fact]
    public void Measure_BulletLinesHeadingsAndParagraphs_EachEndASentence()
    {
        var measure = ReadabilityMeter.Measure("""
            **What you can do**

            Here are some ideas
            - block them
            - tell an adult you trust
              such as a teacher
            1. report it

            That's all
            """);

        Assert.Equal(["What you can do", "Here are some ideas", "block them", "tell an adult you trust such as a teacher", "report it", "That's all"],
            ReadabilityMeter.Sentences("""
            **What you can do**

            Here are some ideas
            - block them
            - tell an adult you trust
              such as a teacher
            1. report it

            That's all
            """));
        Assert.Equal(6, measure.Sentences);
        Assert.Equal(23, measure.Words);
    }

    [Fact]
    public void Measure_ALineWrappedInsideAParagraph_IsOneSentence()
    {
        var measure = ReadabilityMeter.Measure("You can talk to Childline\nabout anything at all.");

        Assert.Equal(1, measure.Sentences);
        Assert.Equal(9, measure.Words);
    }

    [Fact]
    public void Measure_SyllablesAreTheSumOfTheWords()
    {
        var measure = ReadabilityMeter.Measure("Someone is worried about you.");

        Assert.Equal(2 + 1 + 2 + 2 + 1, measure.Syllables);
    }
}
