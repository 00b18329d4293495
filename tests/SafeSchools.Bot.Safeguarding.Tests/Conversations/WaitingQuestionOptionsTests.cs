using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>
/// A waiting question's options come from the flow as compiled at start-up, not from the copy the prompt keeps in the
/// conversation state (still written, so an older build reading the state finds it): the answer is checked against
/// the question as the content asks it now.
/// </summary>
public sealed class WaitingQuestionOptionsTests
{
    [Fact]
    public async Task AnAnswer_IsCheckedAgainstTheCompiledQuestion_NotTheOptionsCopiedIntoState()
    {
        var conversation = new BotConversation();
        await conversation.StartAsync();
        await conversation.SayAsync("I'm young person");
        var asked = await conversation.SayAsync("I'm being bullied");
        Assert.Contains(asked, r => r.Text?.Contains("Is it happening online, in person, or both?", StringComparison.Ordinal) == true);

        // The copy in state now offers a single option; the flow's own question still has "Both" as its third.
        var key = $"{Channels.Test}/conversations/{conversation.Adapter.Conversation.Id}";
        var stored = (await conversation.Storage.ReadAsync([key]))[key];
        var state = JsonNode.Parse(stored.Json)!;
        var options = Assert.Single(Descendants(state), n => n is JsonObject o && o["choices"] is JsonArray && o["prompt"] is not null)!.AsObject();
        options["choices"] = new JsonArray(new JsonObject { ["value"] = "Online" });
        await conversation.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(state.ToJsonString(), stored.ETag) });

        var answered = await conversation.SayAsync("Both");

        Assert.Contains(answered, r => r.Text?.Contains("If it's online", StringComparison.Ordinal) == true);
    }

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
