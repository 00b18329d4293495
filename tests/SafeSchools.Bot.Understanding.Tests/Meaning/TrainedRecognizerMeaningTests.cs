using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Tests.Infrastructure;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Meaning;

public sealed class TrainedRecognizerMeaningTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    private const string Unclear = "the thing from before";
    private const string Labelled = "question-real-person";
    private const string Danger = "a man has followed me off the bus and hes still behind me";

    [Fact]
    public void Recognize_AMessageTheModelIsSureOf_CostsNoEncoding()
    {
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]>());
        var recognizer = WithMeaning(encoder);

        var result = recognizer.Recognize("hi");

        Assert.Equal("greeting", result.TopIntent(0.5));
        Assert.Equal(0, encoder.Calls);
        Assert.Empty(result.NearestExamples);
    }

    [Fact]
    public void Recognize_AMessageTheModelIsUnsureOf_IsJudgedAlsoByItsNearestExamples()
    {
        Assert.True(fixture.Recognizer.Recognize(Unclear).GetTopScoringIntent().Score < new MeaningOptions().ConsultBelowIntentScore, "the model alone is unsure");
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Unclear] = [1, 0, 0] });

        var result = WithMeaning(encoder).Recognize(Unclear);

        Assert.Equal(1, encoder.Calls);
        Assert.Equal(Labelled, result.TopIntent(0.5));
        Assert.Equal(["1.00 question-real-person: \"are you a real person\""], result.NearestExamples);
    }

    [Fact]
    public void Recognize_DangerWithNoCloseLabelledLine_IsNotLoweredByMeaning()
    {
        var alone = DangerScore(fixture.Recognizer.Recognize(Danger));
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Danger] = ExampleMemoryTests.Unit(0.6f, 0.8f, 0) });

        var result = WithMeaning(encoder).Recognize(Danger);

        Assert.Equal(1, encoder.Calls);
        Assert.Equal(alone, DangerScore(result), 3);
    }

    [Fact]
    public void Recognize_DangerInANearParaphraseOfALineLabelledSafe_IsLoweredByMeaning()
    {
        var alone = DangerScore(fixture.Recognizer.Recognize(Danger));
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Danger] = [1, 0, 0] });

        var result = WithMeaning(encoder).Recognize(Danger);

        Assert.True(DangerScore(result) < alone, $"alone {alone:0.00}, with meaning {DangerScore(result):0.00}");
    }

    [Fact]
    public void Recognize_ANearParaphraseOfALineLabelledNotDanger_RulesDangerOutForEveryLayer()
    {
        const string FoodTech = "weve got knife skills in food tech tomorrow";
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [FoodTech] = [1, 0, 0] });
        var recognizer = WithMeaning(encoder, memory: RiskLine("do i need to bring my own knife for food tech", RiskTarget.Negative));

        var result = recognizer.Recognize(FoodTech);

        Assert.Contains(RiskLabels.ImmediateDanger, result.RuledOut);
        Assert.DoesNotContain(result.Risks, r => r.Label == RiskLabels.ImmediateDanger);
    }

    [Fact]
    public void Recognize_ANearParaphraseOfALineThatTeachesNothingOfDanger_DoesNotRuleItOut()
    {
        const string InDanger = "im in danger";
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [InDanger] = [1, 0, 0] });
        var recognizer = WithMeaning(encoder, memory: RiskLine("im still in danger", RiskTarget.Skip));

        var result = recognizer.Recognize(InDanger);

        Assert.DoesNotContain(RiskLabels.ImmediateDanger, result.RuledOut);
    }

    // One line at [1, 0, 0] that teaches every risk the same thing and has no intent.
    private ExampleMemory RiskLine(string text, RiskTarget target)
    {
        var model = fixture.Model;
        return new ExampleMemory(
            model.DataHash, FakeSentenceEncoder.DefaultName, 3, model.RiskLabels, model.IntentLabels,
            [text], [1, 0, 0], [-1], [.. model.RiskLabels.Select(_ => target)]);
    }

    private static float DangerScore(RecognizerResult result) =>
        (float)(result.Risks.SingleOrDefault(r => r.Label == RiskLabels.ImmediateDanger)?.Score ?? 0);

    [Fact]
    public void Recognize_NeighboursSplitOverSeveralIntents_LeaveTheModelsRanking()
    {
        var model = fixture.Model;
        string[] split = ["question-real-person", "question-is-scam", "question-delete-chat"];
        var memory = new ExampleMemory(
            model.DataHash, FakeSentenceEncoder.DefaultName, 3, model.RiskLabels, model.IntentLabels,
            ["are you a real person", "is this a scam", "how do i delete this"],
            [1, 0, 0, 1, 0, 0, 1, 0, 0],
            [.. split.Select(i => model.IntentLabels.ToList().IndexOf(i))],
            [.. split.SelectMany(_ => model.RiskLabels.Select(_ => RiskTarget.Negative))]);
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Unclear] = [1, 0, 0] });
        var recognizer = new TrainedRecognizer(model, new UnderstandingOptions()) { Meaning = new SentenceMeaning(memory, () => encoder, new MeaningOptions()) };

        var result = recognizer.Recognize(Unclear);

        Assert.Equal(1, encoder.Calls);
        Assert.Equal(fixture.Recognizer.Recognize(Unclear).GetTopScoringIntent(), result.GetTopScoringIntent());
    }

    [Fact]
    public void Recognize_MeaningSwitchedOff_TheModelDecidesAlone()
    {
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Unclear] = [1, 0, 0] });
        var recognizer = WithMeaning(encoder, new MeaningOptions { Enabled = false });

        Assert.Equal(fixture.Recognizer.Recognize(Unclear).GetTopScoringIntent(), recognizer.Recognize(Unclear).GetTopScoringIntent());
        Assert.Equal(0, encoder.Calls);
    }

    [Fact]
    public void Recognize_AnEncoderThatCannotLoad_LeavesTheModelToDecideAlone()
    {
        var meaning = new SentenceMeaning(Memory(), () => throw new DllNotFoundException("onnxruntime"), new MeaningOptions());
        var recognizer = new TrainedRecognizer(fixture.Model, new UnderstandingOptions()) { Meaning = meaning };

        var result = recognizer.Recognize(Unclear);

        Assert.Equal(fixture.Recognizer.Recognize(Unclear).GetTopScoringIntent(), result.GetTopScoringIntent());
        Assert.IsType<DllNotFoundException>(meaning.Warm());
    }

    [Fact]
    public void Recognize_AMemoryBuiltWithAnotherEncoder_IsNotUsed()
    {
        var encoder = new FakeSentenceEncoder(new Dictionary<string, float[]> { [Unclear] = [1, 0, 0] }, name: "another encoder");
        var meaning = new SentenceMeaning(Memory(), () => encoder, new MeaningOptions());

        var result = new TrainedRecognizer(fixture.Model, new UnderstandingOptions()) { Meaning = meaning }.Recognize(Unclear);

        Assert.NotEqual(Labelled, result.TopIntent(0.5));
        Assert.IsType<InvalidOperationException>(meaning.Warm());
    }

    private TrainedRecognizer WithMeaning(FakeSentenceEncoder encoder, MeaningOptions? options = null, ExampleMemory? memory = null) =>
        new(fixture.Model, new UnderstandingOptions()) { Meaning = new SentenceMeaning(memory ?? Memory(), () => encoder, options ?? new MeaningOptions()) };

    // One example, where the unclear message's vector points: a question about whether the bot is a real person.
    private ExampleMemory Memory()
    {
        var model = fixture.Model;
        return new ExampleMemory(
            model.DataHash,
            FakeSentenceEncoder.DefaultName,
            3,
            model.RiskLabels,
            model.IntentLabels,
            ["are you a real person"],
            [1, 0, 0],
            [model.IntentLabels.ToList().IndexOf(Labelled)],
            [.. model.RiskLabels.Select(_ => RiskTarget.Negative)]);
    }
}
