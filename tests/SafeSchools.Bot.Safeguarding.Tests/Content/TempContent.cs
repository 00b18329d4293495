using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Content;

/// <summary>A small, valid dialogs folder in a temp directory; tests overwrite one file to break it.</summary>
public sealed class TempContent : IDisposable
{
    public const string Services = """
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
            chat_url: https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/
            source: sources.md
            checked: 2026-11-21
          - id: nspcc-helpline
            name: NSPCC helpline
            phone: "0808 800 5000"
            unverified: [hours]
            source: sources.md
            checked: 2026-11-21

        """;

    public TempContent()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "safeschools-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "flows"));
        Write("services.yaml", Services);
        foreach (var id in ContentValidator.RequiredFlowIds)
        {
            Write($"flows/{id}.yaml", MinimalFlow(id));
        }
    }

    public string Path { get; }

    public static string MinimalFlow(string id) => $$"""
        id: {{id}}
        title: Test flow
        audience: everyone
        steps:
          - id: start
            say: |
              If you're in danger right now, call 999.
            next: help
          - id: help
            handoff: [childline]
            next: done
          - id: done
            end:

        """;

    public TempContent Write(string file, string yaml)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), yaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    public TempContent Delete(string file)
    {
        File.Delete(System.IO.Path.Combine(Path, file));
        return this;
    }

    public ContentLoadResult Load() => ContentLoader.TryLoad(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
