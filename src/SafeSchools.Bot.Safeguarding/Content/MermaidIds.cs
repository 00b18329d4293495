using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// Gives every node of one diagram a valid, unique Mermaid id: a kind prefix (so no id is a Mermaid keyword such as
/// <c>end</c>) and the name with anything but ASCII letters and digits turned into <c>_</c> (<c>dont-hit-back</c> is
/// <c>step_dont_hit_back</c>); a clash gets a number.
/// </summary>
internal sealed class MermaidIds
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The id of a node, made the first time it is asked for.</summary>
    /// <param name="kind">The kind of node, used as the prefix (<c>step</c>, <c>flow</c>, <c>service</c>...).</param>
    /// <param name="name">The step, flow or service id, or a web address.</param>
    /// <param name="isNew">True when this call made the id.</param>
    public string For(string kind, string name, out bool isNew)
    {
        var key = kind + "\n" + name;
        isNew = !_byKey.TryGetValue(key, out var id);
        if (!isNew)
        {
            return id!;
        }

        var stem = kind + "_" + Sanitise(name);
        id = stem;
        for (var n = 2; !_used.Add(id); n++)
        {
            id = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        _byKey[key] = id;
        return id;
    }

    private static string Sanitise(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return id.ToString();
    }
}
