using SafeSchools.Bot.Understanding.Meaning;
using SafeSchools.Bot.Understanding.Training;

namespace SafeSchools.Bot.Understanding.Tests.Meaning;

public sealed class ExampleMemoryTests
{
    private static readonly string[] RiskLabels = ["self-harm"];
    private static readonly string[] IntentLabels = ["greeting", "thanks"];

    [Fact]
    public void Nearest_ReturnsTheClosestExamplesNearestFirst()
    {
        var memory = Memory(
            ("far", [0, 1, 0], -1, RiskTarget.Negative),
            ("nearest", [1, 0, 0], -1, RiskTarget.Negative),
            ("near", Unit(1, 1, 0), -1, RiskTarget.Negative));

        var nearest = memory.Nearest([1, 0, 0], 2);

        Assert.Equal(["nearest", "near"], nearest.Select(n => memory.Texts[n.Example]));
        Assert.Equal(1f, nearest[0].Similarity, 3);
    }

    [Fact]
    public void Vote_ARiskIsTheWeightedShareOfNeighboursTeachingIt_IgnoringThoseThatSkipIt()
    {
        var memory = Memory(
            ("positive", [1, 0, 0], -1, RiskTarget.Positive),
            ("negative", [1, 0, 0], -1, RiskTarget.Negative),
            ("skipped", [1, 0, 0], 0, RiskTarget.Skip));

        var vote = memory.Vote([1, 0, 0], neighbours: 3, sharpness: 10);

        Assert.Equal(0.5f, vote.Risks[0], 3);
    }

    [Fact]
    public void Vote_NearerExamplesCountMore_AndIntentSharesSumToOne()
    {
        var memory = Memory(
            ("hello", [1, 0, 0], 0, RiskTarget.Negative),
            ("ta", Unit(1, 1, 0), 1, RiskTarget.Negative));

        var vote = memory.Vote([1, 0, 0], neighbours: 2, sharpness: 10);

        Assert.True(vote.Intents[0] > 0.9f, $"greeting {vote.Intents[0]}");
        Assert.Equal(1f, vote.Intents.Sum(), 3);
    }

    [Fact]
    public void Subset_KeepsOnlyThePickedExamples()
    {
        var memory = Memory(
            ("a", [1, 0, 0], 0, RiskTarget.Positive),
            ("b", [0, 1, 0], 1, RiskTarget.Negative),
            ("c", [0, 0, 1], -1, RiskTarget.Skip));

        var subset = memory.Subset([2, 0]);

        Assert.Equal(["c", "a"], subset.Texts);
        Assert.Equal([-1, 0], [subset.IntentOf(0), subset.IntentOf(1)]);
        Assert.Equal(RiskTarget.Positive, subset.RiskOf(1, 0));
        Assert.Equal([1f, 0, 0], subset.VectorOf(1).ToArray());
    }

    [Fact]
    public void Serializer_RoundTrip_KeepsTextsAndLabels_AndVectorsWithinQuantisation()
    {
        var memory = Memory(
            ("someone is following me", Unit(0.3f, -0.8f, 0.5f), -1, RiskTarget.Positive),
            ("thanks", Unit(-0.1f, 0.2f, 0.97f), 1, RiskTarget.Negative));
        using var stream = new MemoryStream();

        ExampleMemorySerializer.Write(memory, stream);
        stream.Position = 0;
        var read = ExampleMemorySerializer.Read(stream);

        Assert.Equal(memory.Texts, read.Texts);
        Assert.Equal((memory.DataHash, memory.EncoderName, memory.Dimensions), (read.DataHash, read.EncoderName, read.Dimensions));
        Assert.Equal(RiskTarget.Positive, read.RiskOf(0, 0));
        Assert.Equal(1, read.IntentOf(1));
        for (var i = 0; i < memory.Count; i++)
        {
            for (var d = 0; d < memory.Dimensions; d++)
            {
                Assert.Equal(memory.VectorOf(i)[d], read.VectorOf(i)[d], 0.01f);
            }
        }
    }

    [Fact]
    public void Serializer_NotAMemory_IsRefusedWithAClearError()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<InvalidDataException>(() => ExampleMemorySerializer.Read(stream));
    }

    internal static float[] Unit(params float[] values)
    {
        var length = MathF.Sqrt(values.Sum(v => v * v));
        return [.. values.Select(v => v / length)];
    }

    private static ExampleMemory Memory(params (string Text, float[] Vector, int Intent, RiskTarget SelfHarm)[] examples) =>
        new(
            "hash",
            FakeSentenceEncoder.DefaultName,
            3,
            RiskLabels,
            IntentLabels,
            [.. examples.Select(e => e.Text)],
            [.. examples.SelectMany(e => e.Vector)],
            [.. examples.Select(e => e.Intent)],
            [.. examples.Select(e => e.SelfHarm)]);
}
