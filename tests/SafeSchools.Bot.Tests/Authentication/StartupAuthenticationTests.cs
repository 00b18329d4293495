using System.Net;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Authentication;

/// <summary>Safe defaults at start-up: the host refuses settings that would leave /api/messages open by accident.</summary>
public sealed class StartupAuthenticationTests
{
    [Fact]
    public async Task Start_ProductionWithoutAppId_FailsNamingTheSettingsToSet()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(environment: "Production"));

        var message = string.Join(Environment.NewLine, failure.Failures);
        Assert.Contains("Bot:MicrosoftAppId is empty in the Production environment", message, StringComparison.Ordinal);
        Assert.Contains("Bot__MicrosoftAppId", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithAllowUnauthenticated_StartsAndAnswersWithoutToken()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" }, environment: "Production");

        var response = await bot.PostActivityAsync(EmulatorActivities.Message(channel.ServiceUrl, "c1", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await channel.WaitForTracesAsync(1))[0];
        Assert.Empty(reply.Authorization);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_StartsInEmulatorDevMode()
    {
        await using var bot = await BotHost.StartAsync();

        var response = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_AppIdWithoutPassword_FailsNamingThePasswordSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:MicrosoftAppId"] = "6c2b0a43-0000-4000-8000-0000000000aa" }, environment: "Production"));

        Assert.Contains(failure.Failures, f => f.Contains("Bot:MicrosoftAppPassword is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_PlainHttpMetadataOffThisMachine_Fails()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "6c2b0a43-0000-4000-8000-0000000000aa",
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["Bot:Authentication:ChannelOpenIdMetadataUrl"] = "http://login.example.com/openid",
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
        }));

        Assert.Contains(failure.Failures, f => f.Contains("Bot:Authentication:ChannelOpenIdMetadataUrl must be an https URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionFailure_DoesNotEchoThePassword()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppPassword"] = "super-secret-value",
        }, environment: "Production"));

        Assert.DoesNotContain("super-secret-value", failure.Message, StringComparison.Ordinal);
    }
}
