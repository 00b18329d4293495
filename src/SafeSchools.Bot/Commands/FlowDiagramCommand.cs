using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Commands;

/// <summary>
/// <c>diagram [--out DIR] [dialogs-folder]</c>: loads and checks dialogs/ like start-up does, then writes one Markdown
/// page per flow with a Mermaid flowchart of every step and branch, and a README.md index, into DIR (default
/// docs/flows at the repository root). Prints one line per file written.
/// </summary>
internal static class FlowDiagramCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TryReadArguments(args, error, out var outFolder, out var dialogsFolder))
        {
            return 2;
        }

        var result = ContentLoader.TryLoad(dialogsFolder);
        if (!result.IsValid)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"{result.Errors.Count} problem(s) found in {Path.GetFullPath(dialogsFolder)}. Fix them first: no diagrams were written.");
            return 1;
        }

        Directory.CreateDirectory(outFolder);
        var content = result.Content!;
        foreach (var flow in content.Flows)
        {
            Write(outFolder, FlowDiagramPage.FileName(flow), FlowDiagramPage.Markdown(flow, content), $"{flow.Id}: {flow.Steps.Length} steps", output);
        }

        Write(outFolder, FlowDiagramPage.IndexFileName, FlowDiagramPage.Index(content), $"index of {content.Flows.Length} flows", output);
        return 0;
    }

    private static void Write(string folder, string fileName, string text, string what, TextWriter output)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text);
        output.WriteLine($"Wrote {path} ({what})");
    }

    private static bool TryReadArguments(IReadOnlyList<string> args, TextWriter error, out string outFolder, out string dialogsFolder)
    {
        string? outOption = null;
        string? dialogs = null;
        for (var i = 0; i < args.Count; i++)
        {
            var problem = args[i] switch
            {
                "--out" when i + 1 < args.Count => null,
                "--out" => "--out needs a folder",
                _ when args[i].StartsWith('-') || dialogs is not null => $"diagram doesn't understand \"{args[i]}\"",
                _ => null,
            };
            if (problem is not null)
            {
                error.WriteLine(problem + ". Use: diagram [--out <dir>] [dialogs-folder]");
                outFolder = dialogsFolder = string.Empty;
                return false;
            }

            if (args[i] == "--out")
            {
                outOption = args[++i];
            }
            else
            {
                dialogs = args[i];
            }
        }

        dialogsFolder = dialogs ?? RepositoryFolder.Find("dialogs");
        outFolder = Path.GetFullPath(outOption ?? Path.Combine(RepositoryFolder.Root(), "docs", "flows"));
        return true;
    }
}
