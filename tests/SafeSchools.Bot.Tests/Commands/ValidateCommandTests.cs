using SafeSchools.Bot.Commands;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_TheRealDialogsFolder_ExitsZero()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["validate", RepositoryPaths.Dialogs], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("valid", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ABrokenFlow_ExitsNonZeroWithFileLineAndReason()
    {
        var folder = Directory.CreateTempSubdirectory("safeschools-dialogs-").FullName;
        CopyDirectory(RepositoryPaths.Dialogs, folder);
        var bullying = Path.Combine(folder, "flows", "bullying.yaml");
        File.WriteAllText(bullying, File.ReadAllText(bullying).Replace("next: where", "next: wher", StringComparison.Ordinal));
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["validate", folder], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Matches(@"bullying\.yaml line \d+: .*wher", error.ToString());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void EvalIntents_DevSet_PrintsAccuracy()
    {
        var output = new StringWriter();

        var exit = BotCommandLine.Run(["eval", "intents", Path.Combine(RepositoryPaths.SharedEval, "intents-dev.tsv")], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("accuracy", output.ToString(), StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
