using SafeSchools.Bot.Commands;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Commands;

public sealed class FlowDiagramCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "safeschools-diagrams-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Diagram_RealDialogs_WritesOnePagePerFlowAndAnIndex()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["diagram", "--out", _out, RepositoryPaths.Dialogs], output, error);

        Assert.True(exit == 0, error.ToString());
        var flows = Directory.GetFiles(Path.Combine(RepositoryPaths.Dialogs, "flows"), "*.yaml").Select(Path.GetFileNameWithoutExtension).ToList();
        var written = Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(flows.Select(f => f + ".md").Append("README.md").Order(StringComparer.Ordinal), written);
        Assert.Equal(written.Count, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var flow in flows)
        {
            var page = File.ReadAllText(Path.Combine(_out, flow + ".md"));
            Assert.Contains("```mermaid\nflowchart TD\n", page, StringComparison.Ordinal);
            Assert.Contains($"]({flow}.md)", File.ReadAllText(Path.Combine(_out, "README.md")), StringComparison.Ordinal);
            Assert.Contains($"Wrote {Path.Combine(_out, flow + ".md")} ", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagram_ABrokenFlow_ExitsNonZeroAndWritesNothing()
    {
        var dialogs = Path.Combine(_out, "dialogs");
        CopyDirectory(RepositoryPaths.Dialogs, dialogs);
        var bullying = Path.Combine(dialogs, "flows", "bullying.yaml");
        File.WriteAllText(bullying, File.ReadAllText(bullying).Replace("next: where", "next: wher", StringComparison.Ordinal));
        var docs = Path.Combine(_out, "docs");
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["diagram", "--out", docs, dialogs], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Matches(@"bullying\.yaml line \d+: .*wher", error.ToString());
        Assert.False(Directory.Exists(docs));
    }

    [Fact]
    public void Diagram_AnUnknownOption_ExitsTwoWithUsage()
    {
        var error = new StringWriter();

        var exit = BotCommandLine.Run(["diagram", "--output", _out], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("diagram [--out <dir>]", error.ToString(), StringComparison.Ordinal);
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
