using SafeSchools.Bot.Safeguarding.Alerts;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed class AlertDetectorTests
{
    private readonly AlertDetector _detector = Detectors.FromRepository;

    public static TheoryData<string, string> ExtraLines => TestPaths.Labelled(TestPaths.TestData("Alerts/risk-extra.tsv"));

    public static TheoryData<string, string> DevLines => TestPaths.Labelled(Path.Combine(TestPaths.SharedEval, "risk-dev.tsv"));

    [Theory]
    [MemberData(nameof(ExtraLines))]
    [MemberData(nameof(DevLines))]
    public void Detect_LabelledUtterance_RaisesExpectedCategoryOrNothing(string expected, string utterance)
    {
        var result = _detector.Detect(utterance);

        if (expected == AlertCategories.None)
        {
            Assert.False(result.IsAlert, $"false alarm: {string.Join(", ", result.Matches.Select(m => $"{m.Category} {m.Certainty} line {m.Rule?.Line}"))} on \"{_detector.Prepare(utterance)}\"");
        }
        else
        {
            Assert.True(result.Raised(expected), $"missed {expected}; found {result.Category ?? "none"} on \"{_detector.Prepare(utterance)}\"");
        }
    }

    [Theory]
    [InlineData("I'm being forced to have sex and I'm only 12 years old", AlertCategories.AbuseDisclosure)]
    [InlineData("im bein forced 2 have sex n im only 12", AlertCategories.AbuseDisclosure)]
    [InlineData("my daughter told me her uncle touches her", AlertCategories.AbuseDisclosure)]
    [InlineData("i w\u0430nt to k\u0456ll mys\u0435lf", AlertCategories.SelfHarm)]
    [InlineData("I WANT TO KILL MYSELF", AlertCategories.SelfHarm)]
    [InlineData("i want to k i l l myself", AlertCategories.SelfHarm)]
    [InlineData("i w\u200Bant to di\u200Be", AlertCategories.SelfHarm)]
    [InlineData("ｉ ｗａｎｔ ｔｏ ｄｉｅ", AlertCategories.SelfHarm)]
    [InlineData("i want to dieeee", AlertCategories.SelfHarm)]
    [InlineData("su1c1d@l", AlertCategories.SelfHarm)]
    [InlineData("im having sucidal thoughts", AlertCategories.SelfHarm)]
    [InlineData("he has my n00dz and wants $50", AlertCategories.Sextortion)]
    [InlineData("sum1 is blakmailing me with my pics", AlertCategories.Sextortion)]
    [InlineData("sum1 is threatning me wiv a 🔪", AlertCategories.ImmediateDanger)]
    public void Detect_DisguisedText_StillRaisesCategory(string utterance, string expected) =>
        Assert.True(_detector.Detect(utterance).Raised(expected), _detector.Prepare(utterance));

    [Theory]
    [InlineData("we had an assembly on knife crime, what do you do if someone pulls a knife on you", AlertCategories.ImmediateDanger)]
    [InlineData("we watched a film about a girl who got kidnapped and locked in a basement", AlertCategories.ImmediateDanger)]
    [InlineData("what does kms mean, my mate keeps putting it on her story", AlertCategories.SelfHarm)]
    [InlineData("my parents are doing a sponsored run for a suicide prevention charity", AlertCategories.SelfHarm)]
    [InlineData("How can I tell if my son is being groomed on his Xbox?", AlertCategories.AbuseDisclosure)]
    [InlineData("I'm planning a PSHE lesson for Year 9 on sextortion, what should I cover?", AlertCategories.Sextortion)]
    public void Detect_TalkingAboutARisk_LeavesItToTheModel(string utterance, string deferred)
    {
        var result = _detector.Detect(utterance);

        Assert.False(result.IsAlert, $"raised {result.Category} on \"{_detector.Prepare(utterance)}\"");
        Assert.Contains(result.Deferred, m => m.Category == deferred);
    }

    [Theory]
    [InlineData("what does it mean if my uncle touches me and says its our secret", AlertCategories.AbuseDisclosure)]
    [InlineData("he said hes going to stab me after school", AlertCategories.ImmediateDanger)]
    public void Detect_DisclosureWithoutATalkingAboutFrame_StillRaised(string utterance, string expected) =>
        Assert.True(_detector.Detect(utterance).Raised(expected), _detector.Prepare(utterance));

    [Theory]
    [InlineData("my dads gonna kill me he knows i lied")]
    [InlineData("my mum is actually going to kill me")]
    public void Detect_FamilyGoingToKillMe_WithoutASignItIsASaying_AsksRatherThanActs(string utterance)
    {
        var result = _detector.Detect(utterance);

        Assert.Equal(AlertCategories.ImmediateDanger, result.Category);
        Assert.True(result.NeedsClarifying);
    }

    [Theory]
    [InlineData("my dad said hes going to kill me")]
    [InlineData("my brothers mate is gonna kill me hes outside")]
    public void Detect_AThreatToKill_ReportedOrFromOutsideTheFamily_StaysCertain(string utterance)
    {
        var result = _detector.Detect(utterance);

        Assert.Equal(AlertCategories.ImmediateDanger, result.Category);
        Assert.False(result.NeedsClarifying);
    }

    [Theory]
    [InlineData("I don't feel safe", AlertCategories.ImmediateDanger)]
    [InlineData("he scares me", AlertCategories.ImmediateDanger)]
    [InlineData("i need help fast", AlertCategories.ImmediateDanger)]
    [InlineData("i want it all to stop", AlertCategories.SelfHarm)]
    public void Detect_VagueWorry_IsUncertainAndAsksClarifyingQuestion(string utterance, string expected)
    {
        var result = _detector.Detect(utterance);

        Assert.Equal(expected, result.Category);
        Assert.True(result.NeedsClarifying);
        var question = Assert.Single(result.Replies);
        Assert.Equal(_detector.Catalog.Categories.Single(c => c.Id == expected).Clarify, question);
    }

    [Fact]
    public void Detect_DangerAndSelfHarm_ListsImmediateDangerFirstWithBothReplies()
    {
        var result = _detector.Detect("he's got a knife and is threatening me and i want to kill myself");

        Assert.Equal([AlertCategories.ImmediateDanger, AlertCategories.SelfHarm], result.Matches.Select(m => m.Category));
        Assert.Equal(AlertCertainty.Certain, result.Certainty);
        Assert.Equal(2, result.Replies.Count);
        Assert.StartsWith("**If you're in danger right now, call 999.**", result.Replies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    public void Detect_EmptyOrOrdinary_ReturnsNone(string? utterance)
    {
        var result = _detector.Detect(utterance);

        Assert.False(result.IsAlert);
        Assert.Empty(result.Replies);
        Assert.Null(result.Certainty);
    }

    [Fact]
    public void WithoutEverydaySayings_BlanksOutTheSaying_AndLeavesTheRest()
    {
        var plain = _detector.WithoutEverydaySayings("my mum will kill me if she finds out i was on it");

        Assert.NotNull(plain);
        Assert.DoesNotContain("kill", plain, StringComparison.Ordinal);
        Assert.Contains("i was on it", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my dad hits me")]
    [InlineData("can you help me with something")]
    [InlineData(null)]
    public void WithoutEverydaySayings_AMessageWithNoSaying_IsNull(string? message) =>
        Assert.Null(_detector.WithoutEverydaySayings(message));

    [Fact]
    public void Detect_CertainMatch_ExplainsWhichRuleFired()
    {
        var match = Assert.Single(_detector.Detect("i self harm").Matches);

        Assert.NotNull(match.Rule);
        Assert.True(match.Rule.Line > 0);
        Assert.Equal(AlertCategories.SelfHarm, match.Rule.Category);
    }

    [Fact]
    public void Detect_ManyThreadsAtOnce_GivesSameAnswers()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "i want to kill myself" : "my phone is dead").ToArray();

        var results = inputs.AsParallel().Select(_detector.Detect).ToArray();

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(AlertCategories.SelfHarm, r.Category));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.False(r.IsAlert));
    }
}
