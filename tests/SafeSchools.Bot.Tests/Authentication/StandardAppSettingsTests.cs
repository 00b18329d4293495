using System.Net;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Authentication;

/// <summary>
/// The app settings as Azure Bot resources and the Bot Builder samples name them, at the configuration root
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId), work like the bot's own Bot: ones.
/// </summary>
public sealed class StandardAppSettingsTests
{
    private const string AppId = "6c2b0a43-0000-4000-8000-0000000000aa";
    private const string OtherAppId = "6c2b0a43-0000-4000-8000-0000000000bb";
    private const string Password = "root-client-secret";

    [Fact]
    public async Task Post_WithOnlyTheRootAppIdAndPasswordSet_AndNoToken_Answers401AndNothingRuns()
    {
        var storage = new MemoryStorage();
        await using var bot = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = Password },
            builder => builder.Services.AddSingleton<IStorage>(storage));

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hi"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task Start_RootAndBotAppSettingsDisagree_RefusesWithOneErrorNamingBothAndNotThePassword()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
            ["Bot:MicrosoftAppId"] = OtherAppId,
            ["Bot:MicrosoftAppPassword"] = "bot-section-secret",
        }));

        var error = Assert.Single(failure.Failures);
        Assert.Contains($"MicrosoftAppId is '{AppId}' but Bot:MicrosoftAppId is '{OtherAppId}'", error, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword and Bot:MicrosoftAppPassword are different", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-section-secret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RootAndBotAppIdTheSame_StartsWithAuthenticationOn()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["Bot:MicrosoftAppId"] = AppId.ToUpperInvariant(),
            ["MicrosoftAppPassword"] = Password,
        });

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), "c1", "hi"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("UserAssignedMSI", "", "MicrosoftAppType 'UserAssignedMSI' is not supported")]
    [InlineData("SingleTenant", "", "MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty")]
    [InlineData("MultiTenant", "0d3c6a7e-0000-4000-8000-000000000001", "MicrosoftAppType is MultiTenant but MicrosoftAppTenantId is set")]
    public async Task Start_AppTypeTheBotCannotHonour_RefusesSayingWhy(string appType, string tenantId, string expected)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = tenantId,
        }, environment: "Production"));

        Assert.Contains(failure.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }
}
