using SafeSchools.Bot.Commands;
using SafeSchools.Bot.Safeguarding.Content.Readability;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Commands;

/// <summary><c>check-content</c>: 0 when every message is within the limits, 1 when one is over, 2 for bad arguments.</summary>
public sealed class CheckContentCommandTests : IDisposable
{
    private const string Services = """
        services:
          - id: emergency-999
            name: Emergency services
            phone: "999"
            source: sources.md
            checked: 2026-11-21
          - id: childline
            name: Childline
            phone: "0800 1111"
            url: https://www.childline.org.uk
            source: sources.md
            checked: 2026-11-21

        """;

    private const string Alerts = """
        categories:
          immediate-danger:
            clarify: "Are you in danger now?"
            reply: |
              Call 999 now.
            certain:
              - 'help me now'
          self-harm:
            clarify: "Are you safe?"
            reply: |
              Talk to Childline.
            certain:
              - 'hurt myself'
          abuse-disclosure:
            clarify: "Is someone hurting you?"
            reply: |
              It's not your fault.
            certain:
              - 'he hits me'
          sextortion:
            clarify: "Did they ask for cash?"
            reply: |
              Don't pay. Tell an adult.
            certain:
              - 'pay or i share'

        """;

    private readonly string _dialogs = Directory.CreateTempSubdirectory("safeschools-check-content-").FullName;

    public CheckContentCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dialogs, "flows"));
        File.WriteAllText(Path.Combine(_dialogs, "services.yaml"), Services);
        File.WriteAllText(Path.Combine(_dialogs, "alerts.yaml"), Alerts);
        foreach (var id in new[] { "welcome", "menu", "emergency", "bullying", "image-request", "worried-parent" })
        {
            WriteFlow(id, "everyone", "You can talk to Childline.");
        }
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Fact]
    public void CheckContent_EverythingWithinTheLimits_ExitsZeroWithASummary()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["check-content", _dialogs], output, error);

        Assert.True(exit == 0, output + error.ToString());
        Assert.Contains("all within the limits", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"everyone: \d+ messages; words median [\d.]+, p90 [\d.]+ \(limit 90\); grade median -?[\d.]+, p90 -?[\d.]+ \(limit 5\)", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void CheckContent_ATurnOverTheLimit_ExitsOneAndListsItWithFileAndLine()
    {
        WriteFlow("worried-parent", "parent", string.Concat(Enumerable.Repeat("Your child can talk to someone they trust. ", 20)));
        var output = new StringWriter();

        var exit = BotCommandLine.Run(["check-content", _dialogs], output, new StringWriter());

        Assert.Equal(1, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("flows/worried-parent.yaml line 5: the turn at step \"start\" (parent) is 170 words (limit 130)", lines[0]);
        Assert.StartsWith("Checked ", lines[1], StringComparison.Ordinal);
        Assert.Contains(": 1 over a limit (1 findings above).", lines[1], StringComparison.Ordinal);
        // The parent flow's two turns: the long one, and "Bye for now." after "no".
        Assert.Contains(lines, l => l.StartsWith("parent: 2 messages; words median 86.5, p90 170 (limit 130); grade median ", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckContent_TheOptions_SetTheLimits()
    {
        var output = new StringWriter();

        var exit = CheckContentCommand.Run([_dialogs], new ReadabilityOptions { YoungPersonMaxWords = 5 }, output, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("flows/bullying.yaml line 5: the turn at step \"start\" (everyone) is 15 words (limit 5)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckContent_BrokenContent_ExitsOneWithTheProblem()
    {
        File.WriteAllText(Path.Combine(_dialogs, "flows", "bullying.yaml"), File.ReadAllText(Path.Combine(_dialogs, "flows", "bullying.yaml")).Replace("no: done", "no: dne", StringComparison.Ordinal));
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["check-content", _dialogs], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Matches(@"flows/bullying\.yaml line \d+: .*dne", error.ToString());
    }

    [Theory]
    [InlineData("--strict")]
    [InlineData("no-such-folder-here")]
    public void CheckContent_BadArguments_ExitTwoWithUsage(string argument)
    {
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["check-content", argument], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("check-content [dialogs-folder]", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckContent_TwoFolders_ExitsTwo()
    {
        Assert.Equal(2, BotCommandLine.Run(["check-content", _dialogs, _dialogs], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void CheckContent_LimitsThatCantBeLimits_ExitTwo()
    {
        var error = new StringWriter();

        var exit = CheckContentCommand.Run([_dialogs], new ReadabilityOptions { ParentMaxWords = 0 }, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("Readability:ParentMaxWords", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckContent_TheRealDialogs_AreAllWithinTheLimits()
    {
        // Every message fits a phone screen and its reader: a new or edited text over a limit fails here, with its line.
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["check-content", RepositoryPaths.Dialogs], output, error);

        Assert.True(exit == 0, output.ToString() + error);
        Assert.Empty(error.ToString());
        Assert.Matches(@"Checked \d+ messages in ", output.ToString());
        Assert.Contains("young-person: ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("parent: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_ListsCheckContent()
    {
        var error = new StringWriter();

        Assert.Equal(2, BotCommandLine.Run(["no-such-command"], new StringWriter(), error));
        Assert.Contains("check-content [dialogs-folder]", error.ToString(), StringComparison.Ordinal);
    }

    // start (a say with the 999 line and `text`), then a question, then the end.
    private void WriteFlow(string id, string audience, string text) => File.WriteAllText(Path.Combine(_dialogs, "flows", id + ".yaml"), $$"""
        id: {{id}}
        title: Test
        audience: {{audience}}
        steps:
          - id: start
            say: |
              If you're in danger right now, call 999. {{text}}
          - id: more
            ask: Anything else?
            confirm: { yes: start, no: done }
          - id: done
            end: |
              Bye for now.

        """);
}
