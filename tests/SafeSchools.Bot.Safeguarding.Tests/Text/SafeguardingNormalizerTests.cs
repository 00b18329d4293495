using SafeSchools.Bot.Safeguarding.Text;

namespace SafeSchools.Bot.Safeguarding.Tests.Text;

public sealed class SafeguardingNormalizerTests
{
    [Theory]
    [InlineData("I'm only 12 years old", "im only 12 years old")]
    [InlineData("im 12yo", "im 12 yo")]
    [InlineData("k1ll mys3lf", "kill myself")]
    [InlineData("n00dz", "nudes")]
    [InlineData("noodz pls", "nudes please")]
    [InlineData("h8 u", "hate you")]
    [InlineData("kms", "kill myself")]
    [InlineData("wanna die", "want to die")]
    [InlineData("gonna end it", "going to end it")]
    [InlineData("some1 is following me", "someone is following me")]
    [InlineData("sum1 sent me pics", "someone sent me pics")]
    [InlineData("i want 2 die", "i want to die")]
    [InlineData("i have 2 brothers", "i have 2 brothers")]
    [InlineData("2 years ago", "2 years ago")]
    [InlineData("n@ked $ex", "naked sex")]
    [InlineData("k!ll", "kill")]
    [InlineData("\u0441\u0435\u0445", "cex")]
    [InlineData("k\u0456ll m\u0443s\u0435lf", "kill myself")]
    [InlineData("ＫＩＬＬ", "kill")]
    [InlineData("ki\u200Bll", "kill")]
    [InlineData("s.u.i.c.i.d.e", "suicide")]
    [InlineData("sucide", "suicide")]
    [InlineData("myslef", "myself")]
    [InlineData("thretening", "threatening")]
    [InlineData("i'm not amused", "im not amused")]
    [InlineData("killlllling", "killing")]
    [InlineData("café", "cafe")]
    [InlineData("£200", "£ 200")]
    [InlineData(null, "")]
    public void Normalize_Input_GivesPlainWords(string? input, string expected) =>
        Assert.Equal(expected, SafeguardingNormalizer.Normalize(input));
}
