using SafeSchools.Bot.Understanding.Meaning;

namespace SafeSchools.Bot.Understanding.Tests.Meaning;

public sealed class MiniLmSentenceEncoderTests
{
    [Fact]
    public void Encode_GivesUnitVectorsOfTheStatedLength()
    {
        using var encoder = new MiniLmSentenceEncoder();

        var vectors = encoder.Encode(["hi", "someone keeps messaging me asking for pics"]);

        Assert.All(vectors, v => Assert.Equal(encoder.Dimensions, v.Length));
        Assert.All(vectors, v => Assert.Equal(1f, MathF.Sqrt(v.Sum(x => x * x)), 2));
    }

    [Fact]
    public void Encode_ADifferentWayOfSayingTheSame_IsNearerThanAMessageSharingItsWords()
    {
        using var encoder = new MiniLmSentenceEncoder();

        var v = encoder.Encode(["i want to kill myself", "i dont want to be alive anymore", "this maths homework is killing me"]);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]), $"same meaning {Dot(v[0], v[1]):0.00}, same words {Dot(v[0], v[2]):0.00}");
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
