namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Who a flow is written for; written in YAML as <c>young-person</c>, <c>parent</c> or <c>everyone</c>.</summary>
public enum Audience
{
    /// <summary>Children and young people (reading age about 11).</summary>
    YoungPerson,

    /// <summary>Parents and carers.</summary>
    Parent,

    /// <summary>Anyone.</summary>
    Everyone,
}
