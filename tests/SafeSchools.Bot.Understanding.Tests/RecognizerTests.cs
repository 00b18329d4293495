using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Understanding.Tests;

public sealed class RecognizerTests
{
    [Fact]
    public async Task RecognizeAsync_A250KilobyteMessage_EveryLayerReadsOnlyItsFirstMaxTextLengthCharacters()
    {
        var layers = new[] { new TextRecorder(), new TextRecorder() };
        var set = new RecognizerSet(layers) { MaxTextLength = 2000 };
        var text = "I'm being bullied " + new string('a', 250 * 1024);

        var result = await set.RecognizeAsync(new TurnContext(new NoChannel(), Activity.CreateMessage(text)));

        Assert.All(layers, layer => Assert.Equal(text[..2000], layer.Seen));
        Assert.Equal(2000, result.Text.Length);
    }

    [Fact]
    public void Prefix_NeverEndsInHalfASurrogatePair()
    {
        var text = "ab\U0001F600cd";

        Assert.Equal("ab", Recognizer.Prefix(text, 3));
        Assert.Equal("ab\U0001F600", Recognizer.Prefix(text, 4));
        Assert.Same(text, Recognizer.Prefix(text, 100));
    }

    private sealed class TextRecorder : Recognizer
    {
        public string? Seen { get; private set; }

        public override RecognizerResult Recognize(string? text)
        {
            Seen = text;
            return new RecognizerResult { Text = text ?? string.Empty };
        }
    }

    private sealed class NoChannel : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<ResourceResponse>());
    }
}
