using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>The Direct Line 3.0 <c>ActivitySet</c>: activities after a watermark, and the new watermark.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
