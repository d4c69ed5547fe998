namespace Formulate.Tests.Web.Authorization;

/// <summary>The callers an endpoint lets in; everyone else is sent to sign in (or 401) or refused (403).</summary>
public sealed record Access(string Name, IReadOnlySet<Caller> Allowed)
{
    private static readonly Caller[] People = [Caller.Practitioner, Caller.TeamManager, Caller.ConfigurationManager, Caller.Auditor];

    /// <summary>Everyone, signed in or not.</summary>
    public static Access Anyone { get; } = new(nameof(Anyone), Enum.GetValues<Caller>().ToHashSet());

    /// <summary>Any signed-in person, whatever their role.</summary>
    public static Access SignedIn { get; } = new(nameof(SignedIn), People.ToHashSet());

    /// <summary>Another system with a valid API key, and nobody else.</summary>
    public static Access ApiKey { get; } = new(nameof(ApiKey), new HashSet<Caller> { Caller.ApiClient });

    /// <summary>The framework's own plumbing (the Blazor circuit), not a page or an API; not called in the matrix.</summary>
    public static Access Framework { get; } = new(nameof(Framework), new HashSet<Caller>());

    public static Access Roles(params Caller[] callers) => new(string.Join("+", callers), callers.ToHashSet());
}
