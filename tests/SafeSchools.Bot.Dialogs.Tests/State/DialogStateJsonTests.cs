using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Tests.State;

public sealed class DialogStateJsonTests
{
    // A waterfall waiting on a choice prompt inside a component inside a component, as the state stores it.
    private const string NestedStacks = """
        {"dialogStack":[{"id":"outer","state":{"dialogs":{"dialogStack":[{"id":"component","state":{"dialogs":{"dialogStack":[{"id":"topic","state":{"options":{"prompt":{"type":"message","text":"What's it about?"},"retryPrompt":{"type":"message","text":"You're OK: pick one."},"choices":[{"value":"Bullying"},{"value":"Online safety"}],"maxAttempts":3},"attemptCount":1}},{"id":"threeSteps","state":{"options":null,"values":{"topic":"Bullying"},"stepIndex":0}}]}}}]}}}]}
        """;

    [Fact]
    public void Serialize_NestedStacksReadFromJson_WritesTheSameJson()
    {
        var state = JsonSerializer.Deserialize<DialogState>(NestedStacks, BotJson.Options);

        Assert.Equal(NestedStacks, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void Deserialize_InnerStateKeyHoldingSomethingElse_KeepsItAsJson()
    {
        const string Json = """{"dialogStack":[{"id":"custom","state":{"dialogs":{"dialogStack":[],"note":"mine"},"count":2}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(Json, BotJson.Options)!;

        Assert.Equal("mine", state.DialogStack[0].State["dialogs"]!["note"]!.GetValue<string>());
        Assert.Equal(Json, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void Deserialize_InnerStateKeyHoldingAStackOfSomethingElse_KeepsItAsJson()
    {
        const string Json = """{"dialogStack":[{"id":"custom","state":{"dialogs":{"dialogStack":[1,{"no":"id"}],"note":"mine"},"count":2}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(Json, BotJson.Options)!;

        Assert.Equal("mine", state.DialogStack[0].State["dialogs"]!["note"]!.GetValue<string>());
        Assert.Equal(2, state.DialogStack[0].State["count"]!.GetValue<int>());
        Assert.Equal(Json, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void Deserialize_InstanceState_KeepsNamesCaseInsensitiveAsBefore()
    {
        var state = JsonSerializer.Deserialize<DialogState>("""{"dialogStack":[{"id":"w","state":{"stepIndex":1}}]}""", BotJson.Options)!;

        Assert.Equal(1, state.DialogStack[0].State["StepIndex"]!.GetValue<int>());
    }

    [Fact]
    public void Deserialize_NamesInAnyCaseAndUnknownOnes_AreReadAsTheContractReadsThem()
    {
        const string Json = """{"version":2,"DialogStack":[{"ID":"w","extra":[1,{"a":null}],"State":{"stepIndex":1}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(Json, BotJson.Options)!;

        var instance = Assert.Single(state.DialogStack);
        Assert.Equal("w", instance.Id);
        Assert.Equal(1, instance.State["stepIndex"]!.GetValue<int>());
        Assert.Equal("""{"dialogStack":[{"id":"w","state":{"stepIndex":1}}]}""", JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void Deserialize_InstanceWithoutAnId_IsAJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DialogState>("""{"dialogStack":[{"state":{}}]}""", BotJson.Options));
    }

    [Fact]
    public void Deserialize_InstanceWithoutState_HasAnEmptyOne()
    {
        var state = JsonSerializer.Deserialize<DialogState>("""{"dialogStack":[{"id":"w"}]}""", BotJson.Options)!;

        Assert.Empty(state.DialogStack[0].State);
    }

    [Fact]
    public async Task SaveChangesAsync_ComponentStateReadBackAndRunUnchanged_IsNotWrittenAgain()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());
        await client.SendActivityAsync<Activity>("hi");
        await client.SendActivityAsync<Activity>("bullying");
        var saved = await ReadStateAsync(client);

        await client.SendActivityAsync<Activity>(client.Adapter.MakeActivity() with { Type = ActivityTypes.Typing });
        var after = await ReadStateAsync(client);

        Assert.Equal(saved.ETag, after.ETag);
        Assert.Equal(saved.Json, after.Json);
    }

    [Fact]
    public async Task SaveChangesAsync_PromptAnsweredWrongly_WritesOnlyTheAttemptCount()
    {
        var client = new DialogTestClient(Channels.Test, Flows.ThreeStepComponent());
        await client.SendActivityAsync<Activity>("hi");
        var saved = JsonNode.Parse((await ReadStateAsync(client)).Json)!;

        await client.SendActivityAsync<Activity>("something I can't pick");
        var after = JsonNode.Parse((await ReadStateAsync(client)).Json)!;

        var promptState = after["DialogState"]!["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!["state"]!;
        Assert.Equal(1, promptState["attemptCount"]!.GetValue<int>());
        promptState["attemptCount"] = 0;
        Assert.True(JsonNode.DeepEquals(saved, after));
    }

    private static async Task<StoreItem> ReadStateAsync(DialogTestClient client)
    {
        const string Key = "test/conversations/conversation-1";
        return (await client.Storage.ReadAsync([Key]))[Key];
    }
}
