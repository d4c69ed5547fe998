namespace Formulate.Web.Profiles;

/// <summary>
/// How a move to new questions went: <see cref="Moved"/>, or not, with the preview to show again (the profile as it is
/// now) and the message saying why.
/// </summary>
public sealed record DraftUpgradeOutcome(DraftUpgrade? ShownAgain, string? Message)
{
    public static DraftUpgradeOutcome Done { get; } = new(null, null);

    public bool Moved => Message is null;
}
