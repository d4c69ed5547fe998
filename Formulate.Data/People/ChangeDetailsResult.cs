namespace Formulate.Data.People;

/// <param name="Version">After a save, the person's new version; after a conflict, the version now stored.</param>
public sealed record ChangeDetailsResult(ChangeDetailsOutcome Outcome, int Version)
{
    public const string ConflictMessage = "These details were changed by someone else while you were editing; reload to see their changes";

    public bool IsSaved => Outcome == ChangeDetailsOutcome.Saved;

    public static ChangeDetailsResult Saved(int version) => new(ChangeDetailsOutcome.Saved, version);

    public static ChangeDetailsResult Conflict(int currentVersion) => new(ChangeDetailsOutcome.Conflict, currentVersion);

    public static ChangeDetailsResult NotFound() => new(ChangeDetailsOutcome.NotFound, 0);

    public static ChangeDetailsResult DuplicateCaseReference(int version) => new(ChangeDetailsOutcome.DuplicateCaseReference, version);
}
