namespace SafeSchools.Bot.Understanding.Tests;

public sealed class EntityRecognizerTests
{
    [Theory]
    [InlineData("im 14", "age", "14")]
    [InlineData("i am 12 and a girl", "age", "12")]
    [InlineData("my son is 11", "age", "11")]
    [InlineData("shes 15 years old", "age", "15")]
    [InlineData("15yo", "age", "15")]
    [InlineData("im in year 9", "school-year", "9")]
    public void Find_AgeOrYear_IsRead(string text, string type, string value)
    {
        var entity = Assert.Single(EntityRecognizer.Find(text));

        Assert.Equal((type, value), (entity.Type, entity.Value));
    }

    [Theory]
    [InlineData("i paid him 50 quid")]
    [InlineData("it happened 3 times")]
    [InlineData("option 2")]
    [InlineData("hello")]
    public void Find_NumbersThatAreNotAges_AreIgnored(string text) => Assert.Empty(EntityRecognizer.Find(text));
}
